package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/**
 * The height target of issue 10 in real Chromium: the gallery's 45-item 0–3 audit laid out as a
 * grid takes at most 40% of the height of the same audit stacked, the whole page at 1280 px,
 * with no text in the form smaller than the body text, and reflows without sideways scrolling
 * at 320 px. The stacked copy is the same YAML with {@code layout: stacked}, on a page of its
 * own in a temporary copy of the gallery; both pages hold the audit alone (the gallery's page
 * adds a filled example, the same for both layouts, which is not part of the form).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditGridHeightBrowserTest {

    private Path temp;
    private BrowserSession browser;
    private ChromeDriver driver;

    @BeforeAll
    void start() throws IOException {
        BrowserSession.assumeChromium();
        temp = Files.createTempDirectory("toolkit-press-grid-height");
        Path project = TestSites.copy(TestSites.fixture("audit-shapes"), temp);
        Path audits = project.resolve("content/data/audits");
        String yaml = Files.readString(audits.resolve("numeric-audit.yml"));
        assertTrue(yaml.contains("\nlayout: grid\n"), "the gallery's numeric audit is laid out as a grid");
        Files.writeString(audits.resolve("numeric-audit-stacked.yml"), yaml
                .replace("\nid: numeric-audit\n", "\nid: numeric-audit-stacked\n")
                .replace("\nlayout: grid\n", "\nlayout: stacked\n"));
        Path pages = project.resolve("content/pages/audits");
        String page = Files.readString(pages.resolve("numeric-audit.md"));
        String alone = page.substring(0, page.indexOf("## A filled example"));
        Files.writeString(pages.resolve("numeric-audit.md"), alone);
        Files.writeString(pages.resolve("numeric-audit-stacked.md"), alone
                .replace("::: audit numeric-audit", "::: audit numeric-audit-stacked"));
        browser = BrowserSession.start(project);
        driver = browser.driver();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (temp != null) {
            TestSites.deleteTree(temp);
        }
    }

    /** The page's height at {@code width} once the form's script has shown its tools. */
    private long pageHeight(String page, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        browser.openFresh("audits/" + page + "/");
        browser.waitFor("[data-audit-tools]:not([hidden])", Duration.ofSeconds(5));
        return (Long) driver.executeScript("return document.documentElement.scrollHeight");
    }

    @Test
    void theGridTakesAtMostFortyPercentOfTheStackedPageAt1280() {
        long stacked = pageHeight("numeric-audit-stacked", 1280);
        assertEquals(45L, driver.executeScript("return document.querySelectorAll('fieldset.audit-item').length"),
                "the stacked copy asks the 45 questions one fieldset each");
        long grid = pageHeight("numeric-audit", 1280);
        assertEquals(45L, driver.executeScript("return document.querySelectorAll('.audit-grid tr.audit-item').length"),
                "the grid asks the same 45 questions, one row each");
        double ratio = (double) grid / stacked;
        assertTrue(ratio <= 0.40, "the grid page is " + grid + " px, the stacked page " + stacked + " px: " + Math.round(ratio * 100) + "%");
    }

    @Test
    void noTextInTheGridFormIsSmallerThanTheBodyText() {
        pageHeight("numeric-audit", 1280);
        @SuppressWarnings("unchecked")
        List<String> smaller = (List<String>) driver.executeScript(
                "var body = parseFloat(getComputedStyle(document.body).fontSize); var out = [];"
                + "var walker = document.createTreeWalker(document.querySelector('.audit'), NodeFilter.SHOW_TEXT);"
                + "while (walker.nextNode()) { var el = walker.currentNode.parentElement;"
                + "  if (!walker.currentNode.textContent.trim() || !el.getClientRects().length) { continue; }"
                + "  var r = el.getBoundingClientRect(); if (r.width <= 1 && r.height <= 1) { continue; }"
                + "  var size = parseFloat(getComputedStyle(el).fontSize);"
                + "  if (size < body) { out.push(el.tagName + ' ' + size + 'px: ' + walker.currentNode.textContent.trim()); } }"
                + "return out;");
        assertTrue(smaller.isEmpty(), "text smaller than the body text: " + String.join("\n", smaller));
    }

    @Test
    void theGridPageReflowsAt320WithoutSidewaysScrolling() {
        pageHeight("numeric-audit", 320);
        assertEquals(0L, driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        driver.manage().window().setSize(new Dimension(1280, 900));
    }
}
