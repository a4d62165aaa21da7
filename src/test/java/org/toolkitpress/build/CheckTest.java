package org.toolkitpress.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.search.SearchIndex;
import org.toolkitpress.testing.TestSites;

/**
 * {@code check} runs a build without writing and without the search index (nothing in it can be
 * wrong, and it would be thrown away); a build that does not write still lists the index among
 * its files, for the callers that read them.
 */
class CheckTest {

    @TempDir
    Path temp;

    private BuildSettings settings(boolean write) {
        return TestSites.webOnly(TestSites.fixture("components"), temp.resolve("site"), write);
    }

    @Test
    void aCheckMakesTheSameSiteLessItsSearchIndex() {
        Build.Result built = Build.run(settings(false));
        Build.Result checked = Build.check(settings(false));
        assertTrue(built.files().stream().anyMatch(f -> SearchIndex.isIndexFile(f.path())),
                "a build that does not write still lists its search index");
        assertFalse(checked.files().stream().anyMatch(f -> SearchIndex.isIndexFile(f.path())),
                "a check leaves the search index out");
        assertEquals(built.diagnostics().sorted().toString(), checked.diagnostics().sorted().toString());
        assertEquals(built.pages(), checked.pages());

        Map<String, byte[]> site = new TreeMap<>();
        for (OutputFile file : built.files()) {
            if (!SearchIndex.isIndexFile(file.path())) {
                site.put(file.path(), file.bytes());
            }
        }
        Map<String, byte[]> checkedSite = new TreeMap<>();
        for (OutputFile file : checked.files()) {
            checkedSite.put(file.path(), file.bytes());
        }
        assertEquals(site.keySet(), checkedSite.keySet());
        site.forEach((path, bytes) -> assertArrayEquals(bytes, checkedSite.get(path), path));
        assertFalse(Files.exists(temp.resolve("site")), "neither wrote anything");
    }

    @Test
    void aCheckRefusesSettingsThatWouldWrite() {
        assertThrows(IllegalArgumentException.class, () -> Build.check(settings(true)));
        assertFalse(Files.exists(temp.resolve("site")));
    }
}
