package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;
import org.toolkitpress.testing.TestSites.CliRun;

/**
 * A web page holding Welsh letters Atkinson Hyperlegible lacks (ŵ ŷ) draws them in Atkinson
 * Hyperlegible Next, and a page without them never fetches Next, so it looks as it did.
 * Chromium otherwise drew ŵ from Atkinson Hyperlegible as w and a loose combining circumflex.
 */
class WelshLettersBrowserTest {

    /** The styles of Next the page has loaded once its fonts are ready, as "style weight". */
    private static final String LOADED_NEXT = "var done = arguments[arguments.length - 1];"
            + " document.fonts.ready.then(function () { var out = [];"
            + "  document.fonts.forEach(function (f) { if (f.family.replace(/\"/g, '') === 'Atkinson Hyperlegible Next' && f.status === 'loaded') {"
            + "   out.push(f.style + ' ' + f.weight); } });"
            + "  done(out.sort()); });";

    /** The width of "ŵ" as the page's body text draws it, and as Next alone draws it, in CSS px. */
    private static final String WIDTHS = "var p = document.getElementById('croeso-i-ysgol-bryn-ty').nextElementSibling;"
            + " function width(family) { var s = document.createElement('span'); s.textContent = 'ŵŵŵŵŵŵŵŵŵŵ';"
            + "  if (family) { s.style.fontFamily = family; } p.appendChild(s); var w = s.getBoundingClientRect().width; s.remove(); return w; }"
            + " return {page: width(null), next: width('\"Atkinson Hyperlegible Next\"')};";

    @TempDir
    Path temp;

    @Test
    void aWelshPageDrawsTheLettersInNextAndAnEnglishPageNeverFetchesIt() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path page = project.resolve("content/pages/guide/second.md");
        Files.writeString(page, Files.readString(page) + "\n## Croeso i Ysgol Bryn Tŷ\n\nDŵr a tŷ. *Yn ŵyr i Ŷ.*\n");
        Path site = temp.resolve("site");
        CliRun built = TestSites.cli("build", "--no-pdf", "-p", project.toString(), "-o", site.toString());
        assertEquals(0, built.exitCode(), built.err());
        try (BrowserSession browser = BrowserSession.serving(site, BrowserSession.Kind.HEADLESS_SHELL_WITHOUT_FRAMES)) {
            browser.open("guide/");
            assertEquals(List.of(), browser.driver().executeAsyncScript(LOADED_NEXT), "an English page fetches no Next");

            browser.open("guide/second/");
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) browser.driver().executeAsyncScript(LOADED_NEXT);
            assertTrue(loaded.contains("normal 400") && loaded.contains("italic 400") && loaded.contains("normal 700"),
                    "the Welsh page's text, emphasis and heading fetch Next: " + loaded);
            @SuppressWarnings("unchecked")
            Map<String, Number> widths = (Map<String, Number>) browser.driver().executeScript(WIDTHS);
            assertEquals(widths.get("next").doubleValue(), widths.get("page").doubleValue(), 0.01,
                    "ŵ in the page's text is Next's own letter: " + widths);
        }
    }
}
