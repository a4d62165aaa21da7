package org.toolkitpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.testing.TestSites;

class PublishTest {

    @TempDir
    Path temp;

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean publish(List<OutputFile> files, Path site, Diagnostics diagnostics) {
        return Publish.site(files, site, diagnostics);
    }

    @Test
    void filesFromAnOlderBuildNeverLinger() throws IOException {
        Path site = temp.resolve("site");
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(publish(List.of(file("index.html", "one"), file("old/index.html", "old")), site, diagnostics));
        assertTrue(publish(List.of(file("index.html", "two")), site, diagnostics));
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals("two", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("old")));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(site), siblings.toList(), "no staging or previous folders are left beside the site");
        }
    }

    /**
     * Removing the replaced site removes a link found in it (a user's, or a host's), never what
     * it points to: a folder of the user's beside the site keeps every file; and folders nested
     * deep, files and links at every level all go.
     */
    @Test
    void replacingASiteRemovesItsLinksButNeverWhatTheyPointTo() throws IOException {
        Path site = temp.resolve("site");
        Path mine = Files.createDirectories(temp.resolve("mine/deep"));
        Files.writeString(mine.resolve("notes.txt"), "my notes");
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(publish(List.of(file("index.html", "one"), file("a/b/c/d/index.html", "deep"), file("a/b/x.css", "x")),
                site, diagnostics));
        Files.createSymbolicLink(site.resolve("a/b/c/to-folder"), temp.resolve("mine"));
        Files.createSymbolicLink(site.resolve("to-file"), mine.resolve("notes.txt"));
        Files.createSymbolicLink(site.resolve("a/dangling"), temp.resolve("nowhere"));
        assertTrue(publish(List.of(file("index.html", "two")), site, diagnostics));
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals("my notes", Files.readString(mine.resolve("notes.txt")));
        try (Stream<Path> left = Files.walk(site)) {
            assertEquals(List.of("", ".toolkit-press-site", "index.html"),
                    left.map(p -> site.relativize(p).toString()).sorted().toList());
        }
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of("mine", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void everySiteCarriesTheMarkerThatSaysWhoMadeIt() throws IOException {
        Path site = temp.resolve("site");
        assertTrue(publish(List.of(file("index.html", "one")), site, new Diagnostics()));
        assertEquals("This folder is a site published by Toolkit Press; the next build replaces it whole, "
                + "so keep nothing of your own in it.\n", Files.readString(site.resolve(".toolkit-press-site")));
    }

    @Test
    void aFolderWithoutTheMarkerIsNeverReplaced() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("thesis.txt"), "four years of work");
        Diagnostics diagnostics = new Diagnostics();
        assertFalse(publish(List.of(file("index.html", "site")), docs, diagnostics));
        assertEquals("four years of work", Files.readString(docs.resolve("thesis.txt")));
        assertFalse(Files.exists(docs.resolve("index.html")));
        Diagnostic refused = diagnostics.sorted().get(0);
        assertEquals("will not publish into " + docs + ": it holds files that Toolkit Press did not make "
                + "(it has no .toolkit-press-site file)", refused.message());
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(docs), siblings.toList(), "nothing was staged beside it");
        }
    }

    @Test
    void aSiteCannotWriteItsOwnMarker() throws IOException {
        Path site = temp.resolve("site");
        Diagnostics diagnostics = new Diagnostics();
        assertFalse(publish(List.of(file(".toolkit-press-site", "forged")), site, diagnostics));
        assertFalse(Files.exists(site));
    }

    @Test
    void anUnsafeOutputPathPublishesNothing() throws IOException {
        Path site = temp.resolve("site");
        assertTrue(publish(List.of(file("index.html", "good")), site, new Diagnostics()));
        Diagnostics diagnostics = new Diagnostics();
        assertFalse(publish(List.of(file("index.html", "bad"), file("../escaped.html", "x")), site, diagnostics));
        assertTrue(diagnostics.hasErrors());
        assertEquals("good", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(temp.resolve("escaped.html")));
    }

    @Test
    void aFailureToWriteSaysItsRealCauseAsAnError() throws IOException {
        Path notes = Files.writeString(temp.resolve("notes.txt"), "mine");
        Path site = notes.resolve("site");
        Diagnostics diagnostics = new Diagnostics();
        assertFalse(publish(List.of(file("index.html", "x")), site, diagnostics));
        Diagnostic error = diagnostics.sorted().get(0);
        assertTrue(error.isError());
        assertEquals(site.toString(), error.pos().path());
        assertEquals("cannot publish the site: a file is in the way: " + notes, error.message());
        assertEquals("mine", Files.readString(notes));
    }

    @Test
    void theCauseNamesTheFileAndTheReason() {
        assertEquals("permission denied: /x/site", Publish.cause(new AccessDeniedException("/x/site")));
        assertEquals("no space left on device: /x/site/a.pdf",
                Publish.cause(new FileSystemException("/x/site/a.pdf", null, "No space left on device")));
        assertEquals("read-only file system: /x/.site.building-7",
                Publish.cause(new FileSystemException("/x/.site.building-7", null, "Read-only file system")));
    }

    @Test
    void theRootOfTheFileSystemIsRefusedWithoutACrash() {
        Diagnostics diagnostics = new Diagnostics();
        Path root = temp.getRoot();
        assertFalse(publish(List.of(file("index.html", "x")), root, diagnostics));
        assertEquals("will not publish into " + root + ": it is the root of the file system",
                diagnostics.sorted().get(0).message());
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path site = temp.resolve("site");
        Build.Result good = TestSites.build(project, site);
        assertTrue(good.published());
        byte[] before = Files.readAllBytes(site.resolve("guide/index.html"));
        long count;
        try (Stream<Path> walk = Files.walk(site)) {
            count = walk.count();
        }
        Files.writeString(project.resolve("content/pages/guide/index.md"), "---\ntitle: Broken\n---\n\n[x](missing.md)\n");
        Build.Result bad = TestSites.build(project, site);
        assertTrue(bad.diagnostics().hasErrors());
        assertFalse(bad.published());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(site.resolve("guide/index.html")));
        try (Stream<Path> walk = Files.walk(site)) {
            assertEquals(count, walk.count());
        }
    }

    /**
     * A build writes its pages into the new folder as they render: a template that fails on one
     * page, after others were written, must still leave the previous site exactly as it was and
     * nothing of the half-written one beside it.
     */
    @Test
    void aTemplateFailingHalfWayLeavesThePreviousSiteAndNoHalfWrittenOne() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path site = temp.resolve("site");
        assertTrue(TestSites.build(project, site).published());
        byte[] before = Files.readAllBytes(site.resolve("guide/index.html"));
        List<String> listed;
        try (Stream<Path> walk = Files.walk(site)) {
            listed = walk.map(Path::toString).sorted().toList();
        }
        String page = Files.readString(TestSites.projectRoot().resolve("templates/page.ftlh"));
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/page.ftlh"),
                "<#if page.url?contains(\"second\")>${no.such.value}</#if>\n" + page);
        Build.Result bad = TestSites.build(project, site);
        assertFalse(bad.published());
        assertTrue(bad.diagnostics().sorted().stream().anyMatch(d -> d.isError() && d.message().startsWith("the template failed")),
                bad.diagnostics().sorted().toString());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(site.resolve("guide/index.html")));
        try (Stream<Path> walk = Files.walk(site)) {
            assertEquals(listed, walk.map(Path::toString).sorted().toList());
        }
        try (Stream<Path> beside = Files.list(temp)) {
            assertEquals(List.of(), beside.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")).toList());
        }
    }
}
