package org.toolkitpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * The command line as its own process, as an editor runs it: what reaches the terminal whatever
 * the locale, and nothing from the libraries' own logging.
 */
class ProcessOutputTest {

    @TempDir
    Path temp;

    private record Run(int code, byte[] out, byte[] err) {
    }

    private static Run toolkit(String... args) throws IOException, InterruptedException {
        return java(List.of(), args);
    }

    private static Run java(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The launcher's JVM flags for a one-shot command (./toolkit): the quick JIT tier and the
        // serial collector, as a user's `toolkit check` or `build` runs, for about half the CPU
        // of the JVM's defaults (docs/performance-log.md, "2 December, 08:00–09:40 UTC: the
        // suite's own steps, pdf.js's viewer loaded once, one Kent build tried").
        List<String> command = new java.util.ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] err = process.getErrorStream().readAllBytes();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void diagnosticsAreUtf8UnderTheCLocale() throws Exception {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Files.writeString(project.resolve("content/pages/guide/quote.md"),
                "---\ntitle: Quote\n---\n\nSee [the school’s café](café’s.md).\n", StandardCharsets.UTF_8);
        Run run = toolkit("check", "-p", project.toString());
        assertEquals(1, run.code());
        byte[] expected = "the link points to a page that does not exist: \"café’s.md\"".getBytes(StandardCharsets.UTF_8);
        assertTrue(indexOf(run.err(), expected) >= 0, new String(run.err(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void aTemplateAttemptThatRecoversLogsNothing() throws Exception {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path components = Files.createDirectories(project.resolve("templates/components"));
        String continuum = Files.readString(TestSites.projectRoot().resolve("templates/components/continuum.ftlh"));
        Files.writeString(components.resolve("continuum.ftlh"),
                "<#attempt>${no.such.value}<#recover>recovered</#attempt>\n" + continuum);
        Run run = toolkit("check", "-p", project.toString());
        String err = new String(run.err(), StandardCharsets.UTF_8);
        assertEquals(0, run.code(), err);
        assertEquals("", err);
        assertFalse(new String(run.out(), StandardCharsets.UTF_8).contains("freemarker"));
    }

    /**
     * A web-only build loads none of the PDF libraries' classes, nor the JDK's logging that
     * PDFBox logs through: the PDF engine's log is switched off where the engine is made and
     * PDFBox's levels are set only when something first logs ({@link Logging}).
     */
    @Test
    void aWebOnlyBuildLoadsNoPdfOrLoggingClass() throws Exception {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp.resolve("project"));
        // The log goes to standard error, which toolkit() reads to its end first: on standard output
        // it would fill the pipe while that read waits.
        Run run = java(List.of("-Xlog:class+load=info:stderr"), "build", "--no-pdf", "-p", project.toString(),
                "-o", temp.resolve("site").toString());
        String out = new String(run.err(), StandardCharsets.UTF_8);
        assertEquals(0, run.code(), new String(run.out(), StandardCharsets.UTF_8));
        assertTrue(out.contains("org.toolkitpress.web."), "the class-load log is read: " + out.length());
        for (String library : List.of(" com.openhtmltopdf.", " org.apache.pdfbox.", " org.apache.fontbox.", " org.verapdf.",
                " java.util.logging.")) {
            assertFalse(out.contains(library), library + " loaded");
        }
    }

    /** What {@link Logging} gives the JDK's logging when something first logs: its defaults, PDFBox at SEVERE. */
    @Test
    void theLoggingConfigurationKeepsTheDefaultsAndQuietensPdfBox() throws Exception {
        java.util.logging.LogManager manager = java.util.logging.LogManager.getLogManager();
        new Logging();
        try {
            assertFalse(java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font").isLoggable(java.util.logging.Level.WARNING));
            assertTrue(java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font").isLoggable(java.util.logging.Level.SEVERE));
            assertFalse(java.util.logging.Logger.getLogger("org.apache.fontbox.ttf").isLoggable(java.util.logging.Level.WARNING));
            assertTrue(java.util.logging.Logger.getLogger("org.example").isLoggable(java.util.logging.Level.INFO));
            assertEquals(1, java.util.logging.Logger.getLogger("").getHandlers().length);
            assertTrue(java.util.logging.Logger.getLogger("").getHandlers()[0] instanceof java.util.logging.ConsoleHandler);
        } finally {
            manager.readConfiguration();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
