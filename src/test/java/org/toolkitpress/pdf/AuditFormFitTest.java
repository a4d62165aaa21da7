package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;

/**
 * The printed form's fit and finish, read back from the PDFs of a copy of the audit-shapes
 * gallery: the Red/Amber/Green levels of its termly review (a grid at three assessment points),
 * blank and filled, each label whole under its own box with the set on one line; the same audit
 * with five long levels, one a line, each label beside its box; and the termly review moved down
 * its first page a line at a time (an introduction of 8 to 22 lines, which carries the header
 * across a whole header's height of page-break positions), where each header field keeps its
 * label and box on one page and the header its heading and fields. The labels and option names
 * are written here from the YAML, not taken from the code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditFormFitTest {

    private static final Map<String, String> RAG = Map.of("red", "Red", "amber", "Amber", "green", "Green");
    private static final List<String> LONG = List.of("Not yet started", "Emerging", "Developing", "Established", "Embedded everywhere");
    private static final List<String> HEADER = List.of("Ysgol / School", "Date of Hydref — autumn", "Date of Gwanwyn — spring",
            "Date of Haf — summer");
    private static final int FIRST_SWEEP = 8;
    private static final int LAST_SWEEP = 22;

    private final Map<String, byte[]> pdfs = new LinkedHashMap<>();

    @BeforeAll
    void build(@TempDir Path temp) throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        Path project = Files.createDirectories(temp.resolve("project"));
        TestSites.copy(TestSites.fixture("audit-shapes").resolve("content"), project);
        Path audits = project.resolve("content/data/audits");
        String termly = Files.readString(audits.resolve("termly-review.yml"));
        String rag = termly.substring(termly.indexOf("      - { id: red"), termly.indexOf("scale: rag"));
        assertTrue(rag.contains("label: Green") && termly.contains("\nid: termly-review\n"), "the gallery's termly review rates Red to Green");
        StringBuilder longLevels = new StringBuilder();
        for (int i = 0; i < LONG.size(); i++) {
            longLevels.append("      - { id: o").append(i).append(", label: ").append(LONG.get(i)).append(" }\n");
        }
        StringBuilder editions = new StringBuilder("editions:\n");
        audit(project, "termly-long", termly.replace(rag, longLevels).replace("\nid: termly-review\n", "\nid: termly-long\n"), editions);
        for (int lines = FIRST_SWEEP; lines <= LAST_SWEEP; lines++) {
            StringBuilder intro = new StringBuilder("intro: |\n");
            for (int i = 0; i < lines; i++) {
                intro.append("  Line ").append(i).append(" of the introduction.\\\n");
            }
            String id = "termly-" + lines;
            audit(project, id, termly.replace("\nid: termly-review\n", "\nid: " + id + "\n" + intro + "  End.\n"), editions);
        }
        editions.append("  - id: termly-review\n    audit: termly-review\n  - id: termly-example\n    response: termly-example\n");
        TestSites.printOnly(project, editions.toString());
        Path site = temp.resolve("site");
        Build.Result result = Build.run(Configure.settings(project, site, true).withPdf(true));
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        try (var files = Files.list(site.resolve("downloads"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                pdfs.put(file.getFileName().toString().replace(".pdf", ""), Files.readAllBytes(file));
            }
        }
    }

    private static void audit(Path project, String id, String yaml, StringBuilder editions) throws IOException {
        Files.writeString(project.resolve("content/data/audits/" + id + ".yml"), yaml);
        Files.writeString(project.resolve("content/pages/audits/" + id + ".md"), "---\ntitle: " + id + "\n---\n\n::: audit " + id + "\n");
        editions.append("  - id: ").append(id).append("\n    audit: ").append(id).append('\n');
    }

    /** A word as printed: its page (0-based), left and right edges and baseline, in points from the page's top left. */
    private record Word(int page, float left, float right, float baseline, String text) {
    }

    /** The words of a PDF, from its glyphs: a word ends at a space or a jump along or across the line. */
    private static List<Word> words(byte[] pdf) {
        List<Word> words = new ArrayList<>();
        List<PrintedPages.Page> pages = PrintedPages.of(pdf);
        for (int p = 0; p < pages.size(); p++) {
            StringBuilder text = new StringBuilder();
            float left = 0;
            float right = 0;
            float baseline = 0;
            for (PrintedPages.Glyph g : pages.get(p).glyphs()) {
                boolean joins = text.length() > 0 && Math.abs(g.y() - baseline) < 1 && g.x() - right < g.widthOfSpace() * 0.5f
                        && g.x() >= right - 1;
                if (!joins || g.text().isBlank()) {
                    if (text.length() > 0) {
                        words.add(new Word(p, left, right, baseline, text.toString()));
                    }
                    text.setLength(0);
                    if (g.text().isBlank()) {
                        continue;
                    }
                    left = g.x();
                    baseline = g.y();
                }
                text.append(g.text());
                right = g.x() + g.width();
            }
            if (text.length() > 0) {
                words.add(new Word(p, left, right, baseline, text.toString()));
            }
        }
        return words;
    }

    /** A radio button's box: its page, its rectangle from the page's top left, and the option it stands for. */
    private record Box(String group, int page, float left, float right, float top, float bottom, String option) {
    }

    /** Every radio button of the grids (the fields named at a point, {@code …choice@…}). */
    private static List<Box> radios(byte[] pdf) throws IOException {
        List<Box> boxes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (!(field instanceof PDRadioButton radio) || !field.getFullyQualifiedName().contains("choice@")) {
                    continue;
                }
                for (PDAnnotationWidget widget : radio.getWidgets()) {
                    int page = document.getPages().indexOf(widget.getPage());
                    float height = widget.getPage().getMediaBox().getHeight();
                    PDRectangle r = widget.getRectangle();
                    String option = widget.getAppearance().getNormalAppearance().getSubDictionary().keySet().stream()
                            .filter(k -> !k.equals(COSName.Off)).map(COSName::getName).findFirst().orElseThrow();
                    boxes.add(new Box(field.getFullyQualifiedName(), page, r.getLowerLeftX(), r.getUpperRightX(),
                            height - r.getUpperRightY(), height - r.getLowerLeftY(), option));
                }
            }
        }
        return boxes;
    }

    /**
     * Red, Amber and Green at each of three points in a 37 mm column: every box has its label,
     * whole, just under it and centred on it, and the three boxes of a point sit on one line.
     * Before, the labels stood before the boxes and Green wrapped onto a second line.
     */
    @Test
    void eachLevelSitsWholeUnderItsBoxAndEverySetOnOneLine() throws IOException {
        for (String pdf : List.of("termly-review", "termly-example")) {
            List<Word> words = words(pdfs.get(pdf));
            List<Box> boxes = radios(pdfs.get(pdf));
            assertEquals(3 * 3 * 3, boxes.size(), pdf + ": three levels at three points for three questions");
            List<String> problems = new ArrayList<>();
            for (Box box : boxes) {
                String label = RAG.get(box.option());
                float centre = (box.left() + box.right()) / 2;
                boolean under = words.stream().anyMatch(w -> w.page() == box.page() && w.text().equals(label)
                        && w.left() < centre && centre < w.right() && w.baseline() > box.bottom() && w.baseline() < box.bottom() + 12);
                if (!under) {
                    problems.add(pdf + ": " + box.group() + " " + box.option() + " has not \"" + label + "\" under it");
                }
                boolean oneLine = boxes.stream().filter(b -> b.group().equals(box.group()))
                        .allMatch(b -> b.page() == box.page() && Math.abs(b.top() - box.top()) < 0.5);
                if (!oneLine) {
                    problems.add(pdf + ": " + box.group() + " " + box.option() + " is not on its set's line");
                }
            }
            assertEquals(List.of(), problems);
        }
    }

    /**
     * Five levels with long labels do not fit across a point's column: they go one a line, each
     * box on a line of its own with its label's first word just after it on that line.
     */
    @Test
    void levelsTooLongToGoAcrossGoOneALineEachBesideItsBox() throws IOException {
        List<Word> words = words(pdfs.get("termly-long"));
        List<Box> boxes = radios(pdfs.get("termly-long"));
        assertEquals(3 * 3 * LONG.size(), boxes.size());
        List<String> problems = new ArrayList<>();
        for (Box box : boxes) {
            String first = LONG.get(Integer.parseInt(box.option().substring(1))).split(" ")[0];
            boolean beside = words.stream().anyMatch(w -> w.page() == box.page() && w.text().equals(first)
                    && w.left() >= box.right() && w.left() < box.right() + 8 && w.baseline() > box.top() && w.baseline() < box.bottom() + 3);
            long sameLine = boxes.stream().filter(b -> b.group().equals(box.group()) && b.page() == box.page()
                    && Math.abs(b.top() - box.top()) < 0.5).count();
            if (!beside || sameLine != 1) {
                problems.add(box.group() + " " + box.option() + (beside ? "" : ": \"" + first + "\" is not beside it")
                        + (sameLine == 1 ? "" : ": shares its line with another box"));
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * With the header carried down the first page a line at a time, each field's label is on the
     * page of its box, and the heading and every field of the header on one page (it fits on one).
     * Before, a page break fell between the fields (with 9 to 18 lines) and once (21) between the
     * school's label and its box.
     */
    @Test
    void eachHeaderFieldKeepsItsLabelAndTheHeaderStaysTogether() throws IOException {
        List<String> problems = new ArrayList<>();
        for (int lines = FIRST_SWEEP; lines <= LAST_SWEEP; lines++) {
            String id = "termly-" + lines;
            try (PDDocument document = Loader.loadPDF(pdfs.get(id))) {
                Map<String, Integer> labelPage = new LinkedHashMap<>();
                int headingPage = -1;
                for (int p = 1; p <= document.getNumberOfPages(); p++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setSortByPosition(true);
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    for (String line : stripper.getText(document).split("\\R")) {
                        if (line.strip().equals("About this audit")) {
                            headingPage = p - 1;
                        }
                        for (String label : HEADER) {
                            if (line.startsWith(label)) {
                                labelPage.putIfAbsent(label, p - 1);
                            }
                        }
                    }
                }
                Map<String, Integer> boxPage = new LinkedHashMap<>();
                for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
                    if (field.getFullyQualifiedName().startsWith(id + ".header.")) {
                        boxPage.put(field.getAlternateFieldName(), document.getPages().indexOf(field.getWidgets().get(0).getPage()));
                    }
                }
                assertEquals(HEADER.size(), labelPage.size(), id + ": every label is printed " + labelPage);
                for (String label : HEADER) {
                    Integer box = boxPage.get(label);
                    if (!labelPage.get(label).equals(box)) {
                        problems.add(id + ": \"" + label + "\" on page " + (labelPage.get(label) + 1) + ", its box on " + (box == null ? "none" : box + 1));
                    }
                    if (labelPage.get(label) != headingPage) {
                        problems.add(id + ": \"" + label + "\" is not on the header's page " + (headingPage + 1));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theFormsPassPdfUaAndPdfA() {
        List<String> failures = new ArrayList<>();
        for (String pdf : List.of("termly-review", "termly-example", "termly-long", "termly-" + FIRST_SWEEP)) {
            VeraPdf.failures(pdfs.get(pdf)).forEach(f -> failures.add(pdf + ": " + f));
        }
        assertEquals(List.of(), failures);
    }
}
