package org.toolkitpress.configure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folders a build may publish into, judged before anything is built. */
class OutputFolderTest {

    @TempDir
    Path temp;

    private Path project() throws IOException {
        Path project = Files.createDirectories(temp.resolve("work/project"));
        Files.createDirectories(project.resolve("content/pages"));
        Files.writeString(project.resolve("content/toolkit.yml"), "title: T\n");
        return project;
    }

    private String why(Path project, Path output) {
        OutputFolder.Refusal refusal = OutputFolder.refusal(project, null, output, temp.resolve("home"));
        return refusal == null ? null : refusal.message().substring(("will not publish into " + output.normalize() + ": ").length());
    }

    @Test
    void aNewAnEmptyOrAMarkedFolderIsAccepted() throws IOException {
        Path project = project();
        assertNull(why(project, project.resolve("site")));
        assertNull(why(project, temp.resolve("elsewhere/deep/site")));
        assertNull(why(project, Files.createDirectories(temp.resolve("empty"))));
        Path marked = Files.createDirectories(temp.resolve("marked"));
        Files.writeString(marked.resolve("index.html"), "old");
        Files.writeString(marked.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT);
        assertNull(why(project, marked));
    }

    @Test
    void theProjectAndEverythingAboveItAreRefused() throws IOException {
        Path project = project();
        assertEquals("it is the project folder", why(project, project));
        assertEquals("it is the project folder", why(project, project.resolve("content/..")));
        assertEquals("it holds the project folder", why(project, temp.resolve("work")));
        assertEquals("it holds the project folder", why(project, temp));
        Path root = temp.getRoot();
        assertEquals("it is the root of the file system", why(project, root));
    }

    @Test
    void theProjectsSourceFoldersAndAnythingInsideThemAreRefused() throws IOException {
        Path project = project();
        assertEquals("it is the project's content/ folder", why(project, project.resolve("content")));
        assertEquals("it is inside the project's content/ folder", why(project, project.resolve("content/pages/site")));
        assertEquals("it is the project's templates/ folder", why(project, project.resolve("templates")));
        assertEquals("it is inside the project's brands/ folder", why(project, project.resolve("brands/kent")));
        assertEquals("it is the project's schemas/ folder", why(project, project.resolve("schemas")));
        assertEquals("it is inside the project's .git/ folder", why(project, project.resolve(".git/site")));
        assertEquals("it is inside a Git folder", why(project, temp.resolve("other/.git/site")));
    }

    @Test
    void theHomeFolderAFileAndAFolderOfSomeoneElsesFilesAreRefused() throws IOException {
        Path project = project();
        Path home = Files.createDirectories(temp.resolve("home"));
        assertEquals("it is your home folder", why(project, home));
        Path notes = Files.writeString(temp.resolve("notes.txt"), "mine");
        assertEquals("it is a file, not a folder", why(project, notes));
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("thesis.txt"), "mine");
        assertEquals("it holds files that Toolkit Press did not make (it has no .toolkit-press-site file)", why(project, docs));
    }

    @Test
    void aSymbolicLinkCannotDisguiseTheProject() throws IOException {
        Path project = project();
        Path link = Files.createSymbolicLink(temp.resolve("link"), project);
        assertEquals("it is the project folder", why(project, link));
        assertEquals("it is the project's content/ folder", why(project, link.resolve("content")));
        Path toEmpty = Files.createSymbolicLink(temp.resolve("to-empty"), Files.createDirectories(temp.resolve("empty")));
        assertEquals("it is a symbolic link", why(project, toEmpty));
    }

    @Test
    void theBrandFolderIsRefused() throws IOException {
        Path project = project();
        Path brand = Files.createDirectories(temp.resolve("kent-brand"));
        OutputFolder.Refusal refusal = OutputFolder.refusal(project, brand, brand.resolve("site"), null);
        assertEquals("will not publish into " + brand.resolve("site") + ": it is the brand folder or inside it",
                refusal.message());
    }
}
