package org.toolkitpress.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.Brand;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code toolkit check}: every stage of a build except writing (and the search index, which has
 * nothing to check). Its model is built in code, as {@code build}'s is (see {@link Main#COMMANDS}).
 */
final class CheckCommand implements Callable<Integer> {
    private final OptionSpec project = ProjectOptions.option();
    private final OptionSpec brandOption = ProjectOptions.brandOption("check with a brand overlay, and list which base files it overrides");
    private final OptionSpec formatOption = OptionSpec.builder("--format").type(DiagnosticFormat.class)
            .paramLabel("<format>").defaultValue("text").converters(new FormatConverter())
            .description("how to print problems: text, github (pull-request annotations) or json (default: ${DEFAULT-VALUE})")
            .build();
    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    private CheckCommand() {
        spec.usageMessage().description("Check the content: every stage of a build except writing.");
        spec.addOption(project);
        spec.addOption(brandOption);
        spec.addOption(formatOption);
    }

    /** The command's model, for {@link CommandLine#addSubcommand}. */
    static CommandSpec spec() {
        return new CheckCommand().spec;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Path projectFolder = project.getValue();
        String brand = brandOption.getValue();
        DiagnosticFormat format = formatOption.getValue();
        BuildSettings settings = Main.configure(spec, () -> Configure.settings(projectFolder, null, false, brand));
        Build.Result result = Build.check(settings);
        if (format != DiagnosticFormat.TEXT) {
            return machine(result, format);
        }
        if (settings.brand() != null && result.toolkit() != null) {
            overlay(settings, result.toolkit().brand(), stdout);
        }
        int code = Main.report(result, stdout, spec.commandLine().getErr());
        long warnings = result.diagnostics().warningCount();
        if (code == 0 && warnings == 0) {
            stdout.println(String.format(Locale.ROOT, "no problems found in %d pages", result.pages()));
        } else if (code == 0) {
            stdout.println(String.format(Locale.ROOT, "no errors in %d pages; %d warning%s to look at", result.pages(),
                    warnings, warnings == 1 ? "" : "s"));
        }
        return code;
    }

    /** GitHub annotations or JSON on standard output, where GitHub and other tools read them. */
    private int machine(Build.Result result, DiagnosticFormat format) {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(format.print(result.diagnostics().sorted()));
        stdout.flush();
        long errors = result.diagnostics().errorCount();
        long warnings = result.diagnostics().warningCount();
        if (format == DiagnosticFormat.GITHUB) {
            spec.commandLine().getErr().println(String.format(Locale.ROOT, "%d error%s, %d warning%s in %d pages",
                    errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", result.pages()));
        }
        return errors > 0 ? Main.CONTENT_ERRORS : 0;
    }

    /** What the overlay changes: the base files it replaces, then the files it adds. */
    private static void overlay(BuildSettings settings, Brand brand, PrintWriter out) {
        long replaces = brand.overlay().stream().filter(Brand.OverlayFile::replaces).count();
        long adds = brand.overlay().size() - replaces;
        out.println(String.format(Locale.ROOT, "%s overrides %d base file%s and adds %d:", settings.brand().display(),
                replaces, replaces == 1 ? "" : "s", adds));
        brand.overlay().stream().filter(Brand.OverlayFile::replaces).forEach(f -> out.println("  overrides " + f.path()));
        brand.overlay().stream().filter(f -> !f.replaces()).forEach(f -> out.println("  adds      " + f.path()));
        brand.hide().forEach(h -> out.println("  hides     content/pages/" + h));
    }

    /** Accepts the format names in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<DiagnosticFormat> {
        @Override
        public DiagnosticFormat convert(String value) {
            try {
                return DiagnosticFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("use text, github or json, not \"" + value + "\"");
            }
        }
    }
}
