package org.toolkitpress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code toolkit fill RESPONSE -o out.pdf}: an audit's fillable PDF with a response's answers in it. */
@Command(name = "fill", description = "Fill an audit's PDF from a response file (YAML, or JSON exported by the web form).")
final class FillCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ProjectOptions options;

    @Parameters(index = "0", paramLabel = "RESPONSE", description = "the response file (.yml or .json)")
    Path response;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "PDF", description = "where to write the filled PDF")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (!Files.isRegularFile(response)) {
            stderr.println("toolkit fill: cannot find the response file " + response);
            return Main.USAGE;
        }
        BuildSettings settings = Configure.settings(options.project, null, false);
        Build.Filled filled = Build.fill(settings, response);
        int code = Main.report(filled.result(), stdout, stderr);
        if (code != 0) {
            return code;
        }
        for (String refused : filled.refused()) {
            stderr.println(response + ": warning: the form has no place for the answer " + refused);
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, filled.pdf());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        stdout.println("filled " + out);
        return 0;
    }
}
