package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.toolkitpress.build.Build;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/** Two audits one after the other on a page: the second starts a clear step below the first's last controls. */
class AuditsInARowBrowserTest {

    /** The smallest gap that reads as a new component, in CSS px: GOV.UK's spacing unit 7 (40px), above its 30px between form groups. */
    private static final double CLEAR_GAP = 40;

    /**
     * The lowest edge of anything shown in the first audit (its last controls), the second
     * audit's title's top edge, and whether the first's end bar is shown.
     */
    private static final String MEASURE = "var first = document.getElementById('audit-reflective-review');"
            + " var bottom = 0;"
            + " first.querySelectorAll('*').forEach(function (e) {"
            + "   if (e.getClientRects().length) { bottom = Math.max(bottom, e.getBoundingClientRect().bottom); } });"
            + " var title = document.getElementById('progress-review-title').getBoundingClientRect();"
            + " var root = document.documentElement;"
            + " return {firstBottom: bottom, secondTop: title.top,"
            + "  endShown: first.querySelector('[data-audit-end]').getClientRects().length > 0,"
            + "  viewport: root.clientWidth, page: root.scrollWidth};";

    @TempDir
    Path temp;

    /** The audit-shapes gallery with a page of two of its audits in a row, nothing between them. */
    private Path site() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("audit-shapes"), temp);
        Files.writeString(project.resolve("content/pages/audits/two-in-a-row.md"), """
                ---
                title: Two audits in a row
                summary: A reflective form and a progress review one after the other.
                ---

                ::: audit reflective-review

                ::: audit progress-review
                """);
        Path site = temp.resolve("site");
        Build.Result result = Build.run(TestSites.webOnly(project, site, true));
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        return site;
    }

    @Test
    void theSecondAuditsTitleStartsAClearStepBelowTheFirstsLastControls() throws IOException {
        Path site = site();
        try (BrowserSession browser = BrowserSession.serving(site, BrowserSession.Kind.HEADLESS_SHELL_WITHOUT_FRAMES)) {
            for (int width : List.of(320, 1280)) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                browser.openFresh("audits/two-in-a-row/");
                browser.waitFor("#progress-review [data-audit-tools]:not([hidden])", Duration.ofSeconds(10));
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) browser.driver().executeScript(MEASURE);
                String at = width + " px: " + m;
                // Narrow, the form ends with its end bar (buttons and a link); wide, the sticky bar
                // holds those actions and the form ends with its last boxes.
                assertEquals(width == 320, m.get("endShown"), "the first audit's end bar is shown only on a narrow screen, at " + at);
                double gap = ((Number) m.get("secondTop")).doubleValue() - ((Number) m.get("firstBottom")).doubleValue();
                assertTrue(gap >= CLEAR_GAP, "the second audit's title is " + gap + " px below the first's last controls, at " + at);
                assertTrue(((Number) m.get("page")).doubleValue() <= ((Number) m.get("viewport")).doubleValue(), "no sideways scrolling at " + at);
                if (width == 320) {
                    assertEquals(List.of(), browser.axeViolations(), "axe-core at 320 px");
                }
            }
        }
    }
}
