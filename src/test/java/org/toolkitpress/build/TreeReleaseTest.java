package org.toolkitpress.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Page;
import org.toolkitpress.search.SearchIndex;
import org.toolkitpress.testing.TestSites;

/**
 * A one-shot build lets go of each page's syntax tree once the website has rendered it (the
 * search index made first), so that a large site does not hold every tree until publishing; the
 * preview keeps the trees to render pages again. Both make the same files.
 */
class TreeReleaseTest {

    @TempDir
    Path temp;

    private BuildSettings settings(boolean write) {
        return TestSites.webOnly(TestSites.fixture("components"), temp.resolve("site"), write);
    }

    @Test
    void aBuildLetsGoOfEveryPagesTreeAndMakesWhatThePreviewMakes() {
        Build.Result built = Build.run(settings(true));
        assertTrue(built.published(), built.diagnostics().sorted().toString());
        assertFalse(built.toolkit().pages().isEmpty());
        for (Page page : built.toolkit().pages()) {
            assertThrows(IllegalStateException.class, () -> page.body().ast(), page.sourcePath());
        }
        // What was taken from the trees stays for the stages that read it after.
        assertTrue(built.toolkit().pages().stream().anyMatch(p -> !p.body().components().isEmpty()));
        assertTrue(built.files().stream().anyMatch(f -> SearchIndex.isIndexFile(f.path())),
                "the search index is made from the trees before they go");

        Rebuild.Attempt preview = Rebuild.after(Change.all(), Rebuild.Site.NONE, settings(false), Markdown.create());
        assertTrue(preview.ok(), preview.diagnostics().toString());
        for (Page page : preview.site().toolkit().pages()) {
            page.body().ast();
        }
        Map<String, byte[]> fromBuild = new TreeMap<>();
        for (OutputFile file : built.files()) {
            fromBuild.put(file.path(), file.bytes());
        }
        Map<String, byte[]> fromPreview = new TreeMap<>(preview.site().files());
        // The preview writes its search index when a browser first asks for it: ask now.
        for (OutputFile file : preview.site().index().files()) {
            fromPreview.put(file.path(), file.bytes());
        }
        assertEquals(fromPreview.keySet(), fromBuild.keySet());
        fromPreview.forEach((path, bytes) -> assertArrayEquals(bytes, fromBuild.get(path), path));
    }
}
