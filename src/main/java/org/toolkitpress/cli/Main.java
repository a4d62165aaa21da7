package org.toolkitpress.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.Diagnostic;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code toolkit} command. Parses arguments and prints; all work is done by {@link Build}.
 * Exit codes: 0 success, 1 content errors, 2 bad usage, 3 an internal fault.
 */
public final class Main implements Runnable {

    /**
     * The commands, in the order the usage text lists them. picocli reads a command's
     * annotations by reflection when it is added, a few tens of milliseconds of every run's
     * start-up (the JDK makes a proxy class for each annotation type it reads), so a run adds
     * only the command it was asked for (all of them when the first argument names none: for the
     * usage text, {@code help} and a mistyped command's hint). The top-level command and the two
     * a project's editors run most, {@code build} and {@code check}, have models built in code
     * with picocli's programmatic API instead, the same options, usage text and messages without
     * the reflection (docs/performance-log.md, "Start-up, fourth pass").
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("new", NewCommand::new);
        commands.put("build", BuildCommand::spec);
        commands.put("check", CheckCommand::spec);
        commands.put("brand", BrandCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("report", ReportCommand::new);
        commands.put("fill", FillCommand::new);
        commands.put("read", ReadCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL_FAULT = 3;

    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("toolkit").versionProvider(new Version());

    private Main() {
        spec.usageMessage().description("Builds an accessible toolkit website and PDFs from Markdown and YAML.");
        // What picocli's standard help mixin adds, without reading the mixin's annotations.
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
    }

    public static void main(String[] args) {
        // JVM-wide, read once when the first HTTP server is made, so set before anything else.
        // The JDK's server sends a response's head and body, and each event-stream chunk, as
        // separate TCP segments; with Nagle's algorithm on, each waits for the browser's delayed
        // ACK of the one before (about 40 ms on Linux), added to every reload of `serve`.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Logging.quiet();
        // UTF-8 whatever the locale: under LANG=C Java 17 would print every non-ASCII letter as "?"
        // (and `toolkit read … > answers.json` would keep them that way).
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true)));
    }

    /** Runs the command line with the given output streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main().spec);
        String asked = args.length > 0 && !args[0].equals("help") && COMMANDS.containsKey(args[0]) ? args[0] : null;
        COMMANDS.forEach((name, command) -> {
            if (asked == null || asked.equals(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.getSubcommands().values().forEach(Main::helpOption);
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
        CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, given) -> {
            // A refusal that carries its own hint needs no usage text after it.
            if (e.getCause() instanceof Configure.UsageException refusal && refusal.hint() != null) {
                err.println("toolkit: error: " + refusal.getMessage());
                err.println("  hint: " + refusal.hint());
                return USAGE;
            }
            return usage.handleParseException(e, given);
        });
        return cli.execute(args);
    }

    /**
     * {@code -h, --help} on a command and each of its subcommands: {@code toolkit build --help}
     * prints the build's usage, as {@code toolkit help build} does.
     */
    private static void helpOption(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        if (spec.findOption("--help") == null) {
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help message and exit.").build());
        }
        command.getSubcommands().values().forEach(Main::helpOption);
    }

    /** The version in the jar's manifest (from pom.xml), so the release jar names its own release. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"Toolkit Press " + (version == null ? "(built from source, not packaged)" : version)};
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: new, build, check, brand, serve, report, fill or read");
    }

    /** Runs the configure stage, turning a choice it cannot build into a usage error (exit 2). */
    static <T> T configure(CommandLine.Model.CommandSpec spec, Supplier<T> configure) {
        try {
            return configure.get();
        } catch (Configure.UsageException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** A usage error (exit 2) printed as its message and a hint, without the usage text. */
    static CommandLine.ParameterException refuse(CommandLine.Model.CommandSpec spec, String message, String hint) {
        return new CommandLine.ParameterException(spec.commandLine(), message, new Configure.UsageException(message, hint));
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
