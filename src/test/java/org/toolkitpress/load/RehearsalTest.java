package org.toolkitpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolkitpress.theme.Theme;

/**
 * The start-up rehearsal ({@code Build.rehearse}) is only worth its core if it takes the path a
 * real page takes: front matter the schema accepts, Markdown parsed and rendered, templates parsed.
 */
class RehearsalTest {

    @Test
    void theRehearsalPageIsReadCleanlyAndRendered() {
        Load.Rehearsal rehearsal = Load.rehearse();
        assertEquals(List.of(), rehearsal.diagnostics().sorted());
        assertTrue(rehearsal.html().contains("<h2 id=\"heading\">A heading</h2>"), rehearsal.html());
        assertTrue(rehearsal.html().contains("<table"), rehearsal.html());
        assertTrue(rehearsal.html().contains("<blockquote>"), rehearsal.html());
    }

    @Test
    void theBuiltInTemplatesItParsesExist() {
        // Throws when a template it names is missing or no longer parses.
        Theme.rehearse();
    }
}
