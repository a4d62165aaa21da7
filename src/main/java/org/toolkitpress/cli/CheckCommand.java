package org.toolkitpress.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code toolkit check}: every stage of a build except writing. */
@Command(name = "check", description = "Check the content: every stage of a build except writing.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ProjectOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        BuildSettings settings = Configure.settings(options.project, null, false);
        Build.Result result = Build.run(settings);
        int code = Main.report(result, stdout, spec.commandLine().getErr());
        if (code == 0) {
            stdout.println(String.format(Locale.ROOT, "no problems found in %d pages", result.pages()));
        }
        return code;
    }
}
