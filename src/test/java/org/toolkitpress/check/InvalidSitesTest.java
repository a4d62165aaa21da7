package org.toolkitpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.toolkitpress.testing.TestSites;

/**
 * Every folder under sites/invalid/ is a project with one kind of mistake and an
 * {@code expected.txt} holding the exact diagnostics an editor must see. Checking it must print
 * exactly those, exit 1, show no stack trace and publish nothing. A fixture may hold templates/
 * too: a template fault is a diagnostic like any other.
 */
class InvalidSitesTest {

    static Stream<String> invalidSites() throws IOException {
        try (Stream<Path> list = Files.list(TestSites.fixture("invalid"))) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("invalidSites")
    void reportsExactlyTheExpectedDiagnostics(String name) throws IOException {
        Path project = TestSites.fixture("invalid").resolve(name);
        TestSites.CliRun run = TestSites.cli("check", "--project", project.toString());
        String diagnostics = run.err().lines()
                .filter(l -> !l.matches("\\d+ errors?, \\d+ warnings?; nothing was published"))
                .collect(Collectors.joining("\n"));
        String expected = Files.readString(project.resolve("expected.txt")).strip();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(project.resolve("expected.txt"), diagnostics + "\n");
            return;
        }
        assertEquals(expected, diagnostics.strip(), name);
        assertEquals(1, run.exitCode(), name);
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertTrue(run.err().lines().allMatch(l -> l.startsWith("content/") || l.startsWith("templates/")
                || l.startsWith("  hint: ")
                || l.matches("\\d+ errors?, \\d+ warnings?; nothing was published")), run.err());
        assertFalse(Files.exists(project.resolve("site")), "check must not write");
    }
}
