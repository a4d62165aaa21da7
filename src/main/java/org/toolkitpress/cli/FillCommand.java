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
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.pdf.PrintEdition;
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

    @Option(names = "--force", description = "replace PDF if it already exists")
    boolean force;

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
        // A school's returned PDF, or any other file, must not vanish under a mistyped -o.
        if (Files.isDirectory(out)) {
            throw Main.refuse(spec, out + " is a folder", "give the name of the PDF to write, e.g. -o " + out.resolve("filled.pdf"));
        }
        if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !force) {
            throw Main.refuse(spec, "will not replace " + out + ": it already exists",
                    "choose another name, or add --force to replace it");
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
        for (String field : filled.tooLong()) {
            stderr.println(response + ": warning: the answer " + field + " is too long to show in full in its box, even in"
                    + " the smallest print; the end of it is cut off on the page");
            stderr.println("  hint: " + PrintEdition.TOO_LONG_HINT);
        }
        // At the answer's line and column in the response file, where it is known.
        for (PrintEdition.Undrawn answer : filled.undrawn()) {
            stderr.println(Diagnostic.warning(answer.pos(), answer.describe(), PrintEdition.UNDRAWN_HINT).format());
        }
        for (org.toolkitpress.pdf.Unprinted head : filled.unprinted()) {
            stderr.println(Diagnostic.warning(head.pos(), head.describe(), org.toolkitpress.pdf.Unprinted.HINT).format());
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // Written beside and moved in, so a full disk never leaves half a PDF where a whole one was.
            Path partial = out.resolveSibling("." + out.getFileName() + ".partial-" + ProcessHandle.current().pid());
            Files.write(partial, filled.pdf());
            Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        stdout.println("filled " + out);
        return 0;
    }
}
