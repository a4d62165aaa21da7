package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * An audit names what its grid's rows are (question_heading): the council-shapes fixture's
 * review is a list of statements, so its grids head their first column "Statement" on the web
 * and in the fillable PDF, where every other audit keeps the theme's "Question" (its rubric, in
 * the same build). A rubric's "Question" over "Connection to adults" was the one word a new
 * council could not change for one audit.
 */
class QuestionHeadingTest {

    @Test
    void theGridHeadsItsRowsWithTheAuditsWord() throws IOException {
        Path site = TestSites.built(TestSites.fixture("council-shapes"), true).site();
        Document page = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Element review = page.selectFirst("form[data-audit=attendance-review]");
        assertEquals(List.of("Statement"), review.select("table.audit-grid th.grid-question-head").eachText());
        Element rubric = page.selectFirst("form[data-audit=rubric-at-points]");
        assertEquals(List.of("Question"), rubric.select("table.audit-grid th.grid-question-head").eachText());
        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/attendance-review.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> lines = stripper.getText(pdf).lines().map(String::strip).toList();
            assertTrue(lines.contains("Statement Baseline 6 months 12 months"), lines.toString());
            assertTrue(lines.stream().noneMatch(line -> line.startsWith("Question Baseline")), lines.toString());
        }
    }
}
