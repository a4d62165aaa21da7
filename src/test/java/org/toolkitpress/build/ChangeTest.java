package org.toolkitpress.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which changes rebuild what. */
class ChangeTest {

    private static final Path PROJECT = Path.of("/work/project").toAbsolutePath();

    private static Change plan(String... relative) {
        return Change.of(List.of(relative).stream().map(PROJECT::resolve).toList(), PROJECT);
    }

    @Test
    void aChangedPageIsReadAgainOnItsOwn() {
        Change plan = plan("content/pages/guide/a.md");
        assertEquals(new Change(false, false, Set.of("content/pages/guide/a.md")), plan);
    }

    @Test
    void aTemplateRendersEverythingAgainFromTheLoadedContent() {
        assertEquals(new Change(false, true, Set.of()), plan("templates/page.ftlh"));
    }

    @Test
    void theInterfaceStringsReloadEverything() {
        // They are read and checked with the content (load.WordingLoader), not parsed as a template.
        assertTrue(plan("templates/strings/en.yml").everything());
        assertTrue(plan("brands/kent/templates/strings/en.yml").everything());
    }

    @Test
    void dataSettingsAssetsAndBrandsReloadEverything() {
        assertTrue(plan("content/toolkit.yml").everything());
        assertTrue(plan("content/data/audits/a.yml").everything());
        assertTrue(plan("content/assets/logo.png").everything());
        assertTrue(plan("brands/kent/brand.yml").everything());
    }

    /** The print fonts are loaded with the content (check judges every letter by them), not only read by the templates. */
    @Test
    void theFontsListAndFontFilesReloadEverything() {
        assertTrue(plan("templates/fonts.yml").everything());
        assertTrue(plan("templates/assets/fonts/NotoSansArmenian-Regular.ttf").everything());
        assertTrue(plan("brands/kent/templates/fonts.yml").everything());
        assertFalse(plan("templates/assets/css/print.css").everything());
    }

    @Test
    void scratchFilesAndOtherFoldersAreIgnored() {
        assertTrue(plan("content/pages/guide/.a.md.swp", "content/pages/guide/a.md~", "content/pages/sedAbC123",
                "site/index.html", "content/pages/guide/4913").isEmpty());
        assertFalse(plan("content/pages/guide/a.md", "content/pages/guide/.#a.md").everything());
    }
}
