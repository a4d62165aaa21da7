package org.toolkitpress.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.Response;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code toolkit read filled.pdf}: prints the answers of a filled PDF as the response JSON the web form imports. */
@Command(name = "read", description = "Print the answers in a filled audit PDF as response JSON (the web form can import it).")
final class ReadCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ProjectOptions options;

    @Parameters(index = "0", paramLabel = "PDF", description = "a filled audit PDF")
    Path pdf;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pdf);
        } catch (IOException e) {
            stderr.println("toolkit read: cannot read " + pdf);
            return Main.USAGE;
        }
        Build.Read read;
        try {
            read = Build.read(Configure.settings(options.project, null, false), bytes, pdf.toString());
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof InvalidPasswordException) {
                stderr.println(pdf + ": error: the PDF is encrypted with a password, so its answers cannot be read");
                stderr.println("  hint: ask whoever sent it for a copy saved without a password, then read that copy");
                return Main.CONTENT_ERRORS;
            }
            stderr.println("toolkit read: " + pdf + " is not a PDF that can be read");
            return Main.USAGE;
        }
        int code = Main.report(read.result(), stdout, stderr);
        if (code != 0) {
            return code;
        }
        Response.Export response = read.response();
        if (response == null) {
            stderr.println(pdf + ": error: this PDF holds no answers to any audit of this toolkit");
            stderr.println("  hint: read a PDF made by `toolkit build` or `toolkit fill`, from the same project; a form printed to PDF"
                    + " or flattened has lost its fields: ask for the form as the viewer saved it");
            return Main.CONTENT_ERRORS;
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        stdout.println(json.writeValueAsString(response));
        return 0;
    }
}
