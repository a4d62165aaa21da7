package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.toolkitpress.testing.TestSites;

/**
 * The audit's fillable PDF, filled and read in the browser (audit-pdf.js, pdf-lib): a PDF
 * downloaded from the page reads back with {@code toolkit read} as the answers given (as typing
 * leaves them), draws them in poppler and PDFBox, keeps its tooltips and still passes veraPDF (PDF/UA-1, PDF/A-3a); a PDF filled by
 * {@code toolkit fill} imports into the form through the JSON import (which asks first) and
 * feeds the comparison; from {@code file://} the page asks for the blank PDF instead of fetching it.
 */
class BrowserFilledPdfTest extends PdfBrowserTest {

    private static final String AUDIT = "relational-approaches-audit";
    private static final String PAGE = "relational-approaches/toolkit-1-audit/";
    private static final String LIBRARY = "vendor/pdf-lib-2.11.1/pdf-lib.min.js";

    @Override
    Path project() {
        return TestSites.projectRoot();
    }

    private Path site() {
        return browser.work().resolve("site");
    }

    /** Opens a page of the served site with nothing saved for it. */
    private void open(String page) {
        browser.openFresh(page);
        browser.waitFor("[data-audit-pdf]:not([hidden])", Duration.ofSeconds(10));
    }

    /** Opens a page from disk (a file: address) with nothing saved for it. */
    private void openFromDisk(Path file) {
        browser.openFromDiskFresh(file);
        browser.waitFor("[data-audit-pdf]:not([hidden])", Duration.ofSeconds(10));
    }

    private void choose(String item, String option) {
        press(driver().findElement(By.cssSelector("label[for='" + AUDIT + "." + item + ".choice." + option + "']")));
    }

    private boolean libraryLoaded() {
        return (Boolean) driver().executeScript("var library = arguments[0]; return performance.getEntriesByType('resource')"
                + ".some(function (e) { return e.name.indexOf(library) >= 0; })", LIBRARY);
    }

