package org.toolkitpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;
import org.toolkitpress.testing.TestSites.CliRun;

/**
 * {@code build -o} replaces only a folder it can prove is an earlier Toolkit Press site; anything
 * else is a usage error that names the folder and touches nothing.
 */
class BuildOutputTest {

    private static final String MARKER_TEXT = "This folder is a site published by Toolkit Press; "
            + "the next build replaces it whole, so keep nothing of your own in it.\n";

    @TempDir
    Path temp;

    /** Every file under a folder with its text, to prove a refused build touched nothing. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                files.put(dir.relativize(p).toString(), Files.isRegularFile(p) ? Files.readString(p) : "/");
            }
        }
        return files;
    }

    private CliRun refused(Path project, String... args) throws IOException {
        Map<String, String> before = snapshot(temp);
        CliRun run = TestSites.cli(args);
        assertEquals(2, run.exitCode(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
        assertFalse(run.err().contains("Usage:"), "a refusal with a hint needs no usage text: " + run.err());
        assertTrue(run.err().contains("\n  hint: "), run.err());
        assertEquals(before, snapshot(temp), "a refused build touches nothing");
        return run;
    }

    @Test
    void aFolderOfTheUsersFilesIsRefusedAndItsFilesSurvive() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("thesis.txt"), "four years of work");
        CliRun run = refused(project, "build", "--no-pdf", "-p", project.toString(), "-o", docs.toString());
        assertTrue(run.err().startsWith("toolkit: error: will not publish into " + docs
                + ": it holds files that Toolkit Press did not make (it has no .toolkit-press-site file)\n"
                + "  hint: if it is a site built before Toolkit Press marked its sites, delete it yourself and build again;"),
                run.err());
        assertEquals("four years of work", Files.readString(docs.resolve("thesis.txt")));
    }

    @Test
    void theProjectItsSourcesAndItsAncestorsAreRefused() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Files.createDirectories(project.resolve(".git"));
        Files.writeString(project.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        for (Map.Entry<Path, String> c : Map.of(
                project, "it is the project folder",
                project.resolve("content"), "it is the project's content/ folder",
                project.resolve("content/pages"), "it is inside the project's content/ folder",
                project.resolve(".git"), "it is the project's .git/ folder",
                temp, "it holds the project folder").entrySet()) {
            CliRun run = refused(project, "build", "--no-pdf", "-p", project.toString(), "-o", c.getKey().toString());
            assertTrue(run.err().startsWith("toolkit: error: will not publish into " + c.getKey() + ": " + c.getValue() + "\n"),
                    run.err());
        }
    }

    @Test
    void aFileAndTheRootAreRefusedWithoutACrash() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path notes = Files.writeString(temp.resolve("notes.txt"), "my notes");
        CliRun file = refused(project, "build", "--no-pdf", "-p", project.toString(), "-o", notes.toString());
        assertTrue(file.err().contains("will not publish into " + notes + ": it is a file, not a folder"), file.err());
        assertEquals("my notes", Files.readString(notes));
        Path root = temp.getRoot();
        CliRun top = refused(project, "build", "--no-pdf", "-p", project.toString(), "-o", root.toString());
        assertTrue(top.err().contains("will not publish into " + root + ": it is the root of the file system"), top.err());
    }

    @Test
    void aSiteFromBeforeTheMarkerGetsAHintSayingWhatToDo() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path site = Files.createDirectories(project.resolve("site"));
        Files.writeString(site.resolve("index.html"), "an old build");
        CliRun run = refused(project, "build", "--no-pdf", "-p", project.toString());
        assertTrue(run.err().contains("will not publish into " + site + ": it holds files"), run.err());
        assertTrue(run.err().contains("delete it yourself and build again"), run.err());
    }

    @Test
    void aMarkedSiteIsRebuiltAndCarriesTheMarker() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path out = temp.resolve("published");
        for (int i = 0; i < 2; i++) {
            CliRun run = TestSites.cli("build", "--no-pdf", "-p", project.toString(), "-o", out.toString());
            assertEquals(0, run.exitCode(), run.err());
        }
        assertEquals(MARKER_TEXT, Files.readString(out.resolve(".toolkit-press-site")));
        assertTrue(Files.isRegularFile(out.resolve("guide/index.html")));
        CliRun again = TestSites.cli("build", "--no-pdf", "-p", project.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(0, TestSites.cli("build", "--no-pdf", "-p", project.toString()).exitCode(), "site/ is rebuilt too");
        assertEquals(MARKER_TEXT, Files.readString(project.resolve("site/.toolkit-press-site")));
    }

    @Test
    void allBrandsRefusesABrandFolderWithoutTheMarkerAndBuildsNone() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("branded"), temp);
        Path out = temp.resolve("out");
        Files.createDirectories(out.resolve("second"));
        Files.writeString(out.resolve("second/budget.xlsx"), "not a site");
        CliRun run = refused(project, "build", "--no-pdf", "-p", project.toString(), "-o", out.toString(), "--all-brands");
        assertTrue(run.err().contains("will not publish into " + out.resolve("second") + ": it holds files"), run.err());
        try (Stream<Path> list = Files.list(out)) {
            assertEquals(List.of(out.resolve("second")), list.toList(), "no brand was built");
        }
    }

    @Test
    void allBrandsRefusesToPublishIntoTheBrandsFolder() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("branded"), temp);
        CliRun run = refused(project, "build", "--no-pdf", "-p", project.toString(), "-o",
                project.resolve("brands").toString(), "--all-brands");
        assertTrue(run.err().startsWith("toolkit: error: will not publish into " + project.resolve("brands")
                + ": it is the project's brands/ folder\n"), run.err());
    }

    @Test
    void allBrandsRefusesTheProjectOrTheRootAsTheFolderOfItsSites() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("branded"), temp);
        CliRun inProject = refused(project, "build", "--no-pdf", "-p", project.toString(), "-o", project.toString(), "--all-brands");
        assertTrue(inProject.err().startsWith("toolkit: error: will not publish into " + project + ": it is the project folder\n"),
                inProject.err());
        Path root = temp.getRoot();
        CliRun atRoot = refused(project, "build", "--no-pdf", "-p", project.toString(), "-o", root.toString(), "--all-brands");
        assertTrue(atRoot.err().contains("will not publish into " + root + ": it is the root of the file system"), atRoot.err());
    }
}
