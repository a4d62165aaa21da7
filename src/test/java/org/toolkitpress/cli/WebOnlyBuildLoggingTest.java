package org.toolkitpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * A website-only build never starts the PDF engine, so it leaves the JDK's logging and the
 * engine's logger unmade (part of every run's start-up otherwise); a command that can make PDFs
 * still quietens them. Which classes a JVM loads is only seen from a process of its own.
 */
class WebOnlyBuildLoggingTest {

    @TempDir
    Path temp;

    @Test
    void aWebOnlyBuildLoadsNoLoggingAndACheckStillQuietensThePdfEngine() throws Exception {
        Path project = TestSites.copy(TestSites.fixture("components"), temp);

        List<String> webOnly = loaded("web", "build", "--no-pdf", "--project", project.toString(),
                "--out", temp.resolve("site").toString());
        assertTrue(webOnly.stream().anyMatch(c -> c.startsWith("org.toolkitpress.web.")), "the build ran");
        assertFalse(webOnly.contains("java.util.logging.LogManager"), "the JDK's logging was set up");
        assertFalse(webOnly.contains("com.openhtmltopdf.util.XRLog"), "the PDF engine's logger was made");

        // The same process start for a command that may read or make PDFs keeps them quiet.
        List<String> check = loaded("check", "check", "--project", project.toString());
        assertTrue(check.contains("com.openhtmltopdf.util.XRLog"), "the PDF engine's logger was not quietened");
        assertTrue(check.contains("java.util.logging.LogManager"), "PDFBox's loggers were not quietened");
    }

    /** The names of the classes a `toolkit` process with these arguments loaded. */
    private List<String> loaded(String name, String... args) throws Exception {
        Path classes = temp.resolve(name + "-classes.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:off", "-Xlog:class+load=info:file=" + classes,
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path log = temp.resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the process did not finish");
        assertEquals(0, process.exitValue(), () -> name + " failed: " + read(log));
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(classes)) {
            // [0.012s][info][class,load] java.lang.Object source: jrt:/java.base
            int start = line.indexOf("] ", line.indexOf("class,load")) + 2;
            int end = line.indexOf(' ', start);
            if (start > 1 && end > start) {
                names.add(line.substring(start, end));
            }
        }
        return names;
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
