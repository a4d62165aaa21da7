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
 * The web's fallback fonts, each limited by unicode-range to what Atkinson Hyperlegible lacks: a
 * page holding Welsh letters (ŵ ŷ) draws them in Atkinson Hyperlegible Next (Chromium otherwise
 * drew ŵ as w and a loose combining circumflex), a page holding ✓ ✗ draws them in the self-hosted
 * Noto Sans Symbols 2 (the glyphs print uses, not whatever the reader's system has), and a page
 * without them fetches neither, so it looks as it did.
 */
class FallbackFontsBrowserTest {

    @TempDir
    Path temp;

    /** The styles of {@code family} the page has loaded once its fonts are ready, as "style weight", sorted. */
    private static List<?> loaded(BrowserSession browser, String family) {
        return (List<?>) browser.driver().executeAsyncScript("var family = arguments[0], done = arguments[arguments.length - 1];"
                + " document.fonts.ready.then(function () { var out = [];"
                + "  document.fonts.forEach(function (f) { if (f.family.replace(/\"/g, '') === family && f.status === 'loaded') {"
                + "   out.push(f.style + ' ' + f.weight); } });"
                + "  done(out.sort()); });", family);
    }

    /**
     * The width of ten copies of {@code text} set inside the element {@code selector} finds, as the
     * page's own fonts draw it and as {@code family} alone does, in CSS px: equal when the page
     * draws it in that family.
     */
    private static Map<?, ?> widths(BrowserSession browser, String selector, String text, String family) {
        return (Map<?, ?>) browser.driver().executeScript("var at = document.querySelector(arguments[0]), text = arguments[1].repeat(10);"
                + " function width(family) { var s = document.createElement('span'); s.textContent = text;"
                + "  if (family) { s.style.fontFamily = family; } at.appendChild(s); var w = s.getBoundingClientRect().width; s.remove(); return w; }"
                + " return {page: width(null), family: width('\"' + arguments[2] + '\"')};", selector, text, family);
    }

    @Test
    void welshLettersAndSymbolsDrawInTheBundledFallbacksAndOtherPagesFetchNeither() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path page = project.resolve("content/pages/guide/second.md");
        Files.writeString(page, Files.readString(page) + "\n## Croeso i Ysgol Bryn Tŷ\n\nDŵr a tŷ. *Yn ŵyr i Ŷ.*\n"
                + "\n## Beyond the classroom\n\n| DOs... ✓ | DON'Ts... ✗ |\n|---|---|\n| Listen. | Shout. |\n");
        Path site = temp.resolve("site");
        CliRun built = TestSites.cli("build", "--no-pdf", "-p", project.toString(), "-o", site.toString());
        assertEquals(0, built.exitCode(), built.err());
        try (BrowserSession browser = BrowserSession.serving(site, BrowserSession.Kind.HEADLESS_SHELL_WITHOUT_FRAMES)) {
            browser.open("guide/");
            assertEquals(List.of(), loaded(browser, "Atkinson Hyperlegible Next"), "an English page fetches no Next");
            assertEquals(List.of(), loaded(browser, "Noto Sans Symbols 2"), "a page without symbols fetches no Noto Sans Symbols 2");

            browser.open("guide/second/");
            List<?> next = loaded(browser, "Atkinson Hyperlegible Next");
            assertTrue(next.contains("normal 400") && next.contains("italic 400") && next.contains("normal 700"),
                    "the Welsh text, emphasis and heading fetch Next: " + next);
            assertEquals(List.of("normal 400"), loaded(browser, "Noto Sans Symbols 2"), "the table's ✓ ✗ fetch Noto Sans Symbols 2");
            Map<?, ?> welsh = widths(browser, "#croeso-i-ysgol-bryn-ty + p", "ŵ", "Atkinson Hyperlegible Next");
            assertEquals(((Number) welsh.get("family")).doubleValue(), ((Number) welsh.get("page")).doubleValue(), 0.01,
                    "ŵ in the page's text is Next's own letter: " + welsh);
            Map<?, ?> symbols = widths(browser, "th", "✓✗", "Noto Sans Symbols 2");
            assertEquals(((Number) symbols.get("family")).doubleValue(), ((Number) symbols.get("page")).doubleValue(), 0.01,
                    "✓ ✗ in the table are Noto Sans Symbols 2's own: " + symbols);
        }
    }
}
