package org.toolkitpress.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;

/**
 * The axe-core answers {@link BrowserSession#axeViolations} keeps for a JVM: given again only for
 * the same page in the same state, so a fault brought in after a clean check, by markup, by a
 * style sheet's rule or by what a form control holds, is still found, and a state that differs
 * in any way axe could see is checked anew.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AxeAnswersBrowserTest {

    private static final String PAGE = "accessibility/";
    private static final String FORM = "trauma-informed-schools/audit/";
    /** An audit answered by choices (radio buttons). */
    private static final String CHOICES = "relational-approaches/toolkit-1-audit/";

    private BrowserSession browser;

    @BeforeAll
    void start() {
        browser = BrowserSession.start(TestSites.projectRoot());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private void open(String page) {
        browser.driver().manage().window().setSize(new Dimension(1200, 900));
        browser.openFresh(page);
    }

    private static boolean reportsContrast(List<String> violations) {
        return violations.stream().anyMatch(v -> v.startsWith("color-contrast:"));
    }

    @Test
    void aContrastFaultInTheMarkupAfterACleanCheckIsReported() {
        open(PAGE);
        assertEquals(List.of(), browser.axeViolations(), "the page as built");
        int runs = browser.axeRuns();
        assertEquals(List.of(), browser.axeViolations(), "the same state again");
        assertEquals(runs, browser.axeRuns(), "the same state is answered without a run");

        browser.js().executeScript("document.querySelector('main p').setAttribute('style', 'color: #ddd; background: #fff')");
        List<String> faulty = browser.axeViolations();
        assertEquals(runs + 1, browser.axeRuns(), "a changed page is checked again");
        assertTrue(reportsContrast(faulty), "light grey on white: " + faulty);

        browser.js().executeScript("document.querySelector('main p').removeAttribute('style')");
        assertEquals(List.of(), browser.axeViolations(), "the fault taken away");
    }

    @Test
    void aContrastFaultInAStyleSheetRuleIsReported() {
        open(PAGE);
        assertEquals(List.of(), browser.axeViolations());
        // A rule added through the CSS object model: the markup stays exactly as it was.
        browser.js().executeScript("var sheet = Array.prototype.find.call(document.styleSheets, function (s) { return s.href; });"
                + " sheet.insertRule('main p { color: #ddd !important; background: #fff !important; }', sheet.cssRules.length);");
        List<String> faulty = browser.axeViolations();
        assertTrue(reportsContrast(faulty), "light grey on white from a style sheet: " + faulty);
    }

    @Test
    void aFaultThatOnlyATickedChoiceBringsIsReported() {
        open(CHOICES);
        // Paragraphs turn light grey on white once any choice is ticked: clean while none is.
        browser.js().executeScript("document.head.insertAdjacentHTML('beforeend',"
                + " '<style>body:has(input:checked) main p { color: #ddd !important; background: #fff !important; }</style>')");
        assertEquals(List.of(), browser.axeViolations(), "nothing ticked");
        int runs = browser.axeRuns();
        // Ticked as a property, as a click does: the markup stays exactly as it was checked.
        browser.js().executeScript("document.querySelector('form[data-audit] input[type=radio]').checked = true");
        List<String> faulty = browser.axeViolations();
        assertEquals(runs + 1, browser.axeRuns(), "a ticked choice is another state");
        assertTrue(reportsContrast(faulty), "light grey paragraphs once a choice is ticked: " + faulty);
    }

    /** (Compared with equals, not assertEquals: a failure would print two copies of the whole page.) */
    @Test
    void everyChangeAxeCouldSeeMakesAnotherState() {
        open(FORM);
        String before = browser.axeState();
        assertNotNull(before, "a page of the session's site is in a state that can be told apart");
        assertTrue(before.equals(browser.axeState()), "nothing changed, the same state");
        browser.js().executeScript("document.querySelector('form[data-audit] input[data-stage]').value = '40'");
        String typed = browser.axeState();
        assertFalse(before.equals(typed), "a value typed into a box (its attribute unchanged)");
        browser.js().executeScript("document.querySelector('form[data-audit] textarea').focus()");
        String focused = browser.axeState();
        assertFalse(typed.equals(focused), "focus moved");
        browser.js().executeScript("window.scrollTo(0, 400)");
        String scrolled = browser.axeState();
        assertFalse(focused.equals(scrolled), "the page scrolled");
        browser.driver().manage().window().setSize(new Dimension(320, 900));
        assertFalse(scrolled.equals(browser.axeState()), "the window narrowed");
        browser.driver().manage().window().setSize(new Dimension(1200, 900));
    }
}
