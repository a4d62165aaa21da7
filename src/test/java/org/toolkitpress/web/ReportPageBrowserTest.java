package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/**
 * The site's report page in Chromium: the returned exports of src/test/resources/returns/school-audit
 * picked in the browser give the figures worked by hand (as AuditReportTest's, without the filled
 * PDF, which only the command reads), and the page passes axe before and after.
 */
class ReportPageBrowserTest {

    @Test
    void pickedExportsGiveTheReportInTheBrowser() throws IOException {
        try (BrowserSession browser = BrowserSession.start(TestSites.fixture("returns"))) {
            browser.open("report/");
            assertEquals("noindex", browser.driver().findElement(By.cssSelector("meta[name=robots]")).getAttribute("content"));
            assertEquals(List.of(), browser.axeViolations(), "the empty report page");
            String files;
            try (Stream<Path> list = Files.list(TestSites.projectRoot().resolve("src/test/resources/returns/school-audit"))) {
                files = list.sorted().map(Path::toString).collect(Collectors.joining("\n"));
            }
            browser.driver().findElement(By.id("report-files")).sendKeys(files);
            browser.waitFor("#schools table", Duration.ofSeconds(20));

            // vision, latest returns without Fir Juniors' PDF: Ash 3, Birch 2, Cedar 0, Damson 3, Elm 2, Holly 2.
            WebElement vision = browser.driver().findElement(By.xpath("//table[contains(@class,'heatmap')]//tr[th[contains(., 'Leaders share')]]"));
            assertEquals(List.of("6", "1 (17%)", "0 (0%)", "3 (50%)", "2 (33%)"),
                    vision.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
            WebElement governors = browser.driver().findElement(By.xpath("//table[contains(@class,'heatmap')]//tr[th[contains(., 'Governors review')]]"));
            assertEquals("Left out: fewer than 5 schools", governors.findElement(By.cssSelector("td.suppressed")).getText());

            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#schools tbody tr"));
            assertEquals(6, rows.size());
            assertEquals("Ash Primary", rows.get(0).findElement(By.tagName("th")).getText());
            assertEquals("5 of 6 (83%)", rows.get(0).findElement(By.cssSelector("td[data-label=Leadership]")).getText());
            assertEquals("Developing", rows.get(0).findElement(By.cssSelector("td[data-label='The journey']")).getText());
            assertEquals("+55", rows.get(0).findElement(By.cssSelector("td[data-label=Change]")).getText());
            assertEquals("2 Red", rows.get(2).findElement(By.cssSelector("td[data-label=Practice]")).getText());

            String filesTable = browser.driver().findElement(By.id("files")).getText();
            assertTrue(filesTable.contains("a duplicate: the same school and answers as birch-school_school-audit_2026-03-01 (1).json"), filesTable);
            assertTrue(filesTable.contains("answered at version 1 of the audit (now version 2), read as the web form imports it; "
                    + "1 answer no longer fits the audit and is left out; answers 5 of 6 questions"), filesTable);
            assertTrue(filesTable.contains("made with version 3 of the audit, newer than this toolkit’s version 2"), filesTable);
            assertTrue(filesTable.contains("a filled PDF: read it with toolkit report audits on your computer"), filesTable);
            assertTrue(filesTable.contains("not an audit export from the web form: not valid JSON"), filesTable);
            assertTrue(!browser.driver().getPageSource().contains("Jordan"), "written answers are never shown");

            // Sorting by Leadership (its percentage): Cedar 17% first.
            browser.driver().findElement(By.xpath("//*[@id='schools']//th/button[normalize-space()='Leadership']")).click();
            assertEquals("Cedar Academy", browser.driver().findElement(By.cssSelector("#schools tbody tr th")).getText());
            assertEquals(List.of(), browser.axeViolations(), "the report");
            Files.write(TestSites.projectRoot().resolve("target/report-page.png"),
                    browser.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }
    }

    /** The command's own report, opened from disk as an officer opens it: axe finds nothing, at 1280 and 320 px. */
    @Test
    void theCommandsReportPassesAxe(@org.junit.jupiter.api.io.TempDir Path temp) {
        Path out = temp.resolve("report");
        TestSites.CliRun run = TestSites.cli("report", "audits", TestSites.projectRoot().resolve("src/test/resources/returns/school-audit").toString(),
                "-p", TestSites.fixture("returns").toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (BrowserSession browser = BrowserSession.start(TestSites.fixture("returns"))) {
            browser.driver().get(out.resolve("index.html").toUri().toString());
            browser.waitFor("#schools th button", Duration.ofSeconds(10));
            assertEquals(List.of(), browser.axeViolations(), "the command's report at the default width");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(320, 900));
            assertEquals(List.of(), browser.axeViolations(), "the command's report at 320 px");
            Object scrolls = browser.js().executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            assertEquals(Boolean.FALSE, scrolls, "nothing scrolls sideways at 320 px");
        }
    }
}
