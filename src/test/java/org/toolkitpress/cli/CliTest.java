package org.toolkitpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

class CliTest {

    @TempDir
    Path temp;

    @Test
    void buildPublishesAndSaysWhatItDid() {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        TestSites.CliRun run = TestSites.cli("build", "--project", project.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("built 4 pages"), run.out());
        assertTrue(Files.isRegularFile(project.resolve("site/guide/continuum/index.html")));
    }

    @Test
    void checkWritesNothing() {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        TestSites.CliRun run = TestSites.cli("check", "-p", project.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("no problems found in 4 pages"), run.out());
        assertFalse(Files.exists(project.resolve("site")));
    }

    @Test
    void theVersionComesFromTheJarsManifest() {
        TestSites.CliRun run = TestSites.cli("--version");
        assertEquals(0, run.exitCode());
        // The tests run from classes, not the jar: there is no manifest to read the version from.
        assertEquals("Toolkit Press (built from source, not packaged)\n", run.out());
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(2, TestSites.cli("bulid").exitCode());
        assertEquals(2, TestSites.cli("build", "--no-such-option").exitCode());
        assertEquals(2, TestSites.cli().exitCode());
    }

    @Test
    void aMissingProjectIsAContentErrorNotACrash() {
        TestSites.CliRun run = TestSites.cli("check", "-p", temp.resolve("nothing-here").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/toolkit.yml: error: the project has no toolkit.yml"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
