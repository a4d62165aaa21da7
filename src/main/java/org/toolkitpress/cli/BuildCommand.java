package org.toolkitpress.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code toolkit build}: builds the site and publishes it only when the build succeeded. Its
 * model is built in code, not read from annotations, as a web-only build's start-up is what
 * issue 16 times (see {@link Main#COMMANDS}).
 */
final class BuildCommand implements Callable<Integer> {
    private final OptionSpec project = ProjectOptions.option();
    private final OptionSpec outOption = OptionSpec.builder("-o", "--out").type(Path.class).paramLabel("<out>")
            .description("the output folder (default: site/ in the project)").build();
    private final OptionSpec noPdfOption = OptionSpec.builder("--no-pdf").type(boolean.class)
            .description("skip the PDFs (a fast, website-only build)").build();
    private final OptionSpec brandOption = ProjectOptions.brandOption(
            "build a local authority's site: a brand id under brands/, or a path to a brand folder");
    private final OptionSpec allBrandsOption = OptionSpec.builder("--all-brands").type(boolean.class)
            .description("build every brand under brands/ into <out>/<id>/, in parallel").build();
    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    private BuildCommand() {
        spec.usageMessage().description("Build the site into site/ (replaced only when the build succeeds).");
        spec.addOption(project);
        spec.addOption(outOption);
        spec.addOption(noPdfOption);
        spec.addArgGroup(ArgGroupSpec.builder().exclusive(true).multiplicity("0..1")
                .addArg(brandOption).addArg(allBrandsOption).build());
    }

    /** The command's model, for {@link CommandLine#addSubcommand}. */
    static CommandSpec spec() {
        return new BuildCommand().spec;
    }

    @Override
    public Integer call() {
        Path out = outOption.getValue();
        boolean noPdf = Boolean.TRUE.equals(noPdfOption.getValue());
        String brand = brandOption.getValue();
        boolean all = Boolean.TRUE.equals(allBrandsOption.getValue());
        Path projectFolder = project.getValue();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        long start = System.nanoTime();
        if (all) {
            return allBrands(projectFolder, out, noPdf, stdout, stderr, start);
        }
        BuildSettings settings = Main.configure(spec, () ->
                Configure.settings(projectFolder, out, true, brand)).withPdf(!noPdf);
        Build.Result result = Build.run(settings, Progress.of(stderr));
        int code = Main.report(result, stdout, stderr);
        if (code == 0) {
            stdout.println(built(settings, result, start));
        }
        return code;
    }

    private int allBrands(Path projectFolder, Path out, boolean noPdf, PrintWriter stdout, PrintWriter stderr, long start) {
        List<String> ids = Configure.brandIds(projectFolder);
        if (ids.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "there are no brands: "
                    + "no folder under brands/ holds a brand.yml (create one with `toolkit brand new <id>`)");
        }
        Path base = Main.configure(spec, () -> Configure.brandsOutput(projectFolder, out));
        List<BuildSettings> builds = new ArrayList<>();
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        for (String id : ids) {
            BuildSettings s = Main.configure(spec, () -> Configure.settings(projectFolder, base.resolve(id), true, id));
            // Brands build side by side, so each gets its share of the cores for its pages.
            builds.add(new BuildSettings(s.project(), s.output(), s.files(), s.write(),
                    Math.max(1, cores / Math.min(cores, ids.size())), s.brand(), s.clock(), !noPdf));
        }
        List<Build.Result> results = Build.runAll(builds, cores);
        int code = 0;
        for (int i = 0; i < ids.size(); i++) {
            stderr.flush();
            int one = Main.report(results.get(i), stdout, stderr);
            if (one == 0) {
                stdout.println(ids.get(i) + ": " + built(builds.get(i), results.get(i), start));
            } else {
                stderr.println(ids.get(i) + ": not built");
            }
            code = Math.max(code, one);
        }
        return code;
    }

    private static String built(BuildSettings settings, Build.Result result, long start) {
        Path shown = settings.output().startsWith(settings.project()) && !settings.output().equals(settings.project())
                ? settings.project().relativize(settings.output()) : settings.output();
        return String.format(Locale.ROOT, "built %d pages (%d files) into %s in %.1f s", result.pages(),
                result.files().size(), shown, (System.nanoTime() - start) / 1e9);
    }
}
