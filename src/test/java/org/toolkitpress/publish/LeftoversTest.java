package org.toolkitpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.testing.TestSites;

/** What a publish killed half-way ({@code kill -9}) leaves beside the site is tidied by the next one. */
class LeftoversTest {

    @TempDir
    Path temp;

    /** The id of a process that has ended, as a publish killed with -9 leaves behind. */
    private static long deadPid() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("java", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        assertFalse(p.isAlive());
        return p.pid();
    }

    private static Path folder(Path dir, String file, String text) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), text);
        return dir;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> list = Files.list(temp)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDeadPublishsFoldersAreRemovedAndEverythingElseIsLeft() throws Exception {
        long dead = deadPid();
        Path site = folder(temp.resolve("site"), "index.html", "current");
        folder(temp.resolve(".site.building-" + dead), "index.html", "half-written");
        folder(temp.resolve(".site.previous-" + dead), "index.html", "older");
        folder(temp.resolve(".site.building-" + dead + ".bak"), "keep.txt", "not ours");
        folder(temp.resolve(".site.building-notapid"), "keep.txt", "not ours");
        folder(temp.resolve(".docs.building-" + dead), "keep.txt", "another output's name");
        Files.writeString(temp.resolve(".site.previous-" + (dead + 1)), "a file, not a folder");
        Diagnostics diagnostics = new Diagnostics();

        Publish.recover(site, diagnostics);

        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(List.of(".docs.building-" + dead, ".site.building-" + dead + ".bak", ".site.building-notapid",
                ".site.previous-" + (dead + 1), "site"), names());
        assertEquals("current", Files.readString(site.resolve("index.html")));
    }

    @Test
    void aRunningPublishsFoldersAreLeftAlone() throws Exception {
        Process running = new ProcessBuilder("sleep", "30").start();
        try {
            Path site = folder(temp.resolve("site"), "index.html", "current");
            folder(temp.resolve(".site.building-" + running.pid()), "index.html", "being written");
            Publish.recover(site, new Diagnostics());
            assertEquals(List.of(".site.building-" + running.pid(), "site"), names());
        } finally {
            running.destroy();
        }
    }

    @Test
    void aSiteSetAsideBetweenTheTwoRenamesIsPutBack() throws Exception {
        long dead = deadPid();
        Path site = temp.resolve("site");
        folder(temp.resolve(".site.building-" + dead), "index.html", "new, never swapped in");
        folder(temp.resolve(".site.previous-" + dead), "index.html", "the published site");
        Diagnostics diagnostics = new Diagnostics();

        Publish.recover(site, diagnostics);

        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(List.of("site"), names());
        assertEquals("the published site", Files.readString(site.resolve("index.html")));
    }

    @Test
    void theNextBuildTidiesBeforeItPublishes() throws Exception {
        long dead = deadPid();
        Path site = temp.resolve("site");
        assertTrue(Publish.site(List.of(), site, new Diagnostics()));
        folder(temp.resolve(".site.building-" + dead), "index.html", "half-written");
        Path project = TestSites.copy(TestSites.fixture("minimal"), Files.createDirectories(temp.resolve("work")));
        Build.Result built = TestSites.build(project, site);
        assertTrue(built.published(), () -> built.diagnostics().sorted().toString());
        assertEquals(List.of("site", "work"), names());
    }
}
