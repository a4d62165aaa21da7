package org.toolkitpress.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.report.ReviewReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code toolkit report ...}: lists for editors that are not part of the site. */
@Command(name = "report", description = "Report on the toolkit: pages due for review, or the audits schools returned.",
        subcommands = {ReportCommand.Reviews.class, AuditsReportCommand.class})
final class ReportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which report: reviews or audits");
    }

    /** {@code toolkit report reviews}: every page's review dates, most urgent first. */
    @Command(name = "reviews", description = "List every page with its last-reviewed and review-by dates.")
    static final class Reviews implements Callable<Integer> {
        @CommandLine.Mixin
        ProjectOptions options;

        @Option(names = "--format", defaultValue = "text", description = "text or csv (default: ${DEFAULT-VALUE})")
        String format;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String chosen = format.strip().toLowerCase(Locale.ROOT);
            if (!chosen.equals("text") && !chosen.equals("csv")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "use --format text or csv, not \"" + format + "\"");
            }
            BuildSettings settings = Configure.settings(options.project, null, false);
            ReviewReport.Result result = ReviewReport.of(settings);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            out.print(chosen.equals("csv") ? ReviewReport.csv(result.rows()) : ReviewReport.text(result.rows(), settings.today()));
            out.flush();
            for (Diagnostic d : result.diagnostics().sorted()) {
                err.println(d.format());
            }
            return result.diagnostics().hasErrors() ? Main.CONTENT_ERRORS : 0;
        }
    }
}
