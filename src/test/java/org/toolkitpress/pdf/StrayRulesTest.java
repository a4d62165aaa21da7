package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * No stray rules or borders on any page of the print edition: every page of the default
 * content's PDFs and of the print-breaks fixture's guide, read back as drawn paths, glyphs and
 * fields ({@link StrayRules} says exactly what counts as stray), and no table row cut across
 * pages ({@link TableRows}). The finder is shown to find each kind on pages made to have one.
 */
class StrayRulesTest {

    @Test
    void noPageOfTheDefaultContentHasAStrayRule() throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        TestSites.Built built = TestSites.built(TestSites.projectRoot(), true);
        assertTrue(built.result().published(), () -> built.result().diagnostics().sorted().toString());
        List<String> stray = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.list(built.site().resolve("downloads"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
                    pages += pdf.getNumberOfPages();
                    StrayRules.in(pdf).forEach(s -> stray.add(file.getFileName() + " " + s));
                    TableRows.problems(pdf).forEach(s -> stray.add(file.getFileName() + " " + s));
                }
            }
        }
        assertTrue(pages > 250, "the default content's PDFs: " + pages + " pages");
        assertEquals(List.of(), stray);
    }

    @Test
    void noPageOfThePrintBreaksFixtureHasAStrayRule() throws IOException {
        TestSites.Built built = TestSites.built(TestSites.fixture("print-breaks"), true);
        assertTrue(built.result().published(), () -> built.result().diagnostics().sorted().toString());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(built.site().resolve("downloads/breaks.pdf")))) {
            assertEquals(List.of(), StrayRules.in(pdf));
        }
    }

    /**
     * Pages made to go wrong, one kind of stray each: a bordered box cut by a page break (open at
     * the foot of page 1 and at the top of page 2), a rule alone in the middle of page 3, and a
     * rule left at the foot of page 4 after its text. Page 5 holds what is not stray: a table,
     * a box that fits, a heading with a rule under it and a quotation's side rule.
     */
    @Test
    void theFinderFindsEachKindOfStrayRule() throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        String filler = "<p>A paragraph of filler text that takes a line or two of the page.</p>".repeat(3);
        String html = """
                <html><head><style>
                @page { size: A4; margin: 22mm 18mm 20mm 18mm; }
                body { margin: 0; font-size: 11pt; }
                .box { border: 0.3mm solid #000; height: 120mm; padding: 2mm; }
                .lone { border-top: 0.3mm solid #000; width: 60mm; margin: 60mm 0; }
                .foot { border-top: 0.3mm solid #000; margin-top: 5mm; }
                .next { page-break-before: always; }
                h2 { border-bottom: 0.5mm solid #000; padding-bottom: 1mm; }
                blockquote { border-left: 1mm solid #000; padding-left: 3mm; }
                td, th { border: 0.3mm solid #000; padding: 1mm; }
                table { border-collapse: collapse; }
                </style></head><body>
                <p style="margin-top: 180mm">Page one.</p>
                <div class="box">A box of words that a page break cuts in two.</div>
                <div class="next">%1$s</div>
                <div class="lone"></div>
                <p>Words far below the lone rule.</p>
                <div class="next">%1$s<div class="foot"></div></div>
                <div class="next"><h2>A heading</h2>%1$s
                <table><thead><tr><th>Head</th><th>Head</th></tr></thead>
                <tbody><tr><td>Cell</td><td>Cell</td></tr></tbody></table>
                <div class="box" style="height: 20mm">A box that fits.</div>
                <blockquote>A quotation with a rule beside it.</blockquote></div>
                </body></html>
                """.formatted(filler);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(5, pdf.getNumberOfPages());
            List<String> stray = StrayRules.in(pdf);
            assertTrue(stray.stream().anyMatch(s -> s.startsWith("page 1: ") && s.contains("open into the page foot")), stray::toString);
            assertTrue(stray.stream().anyMatch(s -> s.startsWith("page 2: ") && s.contains("open at the page top")), stray::toString);
            assertTrue(stray.stream().anyMatch(s -> s.startsWith("page 3: ") && s.contains("a lone rule")), stray::toString);
            assertTrue(stray.stream().anyMatch(s -> s.startsWith("page 4: ") && s.contains("a rule at the foot")), stray::toString);
            assertEquals(List.of(), stray.stream().filter(s -> s.startsWith("page 5: ")).toList());
        }
    }
}
