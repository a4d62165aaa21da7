package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.toolkitpress.testing.TestSites;

/**
 * The browser's filled PDF keeps each box at the height the data gave it ({@code space:}), so one
 * long answer fits a large box at the form's size and is too long for a small one even at the
 * least size — named in the status as such — where the same words were typed in both.
 */
class BoxSpaceBrowserTest extends PdfBrowserTest {

    private static final String AUDIT = "story-audit";
    /** About 13 lines at 10 pt in a 166 mm box (a 90 mm box holds about 20); more than 5 lines at 7 pt (a 16 mm box holds 4). */
    private static final String STORY = String.join(" ", Collections.nCopies(14,
            "Amira joined in September and said little for the first fortnight."));

    @Override
    Path project() {
        return TestSites.fixture("box-space");
    }

    @Test
    void aLongAnswerFitsTheLargeBoxAndIsNamedTooLongForTheSmallOne() throws Exception {
        browser.openFresh("audits/story-audit/");
        browser.waitFor("[data-audit-pdf]:not([hidden])", Duration.ofSeconds(10));
        setTyped(field(AUDIT + ".story.text"), STORY);
        setTyped(field(AUDIT + ".word.text"), STORY);
        press(driver().findElement(By.cssSelector("[data-pdf-action='download']")));
        Path filled = downloads.nextPdf();
        WebElement status = driver().findElement(By.cssSelector("[data-pdf-status]"));
        String said = status.getText();
        List<WebElement> links = status.findElements(By.tagName("a"));
        assertEquals(1, links.size(), "only the small box is named: " + said);
        assertEquals("#" + AUDIT + ".word.text", links.get(0).getAttribute("href").replaceFirst("^[^#]*", ""), said);
        assertTrue(said.contains("too long to show in full"), said);
        browser.giveBackBrowser();

        byte[] bytes = Files.readAllBytes(filled);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
            DrawnAnswer large = DrawnAnswer.of((PDTextField) form.getField(AUDIT + ".story.text"));
            assertEquals(10f, large.size(), "the large box holds it at the form's size");
            assertEquals(List.of(), large.unseen(STORY));
            DrawnAnswer small = DrawnAnswer.of((PDTextField) form.getField(AUDIT + ".word.text"));
            assertEquals(AnswerFit.LEAST_SIZE, small.size(), "the small box: drawn at the least size");
            assertFalse(small.unseen(STORY).isEmpty(), "and its end is cut off, as the status says");
        }
        assertEquals(List.of(), VeraPdf.failures(bytes), "PDF/UA-1 and PDF/A-3a");
    }
}
