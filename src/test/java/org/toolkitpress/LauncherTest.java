package org.toolkitpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * The {@code ./toolkit} launcher holds the one definition of the JVM flags a build runs with;
 * {@code bench/pdf-digests}, which runs a jar of the user's choosing, runs it through the launcher
 * ({@code TOOLKIT_JAR}) and so with the same flags; {@code bench/floor}, which runs a class of
 * its own, asks the launcher for them ({@code TOOLKIT_PRINT_JAVA_OPTS}). A probe jar records the
 * flags its JVM was started with.
 */
class LauncherTest {

    @TempDir
    Path temp;

    /** The probe's main class: writes its JVM's flags, a tab, and its arguments, as one line of $PROBE_LOG. */
    public static final class Probe {
        public static void main(String[] args) throws IOException {
            String line = String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()) + "\t"
                    + String.join(" ", args) + "\n";
            Files.writeString(Path.of(System.getenv("PROBE_LOG")), line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** A jar of a manifest alone, whose main class is the probe, found in the test classes. */
    private Path probeJar() throws IOException {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
        Path classes = Path.of(Probe.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        attributes.put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        Path jar = temp.resolve("probe.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }

    /** {@code command} in the project, the probe logging to {@code log}, run as {@code jar} when one is given. */
    private static ProcessBuilder process(Path log, Path jar, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(TestSites.projectRoot().toFile()).redirectErrorStream(true);
        builder.environment().remove("TOOLKIT_JAVA_OPTS");
        builder.environment().put("PROBE_LOG", log.toString());
        if (jar != null) {
            builder.environment().put("TOOLKIT_JAR", jar.toString());
        }
        return builder;
    }

    private static void run(Path log, Path jar, String... command) throws IOException, InterruptedException {
        Process process = process(log, jar, command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "finished: " + String.join(" ", command));
    }

    private static List<String[]> lines(Path log) throws IOException {
        List<String[]> lines = new ArrayList<>();
        if (!Files.exists(log)) {
            return lines;
        }
        for (String line : Files.readAllLines(log)) {
            lines.add(line.split("\t", -1));
        }
        return lines;
    }

    /** The JVM flags the launcher runs {@code jar} with for a build, as the probe records them. */
    private String buildFlags(Path jar) throws Exception {
        Path launcherLog = temp.resolve("launcher.log");
        run(launcherLog, jar, TestSites.projectRoot().resolve("toolkit").toString(), "build", "-o", temp.resolve("site").toString());
        List<String[]> launched = lines(launcherLog);
        assertEquals(1, launched.size(), "the launcher ran the jar named by TOOLKIT_JAR");
        String flags = launched.get(0)[0];
        assertFalse(flags.isBlank(), "the launcher gives a build JVM flags of its own");
        return flags;
    }

    @Test
    void pdfDigestsRunsItsJarWithTheLaunchersFlags() throws Exception {
        Path jar = probeJar();
        Path root = TestSites.projectRoot();
        String flags = buildFlags(jar);

        Path digestsLog = temp.resolve("digests.log");
        run(digestsLog, null, root.resolve("bench/pdf-digests").toString(), jar.toString(), temp.resolve("out").toString());
        List<String[]> digests = lines(digestsLog);
        assertTrue(digests.stream().anyMatch(l -> l[1].startsWith("build")), "bench/pdf-digests builds");
        assertTrue(digests.stream().anyMatch(l -> l[1].startsWith("fill")), "bench/pdf-digests fills");
        for (String[] line : digests) {
            assertEquals(flags, line[0], "the JVM flags of `" + line[1] + "`");
        }
    }

    @Test
    void theLauncherPrintsTheFlagsItRunsABuildWithAndRunsNothing() throws Exception {
        Path jar = probeJar();
        Path root = TestSites.projectRoot();
        String flags = buildFlags(jar);

        Path printedLog = temp.resolve("printed.log");
        ProcessBuilder builder = process(printedLog, jar, root.resolve("toolkit").toString(), "build");
        builder.environment().put("TOOLKIT_PRINT_JAVA_OPTS", "1");
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(1, TimeUnit.MINUTES), "finished");
        assertEquals(0, process.exitValue());
        assertEquals(flags, printed, "the flags printed are those a build runs with");
        assertTrue(lines(printedLog).isEmpty(), "printing the flags runs no JVM");
    }
}