    private JsonNode read(Path pdf) throws IOException {
        TestSites.CliRun run = TestSites.cli("read", pdf.toString(), "-p", TestSites.projectRoot().toString());
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void theDownloadedPdfHoldsTheTypedAnswersDrawsThemAndStillConforms() throws Exception {
        open(PAGE);
        assertFalse(libraryLoaded(), "a page that does not use the PDF tools loads no PDF library");

        // The texts are given as typing leaves them (setTyped): the subject is the PDF they end up in.
        setTyped(field(AUDIT + ".header.setting"), "Hilltop Primary School");
        setTyped(field(AUDIT + ".header.date"), "14 March 2026");
        choose("safe-ethos-1", "green");
        choose("safe-ethos-2", "red");
        setTyped(field(AUDIT + ".safe-ethos-1.evidence"), EVIDENCE);
        setTyped(field(AUDIT + ".closing.additional-notes"), "Next year: peer mentoring.");
        Path filled = planAndDownload("Weekly check-ins with every class");

        assertTrue(filled.getFileName().toString().matches("hilltop-primary-school_" + AUDIT + "_\\d{4}-\\d{2}-\\d{2}\\.pdf"),
                filled.getFileName().toString());
        assertTrue(libraryLoaded(), "the library is loaded when a PDF tool is used");
        assertTrue(driver().findElement(By.cssSelector("[data-pdf-status]")).getText().contains(filled.getFileName().toString()));
        // The rest reads the PDF back in Java (toolkit read, poppler, PDFBox, veraPDF): the browser can serve another class meanwhile.
        browser.giveBackBrowser();

        JsonNode answers = read(filled);
        ObjectMapper json = new ObjectMapper();
        assertEquals(AUDIT, answers.get("audit").asText());
        assertEquals(1, answers.get("version").asInt());
        assertEquals(json.readTree("{\"setting\": \"Hilltop Primary School\", \"date\": \"14 March 2026\"}"), answers.get("header"));
        assertEquals(json.readTree("""
                {"safe-ethos-1": {"choice": "green", "evidence": "Café mornings for parents — naïve questions welcome.\\nReviewed termly. Yr ŵyl yn Nhŷ Ŵyn, ŶD."},
                 "safe-ethos-2": {"choice": "red"}}"""), answers.get("answers"));
        assertEquals(json.readTree("{\"additional-notes\": \"Next year: peer mentoring.\"}"), answers.get("closing"));
        JsonNode plan = answers.get("plan");
        assertEquals(1, plan.size(), plan.toString());
        assertEquals("safe-ethos-2", plan.get(0).get("item").asText(), "the plan row's question reads back as its item");
        assertEquals("Weekly check-ins with every class", plan.get(0).get("action").asText());
        try (PDDocument after = Loader.loadPDF(filled.toFile())) {
            // Numbers restart in each group of this audit: the cell holds the reference its printed
            // form shows (heading 1.1, question 2), drawn whole inside the cell, not the clipped id.
            PDTextField cell = (PDTextField) after.getDocumentCatalog().getAcroForm().getField(AUDIT + ".plan.item-1");
            assertEquals("1.1.2", cell.getValue());
            assertEquals(List.of(), DrawnAnswer.of(cell).unseen("1.1.2"));
        }

        Path blank = site().resolve("downloads/" + AUDIT + ".pdf");
        byte[] bytes = Files.readAllBytes(filled);
        byte[] blankBytes = Files.readAllBytes(blank);
        assertTrue(bytes.length > blankBytes.length && java.util.Arrays.equals(blankBytes, java.util.Arrays.copyOf(bytes, blankBytes.length)),
                "the answers are an incremental update: the blank form's bytes are kept whole");
        try (PDDocument before = Loader.loadPDF(blankBytes); PDDocument after = Loader.loadPDF(bytes)) {
            assertEquals(tooltips(before), tooltips(after), "every field keeps its tooltip");
            assertFalse(after.getDocumentCatalog().getAcroForm().getNeedAppearances());
            assertNotNull(after.getDocumentCatalog().getStructureTreeRoot());
        }
        int index = 0;
        for (Map.Entry<String, String> drawn : Map.of(
                AUDIT + ".header.setting", "one-line text", AUDIT + ".safe-ethos-1.evidence", "multi-line text",
                AUDIT + ".safe-ethos-1.choice", "radio (green)", AUDIT + ".safe-ethos-2.choice", "radio (red)").entrySet()) {
            int page;
            PDRectangle rect;
            try (PDDocument after = Loader.loadPDF(bytes)) {
                PDAnnotationWidget widget = chosenWidget(after.getDocumentCatalog().getAcroForm(), drawn.getKey());
                page = after.getPages().indexOf(widget.getPage());
                rect = widget.getRectangle();
            }
            index++;
            BufferedImage was = RenderedPages.poppler(blank, page, browser.work().resolve("blank-" + index));
            BufferedImage now = RenderedPages.poppler(filled, page, browser.work().resolve("filled-" + index));
            assertTrue(RenderedPages.differsInside(was, now, rect), "poppler draws the " + drawn.getValue() + " answer");
            try (PDDocument before = Loader.loadPDF(blankBytes); PDDocument after = Loader.loadPDF(bytes)) {
                assertTrue(RenderedPages.differsInside(new PDFRenderer(before).renderImageWithDPI(page, RenderedPages.DPI),
                        new PDFRenderer(after).renderImageWithDPI(page, RenderedPages.DPI), rect), "PDFBox draws the " + drawn.getValue() + " answer");
            }
        }
        try (PDDocument after = Loader.loadPDF(bytes)) {
            // Welsh letters drawn as themselves by the form font (Atkinson Hyperlegible Next), not as w and a loose circumflex.
            DrawnAnswer evidence = DrawnAnswer.of((org.apache.pdfbox.pdmodel.interactive.form.PDTextField)
                    after.getDocumentCatalog().getAcroForm().getField(AUDIT + ".safe-ethos-1.evidence"));
            assertEquals(EVIDENCE.replaceAll("\\s+", ""), evidence.letters(), "the evidence box draws every letter typed");
        }
        assertEquals(List.of(), VeraPdf.failures(bytes), "the browser-filled PDF still passes PDF/UA-1 and PDF/A-3a");
    }

    /** A multi-line answer with accents, Welsh letters (ŵ ŷ Ŵ Ŷ), a dash and a line break. */
    private static final String EVIDENCE = "Café mornings for parents — naïve questions welcome.\nReviewed termly. Yr ŵyl yn Nhŷ Ŵyn, ŶD.";

    /**
     * A long answer is not clipped silently in the browser-filled PDF: one too long for its box
     * at the form's size is drawn smaller until it fits (read back from its appearance stream
     * with {@link DrawnAnswer}, the check {@code toolkit fill}'s boxes are held to, and its last
     * line drawn by poppler), and one too long even at the least size is downloaded all the same,
     * named in the status, with what to do. The answers on the page and in the fields stay as typed.
     */
    @Test
    void aLongAnswerIsDrawnSmallerAndOneTooLongForItsBoxIsNamed() throws Exception {
        String smaller = String.join(" ", java.util.Collections.nCopies(12, "Staff greet every pupil by name at the gate each morning."));
        String longWord = "WellbeingRelationalApproachesTraumaInformedPracticeEvidenceBankAutumnTermReportForGovernorsAndStaffWithActions"
                + " and more.";
        String tooLong = String.join(" ", java.util.Collections.nCopies(60, "Every word of this answer stays in the field."));
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put(AUDIT + ".safe-ethos-1.evidence", smaller);
        typed.put(AUDIT + ".safe-ethos-2.evidence", longWord);
        typed.put(AUDIT + ".safe-ethos-3.evidence", tooLong);
        open(PAGE);
        typed.forEach((name, text) -> setTyped(field(name), text));
        press(driver().findElement(By.cssSelector("[data-pdf-action='download']")));
        Path filled = downloads.nextPdf();
        var status = driver().findElement(By.cssSelector("[data-pdf-status]"));
        String said = status.getText();
        assertEquals("status", status.getAttribute("role"), "the message is announced");
        typed.forEach((name, text) -> assertEquals(text, field(name).getDomProperty("value"), "the answer on the page is kept as typed"));
        assertEquals(String.valueOf((int) AnswerFit.LEAST_SIZE), String.valueOf(driver().executeScript("return String(ToolkitAudit.pdf.LEAST_SIZE)")),
                "the page draws no smaller than toolkit fill does");
        // The box is named as the page names its question, as the error summary would ("question
        // 3"), not by its PDF tooltip, and the name links to the box, as the error summary's do.
        List<WebElement> links = status.findElements(By.tagName("a"));
        assertEquals(1, links.size(), said);
        assertEquals("question 3", links.get(0).getText(), said);
        assertTrue(said.contains("What you wrote for question 3 is too long to show in full in the PDF’s box"), said);
        assertEquals("#" + AUDIT + ".safe-ethos-3.evidence", links.get(0).getAttribute("href").replaceFirst("^[^#]*", ""));
        press(links.get(0));
        assertEquals(AUDIT + ".safe-ethos-3.evidence", driver().switchTo().activeElement().getAttribute("id"), "the link goes to the box");
        browser.giveBackBrowser();

        Path blank = site().resolve("downloads/" + AUDIT + ".pdf");
        Map<String, String> labels;
        try (PDDocument before = Loader.loadPDF(blank.toFile())) {
            labels = tooltips(before);
        }
        assertTrue(said.contains(filled.getFileName().toString()), said);
        assertFalse(said.contains(labels.get(AUDIT + ".safe-ethos-3.evidence")), "not named by the PDF's long tooltip: " + said);
        assertFalse(said.contains("question 1") || said.contains("question 2"), "an answer drawn smaller is not named: " + said);
        assertTrue(said.contains("Print on this page") && said.contains("holds every word"), "it says what to do: " + said);

        JsonNode answers = read(filled).get("answers");
        assertEquals(smaller, answers.get("safe-ethos-1").get("evidence").asText());
        assertEquals(longWord, answers.get("safe-ethos-2").get("evidence").asText());
        assertEquals(tooLong, answers.get("safe-ethos-3").get("evidence").asText(), "the field keeps every word");

        byte[] bytes = Files.readAllBytes(filled);
        try (PDDocument after = Loader.loadPDF(bytes)) {
            PDAcroForm form = after.getDocumentCatalog().getAcroForm();
            for (String item : List.of("safe-ethos-1", "safe-ethos-2")) {
                String name = AUDIT + "." + item + ".evidence";
                DrawnAnswer drawn = DrawnAnswer.of((org.apache.pdfbox.pdmodel.interactive.form.PDTextField) form.getField(name));
                assertEquals(List.of(), drawn.unseen(typed.get(name)), name + " shows whole");
                assertTrue(drawn.size() < 10 && drawn.size() >= 7, name + " drawn smaller, legibly: " + drawn.size());
                var da = java.util.regex.Pattern.compile(" ([\\d.]+) Tf").matcher(form.getField(name).getCOSObject().getString(org.apache.pdfbox.cos.COSName.DA));
                assertTrue(da.find() && Float.parseFloat(da.group(1)) == drawn.size(), "the field's /DA gives the size it is drawn at");
                // Its last line is on the rendered page: ink where poppler draws the lowest line, inside the box.
                PDAnnotationWidget widget = form.getField(name).getWidgets().get(0);
                int page = after.getPages().indexOf(widget.getPage());
                PDRectangle rect = widget.getRectangle();
                PDRectangle lastLine = new PDRectangle(rect.getLowerLeftX(), rect.getLowerLeftY() + drawn.lowest() - drawn.descent(),
                        rect.getWidth(), drawn.size() * 0.6f);
                assertTrue(RenderedPages.differsInside(RenderedPages.poppler(blank, page, browser.work().resolve("long-blank-" + item)),
                        RenderedPages.poppler(filled, page, browser.work().resolve("long-filled-" + item)), lastLine),
                        "poppler draws " + name + "'s last line");
            }
            DrawnAnswer cut = DrawnAnswer.of((org.apache.pdfbox.pdmodel.interactive.form.PDTextField) form.getField(AUDIT + ".safe-ethos-3.evidence"));
            assertEquals(AnswerFit.LEAST_SIZE, cut.size(), "the answer too long for its box is drawn at the least size");
            assertFalse(cut.unseen(tooLong).isEmpty(), "and its end is cut off, as the status says");
        }
        assertEquals(List.of(), VeraPdf.failures(bytes), "the PDF with answers drawn smaller still passes PDF/UA-1 and PDF/A-3a");
    }

    /**
     * An answer in scripts and symbols the PDF's form font lacks (Armenian, Greek, an emoji,
     * Chinese, a check mark) is downloaded all the same, and a GOV.UK warning beside the download
     * names its question (linked to its box, as the error summary's links are) and the characters,
     * says they show as "?" and that the answer is kept. It is: in the PDF's field (read back whole
     * by toolkit read), in the answers saved on this device (the page reloaded) and in the export.
     * An answer the font draws whole (Welsh) is not named.
     */
    @Test
    void charactersThePdfFontLacksAreNamedInAWarningAndTheAnswerIsKept() throws Exception {
        String scripts = "Teulu: Բարեւ ձեզ, Καλημέρα, 😀 学校 ✓";
        String welsh = "Mae pob plentyn yn cael croeso yn Ysgol Bryn Tŷ a Dŵr.";
        String first = AUDIT + ".safe-ethos-1.evidence";
        String second = AUDIT + ".safe-ethos-2.evidence";
        open(PAGE);
        var warning = driver().findElement(By.cssSelector("[data-pdf-warning]"));
        assertFalse(warning.isDisplayed(), "no warning before a download");
        setTyped(field(first), scripts);
        setTyped(field(second), welsh);
        press(driver().findElement(By.cssSelector("[data-pdf-action='download']")));
        Path filled = downloads.nextPdf();
        assertTrue(warning.isDisplayed(), "the warning is shown beside the download");
        String said = warning.getText();
        assertTrue(said.startsWith("!"), "GOV.UK's warning mark: " + said);
        assertEquals("Warning", warning.findElement(By.cssSelector(".visually-hidden")).getDomProperty("textContent").trim(),
                "the mark is read as the word");
        assertEquals("polite", warning.getAttribute("aria-live"), "it is announced");
        List<WebElement> links = warning.findElements(By.tagName("a"));
        assertEquals(1, links.size(), said);
        assertEquals("question 1", links.get(0).getText(), said);
        assertTrue(said.contains("The PDF cannot show some characters you wrote for question 1 (Բ ա ր ե ւ ձ զ Κ α λ …)"), said);
        assertTrue(said.contains("shows “?” in their place") && said.contains("kept exactly as you wrote it"), said);
        assertFalse(said.contains("question 2"), "the Welsh answer is drawn whole: " + said);
        press(links.get(0));
        assertEquals(first, driver().switchTo().activeElement().getAttribute("id"), "the link goes to the box");
        String exported = (String) driver().executeScript(
                "var f = document.querySelector('form[data-audit]'); return ToolkitAudit.exportText(f.toolkitAudit.exported());");
        assertEquals(scripts, new ObjectMapper().readTree(exported).at("/answers/safe-ethos-1/evidence").asText(), "the export keeps it");
        browser.open(PAGE);
        browser.waitFor("[data-audit-pdf]:not([hidden])", Duration.ofSeconds(10));
        assertEquals(scripts, field(first).getDomProperty("value"), "the answers saved on this device keep it");
        assertFalse(driver().findElement(By.cssSelector("[data-pdf-warning]")).isDisplayed());
        browser.giveBackBrowser();

        JsonNode answers = read(filled).get("answers");
        assertEquals(scripts, answers.at("/safe-ethos-1/evidence").asText(), "the PDF's field keeps it");
        assertEquals(welsh, answers.at("/safe-ethos-2/evidence").asText());
        byte[] bytes = Files.readAllBytes(filled);
        try (PDDocument after = Loader.loadPDF(bytes)) {
            PDAcroForm form = after.getDocumentCatalog().getAcroForm();
            // Written out by hand: each character the form font lacks is one "?"; μ is the font's own.
            assertEquals("Teulu:????????,????μ???,????", DrawnAnswer.of((PDTextField) form.getField(first)).letters());
            assertEquals(welsh.replace(" ", ""), DrawnAnswer.of((PDTextField) form.getField(second)).letters());
        }
        assertEquals(List.of(), VeraPdf.failures(bytes), "still PDF/UA-1 and PDF/A-3a");
    }

    /**
     * A school's name with a character the form font lacks (an emoji) is named like any answer,
     * by its box's label, linked to the box; ỹ, which the font draws from its parts (FieldLetters),
     * is not. The running head of the browser's PDF is the blank form's, so the name is printed
     * only in its field.
     */
    @Test
    void aSchoolNameWithAnEmojiIsNamedByItsBox() throws Exception {
        String name = "Ysgol Bryn T\u1ef9 \ud83c\udfeb";
        String setting = AUDIT + ".header.setting";
        open(PAGE);
        setTyped(field(setting), name);
        press(driver().findElement(By.cssSelector("[data-pdf-action='download']")));
        Path filled = downloads.nextPdf();
        var warning = driver().findElement(By.cssSelector("[data-pdf-warning]"));
        assertTrue(warning.isDisplayed(), "the warning is shown beside the download");
        String said = warning.getText();
        List<WebElement> links = warning.findElements(By.tagName("a"));
        assertEquals(1, links.size(), said);
        assertTrue(links.get(0).getText().contains("Name of school or setting"), said);
        assertTrue(said.contains("(\ud83c\udfeb)"), "only the emoji is named: " + said);
        press(links.get(0));
        assertEquals(setting, driver().switchTo().activeElement().getAttribute("id"), "the link goes to the box");
        browser.giveBackBrowser();
        assertEquals(name, read(filled).at("/header/setting").asText(), "the PDF's field keeps it");
        try (PDDocument after = Loader.loadPDF(Files.readAllBytes(filled))) {
            PDTextField field = (PDTextField) after.getDocumentCatalog().getAcroForm().getField(setting);
            // ỹ drawn as y and its mark (two glyphs), the emoji as one "?".
            assertTrue(DrawnAnswer.of(field).letters().endsWith("?"), DrawnAnswer.of(field).letters());
        }
    }

    /**
     * pdf-lib lays a line out by measuring the rest of the paragraph, then one word less, until it
     * fits, at each size tried, and the form font answers those prefixes from its sums over the
     * whole text (audit-pdf-fill.js), a letter with the combining marks or Hangul vowels after it
     * taken as one. Every text pdf-lib asked while fitting answers typed with combining marks
     * (Welsh and Vietnamese decomposed, as a Mac pastes them; ỹ and q̃, which the font has only in
     * parts; Hangul jamo, which it lacks) into a box, at every size tried, is answered with the
     * codes PDFBox encodes in the PDF's own form font for the letters {@link FieldLetters} draws of
     * that text, and the width PDFBox gives those codes.
     */
    @Test
    void theFormFontMeasuresEachLineOfAnswersWithMarksAsPdfboxEncodesItsLetters() throws Exception {
        String field = AUDIT + ".safe-ethos-1.evidence";
        String welsh = "Mae pob plentyn yn cael croeso yn Ysgol Bryn Tŷ a Dŵr, a'r ŵyl yn Nhŷ Ŵyn. ";
        String vietnamese = "Học sinh được chào đón mỗi sáng; người lớn lắng nghe và giúp đỡ. ";
        List<String> answers = List.of(
                java.text.Normalizer.normalize(welsh.repeat(3) + vietnamese.repeat(3), java.text.Normalizer.Form.NFD),
                "Marks: q\u0303 y\u0303 ỹ x\u0302 e\u0301\u0301 a\u0323\u0302 a\u0302\u0323 \u0301 leading, Ω\u0301 and "
                        + "jamo \u1100\u1161\u11a8 \u1112\u1161\u11ab. ".repeat(4),
                String.join(" ", java.util.Collections.nCopies(16, "ca\u0301fe\u0301 na\u0308ive\u0308 w\u0302 y\u0302")));
        open(PAGE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> asked = (List<Map<String, Object>>) driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var name = arguments[0];
                var answers = arguments[1];
                var pdf = ToolkitAudit.pdf;
                var box = document.querySelector('[data-audit-pdf]');
                pdf.library(box.getAttribute('data-pdf-library')).then(function (lib) {
                  return fetch(box.getAttribute('data-form-pdf')).then(function (r) { return r.arrayBuffer(); }).then(function (bytes) {
                    return lib.PDFDocument.load(bytes);
                  }).then(function (doc) {
                    var text = doc.getForm().getTextField(name);
                    var font = pdf.formFont(lib, doc, /\\/([^\\s/]+)\\s+[\\d.]+\\s+Tf/.exec(text.acroField.getDefaultAppearance())[1]);
                    var rect = text.acroField.getWidgets()[0].getRectangle();
                    var seen = {};
                    var asked = [];
                    // What the font answers pdf-lib, each text and answer once.
                    var spy = {
                      encodeText: function (t) {
                        var hex = font.encodeText(t).asString();
                        var width = font.widthOfTextAtSize(t, 1000);
                        var key = JSON.stringify([t, hex, width]);
                        if (!seen[key]) { seen[key] = true; asked.push({text: t, hex: hex, width: width}); }
                        return font.encodeText(t);
                      },
                      widthOfTextAtSize: function (t, size) { return font.widthOfTextAtSize(t, size); },
                      heightAtSize: font.heightAtSize,
                      sizeAtHeight: font.sizeAtHeight
                    };
                    answers.forEach(function (answer) {
                      [1, 0.45].forEach(function (share) {
                        pdf.fitSize(lib, answer, spy, {x: 2, y: 2, width: (rect.width - 4) * share, height: rect.height - 4}, 10, 0);
                      });
                    });
                    done(asked);
                  });
                }).catch(function (e) { done([{error: String(e)}]); });
                """, field, answers);
        browser.giveBackBrowser();

        assertTrue(asked.size() > 100, "pdf-lib measured many prefixes: " + asked.size());
        try (PDDocument blank = Loader.loadPDF(site().resolve("downloads/" + AUDIT + ".pdf").toFile())) {
            PDTextField text = (PDTextField) blank.getDocumentCatalog().getAcroForm().getField(field);
            var named = java.util.regex.Pattern.compile("/(\\S+)\\s+[\\d.]+\\s+Tf").matcher(text.getDefaultAppearance());
            assertTrue(named.find(), text.getDefaultAppearance());
            org.apache.pdfbox.pdmodel.font.PDFont font = blank.getDocumentCatalog().getAcroForm().getDefaultResources()
                    .getFont(org.apache.pdfbox.cos.COSName.getPDFName(named.group(1)));
            java.util.HexFormat hex = java.util.HexFormat.of();
            int marked = 0;
            for (Map<String, Object> call : asked) {
                assertNull(call.get("error"), String.valueOf(call.get("error")));
                String typed = (String) call.get("text");
                String drawn = TextAppearance.drawable(text, typed);
                byte[] codes = font.encode(drawn);
                float width = 0;
                for (int i = 0; i < codes.length; i += 2) {
                    width += font.getWidth(((codes[i] & 0xff) << 8) | (codes[i + 1] & 0xff));
                }
                assertEquals(hex.formatHex(codes), ((String) call.get("hex")).toLowerCase(java.util.Locale.ROOT), "the codes of \"" + typed + "\"");
                assertEquals(width, ((Number) call.get("width")).floatValue(), 0.01f, "the width of \"" + typed + "\"");
                if (!typed.equals(java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFC))) {
                    marked++;
                }
            }
            assertTrue(marked > 100, "most texts measured hold letters written in parts: " + marked);
        }
    }

    @Test
    void percentagesComeBackAsNumbers() throws Exception {
        String audit = "trauma-informed-schools-audit";
        open("trauma-informed-schools/audit/");
        String[] stages = {"pre-trauma-aware", "trauma-aware", "trauma-sensitive", "trauma-informed", "trauma-responsive"};
        String[] typed = {"10", "20", "30", "40", "0"};
        for (int i = 0; i < stages.length; i++) {
            field(audit + ".q1." + stages[i]).sendKeys(typed[i]);
        }
        press(driver().findElement(By.cssSelector("[data-pdf-action='download']")));
        Path filled = downloads.nextPdf();
        browser.giveBackBrowser();
        JsonNode answers = read(filled);
        assertEquals(new ObjectMapper().readTree("""
                {"q1": {"pre-trauma-aware": 10, "trauma-aware": 20, "trauma-sensitive": 30, "trauma-informed": 40, "trauma-responsive": 0}}"""),
                answers.get("answers"));
    }

    /** The widget that shows a field's answer: its only one, or a radio group's chosen button. */
    private static PDAnnotationWidget chosenWidget(PDAcroForm form, String name) {
        PDField field = form.getField(name);
        assertNotNull(field, name);
        return field.getWidgets().stream().filter(w -> w.getAppearanceState() == null || !w.getAppearanceState().getName().equals("Off"))
                .findFirst().orElseThrow(() -> new AssertionError("no widget of " + name + " is on"));
    }

    private static Map<String, String> tooltips(PDDocument document) {
        Map<String, String> tips = new LinkedHashMap<>();
        document.getDocumentCatalog().getAcroForm().getFieldTree().forEach(f -> tips.put(f.getFullyQualifiedName(), f.getAlternateFieldName()));
        return tips;
    }

    /** The PDF {@code toolkit fill} made from {@link #RIVERSIDE}: made once for the class, since making it takes seconds. */
    private static Path filled;

    /** A copy, named {@code name.pdf}, of the PDF {@code toolkit fill} made from {@link #RIVERSIDE}'s answers. */
    private Path filledByToolkit(String name) throws IOException {
        synchronized (BrowserFilledPdfTest.class) {
            if (filled == null || !Files.exists(filled)) {
                Path response = Files.writeString(browser.work().resolve("riverside.yml"),
                        "id: riverside\naudit: " + AUDIT + "\nversion: 1\ntitle: Riverside\n" + RIVERSIDE);
                Path pdf = browser.work().resolve("filled-by-toolkit.pdf");
                TestSites.CliRun run = TestSites.cli("fill", response.toString(), "-o", pdf.toString(), "-p", TestSites.projectRoot().toString());
                assertEquals(0, run.exitCode(), run.err());
                filled = pdf;
            }
        }
        return Files.copy(filled, browser.work().resolve(name + ".pdf"));
    }

    private static final String RIVERSIDE = """
            header:
              setting: Riverside Academy
            answers:
              safe-ethos-1:
                choice: amber
                evidence: Peer mentoring since May.
              safe-ethos-3:
                choice: green
            closing:
              additional-notes: With thanks to the governors.
            """;

    @Test
    void aPdfFilledByToolkitFillImportsThroughTheJsonImportWhichAsksFirst() throws Exception {
        Path pdf = filledByToolkit("riverside");
        open(PAGE);
        setTyped(field(AUDIT + ".header.setting"), "Our own work");
        driver().findElement(By.cssSelector("[data-pdf-import]")).sendKeys(pdf.toString());
        browser.waitFor("[data-confirm-import]:not([hidden])", Duration.ofSeconds(30));
        String facts = driver().findElement(By.cssSelector("[data-import-facts]")).getText();
        assertTrue(facts.contains("riverside.pdf") && facts.contains("Riverside Academy") && facts.contains("2 of"), facts);
        assertEquals("Our own work", field(AUDIT + ".header.setting").getDomProperty("value"), "nothing changes before Yes");
        press(driver().findElement(By.cssSelector("[data-action='import-confirm']")));

        assertEquals("Riverside Academy", field(AUDIT + ".header.setting").getDomProperty("value"));
        assertEquals("true", field(AUDIT + ".safe-ethos-1.choice.amber").getDomProperty("checked"));
        assertEquals("true", field(AUDIT + ".safe-ethos-3.choice.green").getDomProperty("checked"));
        assertEquals("Peer mentoring since May.", field(AUDIT + ".safe-ethos-1.evidence").getDomProperty("value"));
        assertEquals("With thanks to the governors.", field(AUDIT + ".closing.additional-notes").getDomProperty("value"));
        String message = driver().findElement(By.cssSelector("[data-import-message]")).getText();
        assertTrue(message.contains("imported from riverside.pdf"), message);
    }

    /**
     * A PDF's plan rows import back to their questions: references as {@code toolkit fill}
     * writes them ("1.2.3", "2.1.1") and, in the last row, an item id as PDFs filled before
     * references held it where numbers repeat.
     */
    @Test
    void aPdfsPlanReferencesImportBackToTheirQuestions() throws Exception {
        Path response = Files.writeString(browser.work().resolve("brook.yml"), "id: brook\naudit: " + AUDIT + "\nversion: 1\nplan:\n"
                + "  - { item: safe-practice-3, action: Two }\n  - { item: personal-ethos-1, action: Three }\n"
                + "  - { item: personal-practice-2, action: Four }\n");
        Path made = browser.work().resolve("brook-made.pdf");
        TestSites.CliRun run = TestSites.cli("fill", response.toString(), "-o", made.toString(), "-p", TestSites.projectRoot().toString());
        assertEquals(0, run.exitCode(), run.err());
        Path pdf = browser.work().resolve("brook.pdf");
        try (PDDocument document = Loader.loadPDF(made.toFile())) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            assertEquals("1.2.3", form.getField(AUDIT + ".plan.item-1").getValueAsString());
            assertEquals("2.1.1", form.getField(AUDIT + ".plan.item-2").getValueAsString());
            ((PDTextField) form.getField(AUDIT + ".plan.item-3")).setValue("personal-practice-2");
            document.save(pdf.toFile());
        }
        open(PAGE);
        driver().findElement(By.cssSelector("[data-pdf-import]")).sendKeys(pdf.toString());
        browser.waitFor("[data-plan-rows] .plan-row", Duration.ofSeconds(30));
        List<String> rows = driver().findElements(By.cssSelector("[data-plan-rows] .plan-row")).stream()
                .map(r -> r.getDomAttribute("data-plan-item")).toList();
        assertEquals(List.of("safe-practice-3", "personal-ethos-1", "personal-practice-2"), rows);
    }

    @Test
    void anotherAuditsPdfIsExplainedAndChangesNothing() {
        open(PAGE);
        setTyped(field(AUDIT + ".header.setting"), "Our own work");
        driver().findElement(By.cssSelector("[data-pdf-import]"))
                .sendKeys(site().resolve("downloads/trauma-informed-schools-audit.pdf").toString());
        browser.waitFor("[data-import-message]:not([hidden])", Duration.ofSeconds(30));
        String message = driver().findElement(By.cssSelector("[data-import-message]")).getText();
        assertTrue(message.contains("different form") && message.contains("trauma-informed-schools-audit"), message);
        assertEquals("Our own work", field(AUDIT + ".header.setting").getDomProperty("value"));
    }

    @Test
    void theComparisonReadsAFilledPdf() throws Exception {
        Path pdf = filledByToolkit("earlier");
        open(PAGE);
        choose("safe-ethos-1", "green");
        driver().findElement(By.cssSelector("[data-compare-file]")).sendKeys(pdf.toString());
        browser.waitFor("[data-compare-result]:not([hidden]) tr[data-compare-item='safe-ethos-1']", Duration.ofSeconds(30));
        List<String> cells = driver().findElements(By.cssSelector("tr[data-compare-item='safe-ethos-1'] > *")).stream()
                .map(c -> c.getAttribute("textContent").trim()).toList();
        assertEquals("Amber", cells.get(1), cells.toString());
        assertEquals("Green", cells.get(2), cells.toString());
        assertTrue(driver().findElement(By.cssSelector("[data-compare-result] h3")).getText().contains("earlier.pdf"));
    }

    @Test
    void fromFileTheBlankPdfIsAskedForAndTheToolsPassAxe() throws Exception {
        openFromDisk(site().resolve(PAGE + "index.html"));
        setTyped(field(AUDIT + ".header.setting"), "Offline School");
        centred(driver().findElement(By.cssSelector("[data-pdf-action='download']"))).sendKeys(Keys.ENTER);
        browser.waitFor("[data-pdf-blank]:not([hidden])", Duration.ofSeconds(30));
        assertEquals("true", driver().executeScript("return String(document.activeElement.hasAttribute('data-pdf-blank'))"),
                "the request for the blank form takes focus");
        assertEquals(List.of(), browser.axeViolations());

        // A PDF filled before (by someone else) is chosen: it ends up holding only this form's answers.
        driver().findElement(By.cssSelector("[data-pdf-blank-file]")).sendKeys(filledByToolkit("filled-before").toString());
        JsonNode answers = read(downloads.nextPdf());
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree("{\"setting\": \"Offline School\"}"), answers.get("header"));
        assertEquals(json.readTree("{}"), answers.get("answers"));
        assertEquals(json.readTree("{}"), answers.get("closing"));
        assertTrue(driver().findElement(By.cssSelector("[data-pdf-blank]")).getAttribute("hidden") != null);

        driver().findElement(By.cssSelector("[data-pdf-import]")).sendKeys(site().resolve("downloads/trauma-informed-schools-audit.pdf").toString());
        browser.waitFor("[data-import-message]:not([hidden])", Duration.ofSeconds(30));
        assertEquals(List.of(), browser.axeViolations());
    }
}
