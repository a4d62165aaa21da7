package org.toolkitpress.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.Diagnostic;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code toolkit} command. Parses arguments and prints; all work is done by {@link Build}.
 * Exit codes: 0 success, 1 content errors, 2 bad usage, 3 an internal fault.
 */
@Command(name = "toolkit", mixinStandardHelpOptions = true, version = "Toolkit Press 0.1.0",
        description = "Builds an accessible toolkit website and PDFs from Markdown and YAML.",
        subcommands = {BuildCommand.class, CheckCommand.class, BrandCommand.class, ServeCommand.class,
                ReportCommand.class, FillCommand.class, ReadCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL_FAULT = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // JVM-wide, read once when the first HTTP server is made, so set before anything else.
        // The JDK's server sends a response's head and body, and each event-stream chunk, as
        // separate TCP segments; with Nagle's algorithm on, each waits for the browser's delayed
        // ACK of the one before (about 40 ms on Linux), added to every reload of `serve`.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Logging.quiet();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            err.println("toolkit: internal error: " + e);
            err.println("  this is a fault in Toolkit Press, not in your content; please report it");
            if (System.getenv("TOOLKIT_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return INTERNAL_FAULT;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: build, check, brand, serve, report, fill or read");
    }

    /** Runs the configure stage, turning a choice it cannot build into a usage error (exit 2). */
    static BuildSettings configure(CommandLine.Model.CommandSpec spec, Supplier<BuildSettings> configure) {
        try {
            return configure.get();
        } catch (Configure.UsageException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static int report(Build.Result result, PrintWriter out, PrintWriter err) {
        for (Diagnostic d : result.diagnostics().sorted()) {
            err.println(d.format());
        }
        long errors = result.diagnostics().errorCount();
        long warnings = result.diagnostics().warningCount();
        if (errors > 0) {
            err.println(String.format(Locale.ROOT, "%d error%s, %d warning%s; nothing was published", errors,
                    errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s"));
            return CONTENT_ERRORS;
        }
        return 0;
    }
}
