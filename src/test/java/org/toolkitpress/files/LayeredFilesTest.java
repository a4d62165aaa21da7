package org.toolkitpress.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayeredFilesTest {

    @TempDir
    Path temp;

    private Path write(String relative, String text) throws IOException {
        Path file = temp.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void firstRootWinsAndListingIsTheUnion() throws IOException {
        write("brand/templates/page.ftlh", "brand");
        write("project/templates/page.ftlh", "project");
        write("project/templates/home.ftlh", "home");
        LayeredFiles files = new LayeredFiles(List.of(
                new LayeredFiles.Root("brands/x", temp.resolve("brand")),
                new LayeredFiles.Root("", temp.resolve("project"))));
        assertEquals("brand", Files.readString(files.find("templates/page.ftlh").orElseThrow()));
        assertEquals(List.of("templates/home.ftlh", "templates/page.ftlh"), List.copyOf(files.list("templates").keySet()));
        assertEquals("brands/x/templates/page.ftlh", files.displayName(files.find("templates/page.ftlh").orElseThrow()));
        Path original = files.below(files.find("templates/page.ftlh").orElseThrow()).find("templates/page.ftlh").orElseThrow();
        assertEquals("project", Files.readString(original));
    }

    @Test
    void pathsThatEscapeARootAreRefused() throws IOException {
        write("secret.txt", "no");
        write("project/content/a.md", "yes");
        LayeredFiles files = new LayeredFiles(List.of(new LayeredFiles.Root("", temp.resolve("project"))));
        assertTrue(files.find("content/a.md").isPresent());
        assertFalse(files.find("../secret.txt").isPresent());
        assertFalse(files.find("content/../../secret.txt").isPresent());
        assertFalse(files.find("/etc/passwd").isPresent());
        assertTrue(files.list("..").isEmpty());
        assertFalse(LayeredFiles.isSafe("a\\..\\b"));
    }

    @Test
    void symbolicLinksLeavingTheRootAreRefused() throws IOException {
        Path outside = write("outside.txt", "no");
        Files.createDirectories(temp.resolve("project/content"));
        Files.createSymbolicLink(temp.resolve("project/content/link.md"), outside);
        LayeredFiles files = new LayeredFiles(List.of(new LayeredFiles.Root("", temp.resolve("project"))));
        assertFalse(files.find("content/link.md").isPresent());
        assertFalse(files.list("content").containsKey("content/link.md"));
    }

    @Test
    void builtInDefaultsHoldTheDefaultTheme() {
        LayeredFiles files = new LayeredFiles(List.of(LayeredFiles.builtInDefaults()));
        assertTrue(files.find("templates/page.ftlh").isPresent());
        assertTrue(files.find("templates/assets/fonts/OFL.txt").isPresent());
    }
}
