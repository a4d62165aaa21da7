package org.toolkitpress.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * The same project built by two separate processes — one in a time zone fourteen hours ahead of
 * UTC with a British locale, one eight hours behind with a Turkish one (whose dotless i breaks
 * case-mapping that forgets its locale) — gives byte-identical HTML and PDFs. Checking within one
 * JVM cannot see a default locale, time zone or charset picked up when the process starts.
 */
class CrossProcessDeterminismTest {

    @Test
    void twoProcessesInDifferentTimeZonesAndLocalesBuildTheSameBytes(@TempDir Path temp) throws Exception {
        Path project = TestSites.copy(TestSites.fixture("components"), temp);
        // A guide, a fillable form and a filled form: each kind of PDF.
        Files.writeString(project.resolve("content/toolkit.yml"), """
                base_url: https://toolkit.example.org/
                editions:
                  - id: guide
                    sections: [guide]
                  - id: spread-audit
                    audit: spread-audit
                  - id: spread-example
                    response: spread-example
                """, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        // Both at once: the suite waits for one build, not two.
        ChildBuild east = ChildBuild.start(project, temp.resolve("east"), Map.of("TZ", "Pacific/Kiritimati", "LANG", "en_GB.UTF-8",
                "LC_ALL", "en_GB.UTF-8"), List.of("-Duser.language=en", "-Duser.country=GB"));
        ChildBuild west = ChildBuild.start(project, temp.resolve("west"), Map.of("TZ", "America/Los_Angeles", "LANG", "tr_TR.UTF-8",
                "LC_ALL", "tr_TR.UTF-8"), List.of("-Duser.language=tr", "-Duser.country=TR"));
        east.finish();
        west.finish();

        Map<String, Path> first = files(east.out());
        Map<String, Path> second = files(west.out());
        assertEquals(first.keySet(), second.keySet(), "the same files");
        assertEquals(List.of("downloads/guide.pdf", "downloads/spread-audit.pdf", "downloads/spread-example.pdf"),
                first.keySet().stream().filter(f -> f.endsWith(".pdf")).toList());
        assertTrue(first.keySet().stream().filter(f -> f.endsWith(".html")).count() >= 7, first.keySet()::toString);
        for (Map.Entry<String, Path> file : first.entrySet()) {
            assertArrayEquals(Files.readAllBytes(file.getValue()), Files.readAllBytes(second.get(file.getKey())),
                    file.getKey() + " differs between the two processes");
        }
    }

    /** `toolkit build` running in a new JVM with the test classpath and the given environment. */
    private record ChildBuild(Process process, Path out, Path log) {

        static ChildBuild start(Path project, Path out, Map<String, String> env, List<String> jvmOptions) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.toolkitpress.cli.Main",
                    "build", "--project", project.toString(), "--out", out.toString()));
            Path log = Files.createTempFile(project.getParent(), "build", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            // The same day for both, so review notices cannot differ because one ran after midnight.
            builder.environment().put("SOURCE_DATE_EPOCH", "1795435200");
            return new ChildBuild(builder.start(), out, log);
        }

        void finish() throws InterruptedException {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the build did not finish within 5 minutes: " + TestSites.read(log));
            }
            assertEquals(0, process.exitValue(), () -> "the build failed: " + TestSites.read(log));
        }
    }

    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(f -> out.put(root.relativize(f).toString().replace('\\', '/'), f));
        }
        return out;
    }
}
