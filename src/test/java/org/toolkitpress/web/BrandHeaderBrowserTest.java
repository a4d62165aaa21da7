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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;
import org.toolkitpress.testing.TestSites.CliRun;

/**
 * The page header of a branded site, from 320 to 1280 px: the brand's logo, then the site's
 * title, each a whole box (WCAG 2.2 reflow), never a title that starts beside the logo and runs
 * on under it.
 */
class BrandHeaderBrowserTest {

    /** The default content's title: long enough to wrap beside a council's 240 px logo. */
    private static final String TITLE = "Trauma Informed and Relational Practice Toolkit";

    /** Widths from the smallest WCAG reflow asks for to a desktop, through the ones where the title begins to fit beside the logo. */
    private static final List<Integer> WIDTHS = List.of(320, 360, 400, 480, 560, 640, 768, 1024, 1280);

    /** What one width's header measures: the boxes in CSS px, and the page's width against the viewport's. */
    private static final String MEASURE = "var logo = document.querySelector('.site-header .brand-logo').getBoundingClientRect();"
            + " var text = document.querySelector('.site-header .site-title-text').getBoundingClientRect();"
            + " var root = document.documentElement;"
            + " return {logoLeft: logo.left, logoRight: logo.right, logoTop: logo.top, logoBottom: logo.bottom,"
            + "  textLeft: text.left, textRight: text.right, textTop: text.top, textBottom: text.bottom,"
            + "  viewport: root.clientWidth, page: root.scrollWidth};";

    @TempDir
    Path temp;

    /** A council's new project with the starter brand (`toolkit new`, `toolkit brand new`), titled as the default content is, built. */
    private Path brandedSite() throws IOException {
        Path project = temp.resolve("council");
        CliRun created = TestSites.cli("new", project.toString());
        assertEquals(0, created.exitCode(), created.err());
        Path settings = project.resolve("content/toolkit.yml");
        String yml = Files.readString(settings);
        assertTrue(yml.contains("\ntitle: "), yml);
        Files.writeString(settings, yml.replaceFirst("\ntitle: [^\n]*", "\ntitle: " + TITLE));
        CliRun brand = TestSites.cli("brand", "new", "northshire", "-p", project.toString());
        assertEquals(0, brand.exitCode(), brand.err());
        Path site = temp.resolve("site");
        CliRun built = TestSites.cli("build", "--no-pdf", "-p", project.toString(), "-o", site.toString(), "--brand", "northshire");
        assertEquals(0, built.exitCode(), built.err());
        return site;
    }

    @Test
    void theLogoThenTheTitleEachWholeAndInsideTheScreenFrom320To1280() throws IOException {
        Path site = brandedSite();
        try (BrowserSession browser = BrowserSession.serving(site, BrowserSession.Kind.HEADLESS_SHELL_WITHOUT_FRAMES)) {
            for (int width : WIDTHS) {
                // Loaded again at each width: the headless shell lays the page out anew for a
                // window resized before a load, not always for one resized under a loaded page.
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                browser.open("");
                assertEquals(TITLE, browser.driver().findElement(By.cssSelector(".site-header .site-title-text")).getText());
                @SuppressWarnings("unchecked")
                Map<String, Number> m = (Map<String, Number>) browser.driver().executeScript(MEASURE);
                String at = width + " px: " + m;
                double viewport = m.get("viewport").doubleValue();
                assertTrue(m.get("page").doubleValue() <= viewport, "no sideways scrolling at " + at);
                assertTrue(m.get("logoLeft").doubleValue() >= 0 && m.get("logoRight").doubleValue() <= viewport, "the logo is on screen at " + at);
                assertTrue(m.get("textLeft").doubleValue() >= 0 && m.get("textRight").doubleValue() <= viewport, "the title is on screen at " + at);
                // Logo then title: the title's whole box to the right of the logo or under it.
                // An inline title that starts beside the logo and runs on under it has a box that overlaps the logo's.
                boolean beside = m.get("textLeft").doubleValue() >= m.get("logoRight").doubleValue();
                boolean below = m.get("textTop").doubleValue() >= m.get("logoBottom").doubleValue();
                assertTrue(beside || below, "the title's box is beside or under the logo's, not overlapping it, at " + at);
                if (width == 320) {
                    assertTrue(below, "at 320 px a 240 px logo leaves no room beside it: the title is under it, at " + at);
                }
                if (width == 1280) {
                    assertTrue(beside, "at 1280 px the title is beside the logo, at " + at);
                    double logoMiddle = (m.get("logoTop").doubleValue() + m.get("logoBottom").doubleValue()) / 2;
                    double textMiddle = (m.get("textTop").doubleValue() + m.get("textBottom").doubleValue()) / 2;
                    assertTrue(Math.abs(logoMiddle - textMiddle) <= 2, "beside the logo the title is centred on it, at " + at);
                }
                if (width == 320 || width == 1280) {
                    assertEquals(List.of(), browser.axeViolations(), "axe-core at " + width + " px");
                }
            }
        }
    }
}
