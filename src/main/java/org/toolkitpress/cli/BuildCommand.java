package org.toolkitpress.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code toolkit build}: builds the site and publishes it only when the build succeeded. */
@Command(name = "build", description = "Build the site into site/ (replaced only when the build succeeds).")
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ProjectOptions options;

    @Option(names = {"-o", "--out"}, description = "the output folder (default: site/ in the project)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        long start = System.nanoTime();
        BuildSettings settings = Configure.settings(options.project, out, true);
        Build.Result result = Build.run(settings);
        int code = Main.report(result, stdout, stderr);
        if (code == 0) {
            Path shown = settings.output().startsWith(settings.project())
                        ? settings.project().relativize(settings.output()) : settings.output();
                stdout.println(String.format(Locale.ROOT, "built %d pages (%d files) into %s in %.1f s", result.pages(),
                        result.files().size(), shown, (System.nanoTime() - start) / 1e9));
        }
        return code;
    }
}

