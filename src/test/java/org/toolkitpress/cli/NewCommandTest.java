package org.toolkitpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;
import org.toolkitpress.testing.TestSites.CliRun;

/** {@code toolkit new}: a project a council can start from, that checks and builds at once. */
class NewCommandTest {

    private static final Pattern SCHEMA_LINE = Pattern.compile("\\A# yaml-language-server: \\$schema=(\\S+)\n");

    @TempDir
    Path temp;

    @Test
    void aNewProjectChecksAndBuildsAtOnce() throws IOException {
        Path project = temp.resolve("kent-toolkit");
        CliRun created = TestSites.cli("new", project.toString());
        assertEquals(0, created.exitCode(), created.err());
        assertTrue(created.out().startsWith("created " + project + " ("), created.out());

        CliRun check = TestSites.cli("check", "-p", project.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertEquals("no errors in 4 pages; 1 warning to look at\n", check.out());
        // The one warning: the new toolkit cannot know where it will be published.
        assertTrue(check.err().startsWith("content/toolkit.yml:18:5: warning: no base_url is set, so the PDFs have no working links back"),
                check.err());
        assertEquals(2, check.err().lines().count(), "the warning and its hint, nothing else: " + check.err());

        CliRun build = TestSites.cli("build", "-p", project.toString());
        assertEquals(0, build.exitCode(), build.err());
        Path site = project.resolve("site");
        String audit = Files.readString(site.resolve("guide/self-review/index.html"));
        assertTrue(audit.contains("Every pupil can name a trusted adult in school."), "the audit's form is on its page");
        assertTrue(Files.readString(site.resolve("index.html")).contains("<title>Kent Toolkit"), "the title comes from the folder");
        assertTrue(Files.size(site.resolve("downloads/self-review.pdf")) > 0, "the audit is a fillable PDF too");
        assertTrue(Files.size(site.resolve("downloads/whole-toolkit.pdf")) > 0);
        assertTrue(Files.readAllLines(project.resolve(".gitignore")).contains("/site/"));
    }

    @Test
    void everyDataFilesSchemaLinePointsAtASchemaInTheProject() throws IOException {
        Path project = temp.resolve("my-toolkit");
        assertEquals(0, TestSites.cli("new", project.toString()).exitCode());
        List<Path> data;
        try (Stream<Path> walk = Files.walk(project.resolve("content/data"))) {
            data = walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        assertEquals(2, data.size(), data::toString);
        for (Path file : data) {
            Matcher m = SCHEMA_LINE.matcher(Files.readString(file));
            assertTrue(m.find(), file + " starts with a schema line");
            Path schema = file.getParent().resolve(m.group(1)).normalize();
            assertTrue(Files.isRegularFile(schema), file + " points at " + schema);
            assertEquals(Files.readString(TestSites.projectRoot().resolve("schemas").resolve(schema.getFileName())),
                    Files.readString(schema), "the copy is the schema the build checks with");
        }
    }

    @Test
    void aFolderThatHoldsFilesIsNeverWrittenInto() throws IOException {
        Path mine = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "my notes");
        CliRun run = TestSites.cli("new", mine.toString());
        assertEquals(2, run.exitCode());
        assertEquals("toolkit: error: will not create a project in " + mine + ": it already holds files\n"
                + "  hint: give a new or empty folder; Toolkit Press never writes over files it did not make\n", run.err());
        try (Stream<Path> list = Files.list(mine)) {
            assertEquals(List.of(mine.resolve("notes.txt")), list.toList());
        }
        assertEquals("my notes", Files.readString(mine.resolve("notes.txt")));

        Path file = Files.writeString(temp.resolve("a-file"), "x");
        assertEquals(2, TestSites.cli("new", file.toString()).exitCode());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void anEmptyFolderIsFilled() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        CliRun run = TestSites.cli("new", empty.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(empty.resolve("content/toolkit.yml")));
        assertFalse(run.err().contains("Exception"));
    }

    @Test
    void anyFolderNameMakesAValidTitle() throws IOException {
        Path project = temp.resolve("north & east #1: \"pilot\" \\ 2027");
        assertEquals(0, TestSites.cli("new", project.toString()).exitCode());
        CliRun check = TestSites.cli("check", "-p", project.toString());
        assertEquals(0, check.exitCode(), check.err());
        CliRun build = TestSites.cli("build", "--no-pdf", "-p", project.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.readString(project.resolve("site/index.html"))
                .contains("<h1>North &amp; East #1: &quot;pilot&quot; \\ 2027</h1>"), "the folder's name, as written");
    }
}
