package org.toolkitpress.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.Brand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code toolkit brand new <id>}: scaffolds a commented brand overlay folder. */
@Command(name = "brand", description = "Work with brand overlays (one per local authority).",
        subcommands = {BrandCommand.New.class})
final class BrandCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: brand new <id>");
    }

    @Command(name = "new", description = "Create brands/<id>/ with a commented brand.yml, a logo and a local page.")
    static final class New implements Callable<Integer> {
        /** The scaffold's files, inside the jar under toolkit-press/scaffold/. */
        static final List<String> FILES = List.of("brand.yml", "logo.svg", "content/toolkit.yml",
                "content/pages/local/index.md");

        @CommandLine.Mixin
        ProjectOptions options;

        @Parameters(paramLabel = "<id>", description = "the brand id: 1 to 64 lower-case letters and digits, hyphens between words, e.g. north-yorkshire")
        String id;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!Configure.BRAND_ID.matcher(id).matches()) {
                String shown = id.length() > 70 ? id.substring(0, 64) + "… (" + id.length() + " characters)" : id;
                throw new CommandLine.ParameterException(spec.commandLine(), "\"" + shown + "\" is not a brand id: use 1 to 64"
                        + " lower-case letters and digits, with hyphens between words, e.g. north-yorkshire");
            }
            Path dir = options.project.resolve(Configure.BRANDS).resolve(id);
            if (Files.exists(dir)) {
                throw new CommandLine.ParameterException(spec.commandLine(), dir + " already exists; choose another id");
            }
            String name = Scaffold.title(id);
            String stages = exampleStage(Build.stageIds(Configure.settings(options.project, null, false)));
            for (String file : FILES) {
                Scaffold.write(dir.resolve(file), neutralColours(Scaffold.text("scaffold/" + file)
                        .replace("@ID@", id).replace("@NAME@", name).replace("@STAGES@", stages)));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("created " + Configure.BRANDS + "/" + id + "/ (" + FILES.size() + " files)");
            out.println("next: edit " + Configure.BRANDS + "/" + id + "/brand.yml, then run ./toolkit build --brand " + id);
            return 0;
        }

        /**
         * The commented example under {@code stages:}: keyed by one of the project's own stage
         * ids, naming them all, so that uncommenting it gives a colour the build uses; a
         * project with no continuum yet gets a placeholder the comment says to replace. (A fixed
         * id from the default content warned "this colour is unused" in any other project.)
         */
        static String exampleStage(Set<String> stageIds) {
            if (stageIds.isEmpty()) {
                return "  #   your-stage-id: \"#2e7d32\"   # a stage id from a continuum in content/data/continua/";
            }
            // The last stage, as the example's green suits: a continuum's stages run towards it.
            String last = List.copyOf(stageIds).get(stageIds.size() - 1);
            return "  #   " + last + ": \"#2e7d32\"   # this project's stage ids: " + String.join(", ", stageIds);
        }

        /** The scaffold's colour lines start at the neutral palette, written down only in {@link Brand}. */
        private static String neutralColours(String text) {
            Brand.Colours n = Brand.NEUTRAL_COLOURS;
            return text.replace("@PRIMARY@", n.primary()).replace("@SECONDARY@", n.secondary())
                    .replace("@ACCENT@", n.accent()).replace("@LINK@", n.link()).replace("@TEXT@", n.text())
                    .replace("@BACKGROUND@", n.background());
        }
    }
}
