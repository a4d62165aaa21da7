package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A web page holding ✓ ✗ draws them in the self-hosted Noto Sans Symbols 2 (the glyphs the print
 * edition uses) rather than whatever symbol font the reader's system has, and a page without them
 * never fetches it.
 */
class SymbolsBrowserTest {

    private static final String LOADED = "var done = arguments[arguments.length - 1];"
            + " document.fonts.ready.then(function () { var out = [];"
            + "  document.fonts.forEach(function (f) { if (f.family.replace(/\"/g, '') === 'Noto Sans Symbols 2' && f.status === 'loaded') {"
            + "   out.push(f.style + ' ' + f.weight); } });"
            + "  done(out); });";

    /** The width of ticks and crosses as the page's table draws them, and as Noto Sans Symbols 2 alone does, in CSS px. */
    private static final String WIDTHS = "var cell = document.querySelector('th');"
            + " function width(family) { var s = document.createElement('span'); s.textContent = '✓✗✓✗✓✗✓✗✓✗';"
            + "  if (family) { s.style.fontFamily = family; } cell.appendChild(s); var w = s.getBoundingClientRect().width; s.remove(); return w; }"
            + " return {page: width(null), symbols: width('\"Noto Sans Symbols 2\"')};";

    @TempDir
    Path temp;

    @Test
    void ticksAndCrossesDrawInTheBundledSymbolsFontAndOtherPagesNeverFetchIt() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path page = project.resolve("content/pages/guide/second.md");
        Files.writeString(page, Files.readString(page) + "\n## Beyond the classroom\n\n| DOs... ✓ | DON'Ts... ✗ |\n|---|---|\n| Listen. | Shout. |\n");
        Path site = temp.resolve("site");
        CliRun built = TestSites.cli("build", "--no-pdf", "-p", project.toString(), "-o", site.toString());
        assertEquals(0, built.exitCode(), built.err());
        try (BrowserSession browser = BrowserSession.serving(site, BrowserSession.Kind.HEADLESS_SHELL_WITHOUT_FRAMES)) {
            browser.open("guide/");
            assertEquals(List.of(), browser.driver().executeAsyncScript(LOADED), "a page without symbols fetches no Noto Sans Symbols 2");

            browser.open("guide/second/");
            assertEquals(List.of("normal 400"), browser.driver().executeAsyncScript(LOADED), "the page with ✓ ✗ fetches it");
            @SuppressWarnings("unchecked")
            Map<String, Number> widths = (Map<String, Number>) browser.driver().executeScript(WIDTHS);
            assertEquals(widths.get("symbols").doubleValue(), widths.get("page").doubleValue(), 0.01,
                    "✓ ✗ in the table are Noto Sans Symbols 2's own: " + widths);
        }
    }
}
