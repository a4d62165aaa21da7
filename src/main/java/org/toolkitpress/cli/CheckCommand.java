package org.toolkitpress.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code toolkit check}: every stage of a build except writing. */
@Command(name = "check", description = "Check the content: every stage of a build except writing.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ProjectOptions options;

    @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class,
            description = "how to print problems: text, github (pull-request annotations) or json (default: ${DEFAULT-VALUE})")
    DiagnosticFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        BuildSettings settings = Configure.settings(options.project, null, false);
        Build.Result result = Build.run(settings);
        if (format == DiagnosticFormat.TEXT) {
            int code = Main.report(result, stdout, stderr);
            long warnings = result.diagnostics().warningCount();
            if (code == 0 && warnings == 0) {
                stdout.println(String.format(Locale.ROOT, "no problems found in %d pages", result.pages()));
            } else if (code == 0) {
                stdout.println(String.format(Locale.ROOT, "no errors in %d pages; %d warning%s to look at", result.pages(),
                        warnings, warnings == 1 ? "" : "s"));
            }
            return code;
        }
        // Machine formats go to standard output, where GitHub and other tools read them.
        stdout.print(format.print(result.diagnostics().sorted()));
        stdout.flush();
        long errors = result.diagnostics().errorCount();
        if (format == DiagnosticFormat.GITHUB) {
            stderr.println(String.format(Locale.ROOT, "%d error%s, %d warning%s in %d pages", errors, errors == 1 ? "" : "s",
                    result.diagnostics().warningCount(), result.diagnostics().warningCount() == 1 ? "" : "s", result.pages()));
        }
        return errors > 0 ? Main.CONTENT_ERRORS : 0;
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
