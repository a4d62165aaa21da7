package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Edition;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.load.Load;
import org.toolkitpress.testing.TestSites;

/**
 * The default content's PDFs, built once for the class (the slow part), then read back: veraPDF,
 * the text of every audit item, the form fields against the audit data, the filled example, and
 * pages that are not blank.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintEditionTest {

    private Path site;
    private Toolkit toolkit;
    private Map<String, byte[]> pdfs;

    @BeforeAll
    void build() throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        // The suite's one build of the default content with its PDFs, shared with the browser tests.
        TestSites.Built built = TestSites.built(TestSites.projectRoot(), true);
        site = built.site();
        assertTrue(built.result().published(), () -> built.result().diagnostics().sorted().toString());
        toolkit = Load.toolkit(Configure.settings(TestSites.projectRoot(), null, false), Markdown.create(), new Diagnostics());
        pdfs = new TreeMap<>();
        try (Stream<Path> files = Files.list(site.resolve("downloads"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                pdfs.put("downloads/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
    }

    @Test
    void everyDeclaredEditionIsBuilt() {
        assertEquals(toolkit.info().editions().stream().map(Edition::path).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                pdfs.keySet());
    }

    /**
     * One PDF of each kind (the smallest guide, form and filled form) through veraPDF: the same
     * code makes every PDF of a kind. {@link EveryPdfConformsTest} validates them all (each file is
     * checked once per JVM: whichever class asks second gets {@link VeraPdf}'s kept answer).
     */
    @Test
    void eachKindOfPdfPassesPdfUaAndPdfA() {
        List<String> checked = new ArrayList<>();
        for (Edition.Kind kind : Edition.Kind.values()) {
            toolkit.info().editions().stream().filter(e -> e.kind() == kind).map(Edition::path)
                    .min(java.util.Comparator.comparingInt(path -> pdfs.get(path).length)).ifPresent(checked::add);
        }
        assertEquals(Edition.Kind.values().length, checked.size(), "the default content has every kind: " + checked);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        checked.parallelStream().forEach(path -> VeraPdf.failures(pdfs.get(path)).forEach(f -> failures.add(path + ": " + f)));
        assertEquals(List.of(), failures);
    }

    @Test
    void everyAuditItemIsInTheTextOfItsPdf() throws IOException {
        for (Edition edition : forms()) {
            String text = words(text(pdfs.get(edition.path())));
            for (Audit.Item item : toolkit.audits().get(edition.source()).allItems()) {
                String expected = words(item.text().replaceAll("[*_`\\[\\]]|\\(https?://[^)]*\\)", ""));
                assertTrue(text.contains(expected), edition.path() + " lacks item " + item.id() + ": " + expected);
            }
        }
    }

    /**
     * Each entry of a form's contents gives the page its heading is on: "About this audit 1" sent
     * the reader to the cover page while the heading stood on the page after the guidance.
     */
    @Test
    void eachContentsEntryGivesThePageItsHeadingIsOn() throws IOException {
        java.util.regex.Pattern entry = java.util.regex.Pattern.compile("^(\\S.*?)[ .]*\\.\\s*(\\d+)\\s*$");
        for (Edition edition : forms()) {
            try (PDDocument document = Loader.loadPDF(pdfs.get(edition.path()))) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(1);
                stripper.setEndPage(1);
                Map<String, Integer> entries = new java.util.LinkedHashMap<>();
                for (String line : stripper.getText(document).split("\\R")) {
                    java.util.regex.Matcher m = entry.matcher(line.strip());
                    if (m.matches()) {
                        entries.put(m.group(1), Integer.parseInt(m.group(2)));
                    }
                }
                assertTrue(entries.keySet().stream().anyMatch(k -> k.startsWith("About this")), edition.path() + " contents: " + entries);
                for (Map.Entry<String, Integer> e : entries.entrySet()) {
                    stripper.setStartPage(e.getValue());
                    stripper.setEndPage(e.getValue());
                    // The page's own text, without the contents that name every heading.
                    String page = words(java.util.Arrays.stream(stripper.getText(document).split("\\R"))
                            .filter(line -> !entry.matcher(line.strip()).matches())
                            .collect(java.util.stream.Collectors.joining("\n")));
                    assertTrue(page.contains(words(e.getKey())),
                            edition.path() + ": \"" + e.getKey() + "\" is not on page " + e.getValue());
                }
            }
        }
    }

    @Test
    void formFieldsAreNamedAfterTheAuditAndLabelled() throws IOException {
        for (Edition edition : forms()) {
            Audit audit = toolkit.audits().get(edition.source());
            Map<String, String> tooltips = new TreeMap<>();
            try (PDDocument pdf = Loader.loadPDF(pdfs.get(edition.path()))) {
                for (PDField field : pdf.getDocumentCatalog().getAcroForm().getFieldTree()) {
                    if (field instanceof PDTerminalField) {
                        tooltips.put(field.getFullyQualifiedName(), field.getAlternateFieldName());
                    }
                }
            }
            assertEquals(expectedFields(audit.id()), tooltips.keySet(), edition.path());
            tooltips.forEach((name, tip) -> assertTrue(tip != null && !tip.isBlank(), name + " has no tooltip"));
        }
    }

    /**
     * Issue 12: no two fields are announced alike, and each item's fields name its number as
     * the source writes it (the default audits number their items in the YAML, "1." or "1" as
     * each source does, restarting per group), or its words where the source has no number,
     * and the title of its section.
     */
    @Test
    void everyTooltipIsUniqueAndNamesTheItemsNumberAndSection() throws IOException {
        for (Edition edition : forms()) {
            JsonNode audit = yaml("audits", edition.source());
            Map<String, String> tooltips = new TreeMap<>();
            try (PDDocument pdf = Loader.loadPDF(pdfs.get(edition.path()))) {
                for (PDField field : pdf.getDocumentCatalog().getAcroForm().getFieldTree()) {
                    if (field instanceof PDTerminalField) {
                        tooltips.put(field.getFullyQualifiedName(), field.getAlternateFieldName());
                    }
                }
            }
            Map<String, List<String>> byTooltip = new TreeMap<>();
            tooltips.forEach((name, tip) -> byTooltip.computeIfAbsent(tip, k -> new ArrayList<>()).add(name));
            byTooltip.values().removeIf(names -> names.size() == 1);
            assertEquals(Map.of(), byTooltip, edition.path() + ": fields announced alike");
            int checked = 0;
            for (JsonNode section : audit.path("sections")) {
                List<JsonNode> items = new ArrayList<>();
                section.path("items").forEach(items::add);
                section.path("groups").forEach(g -> g.path("items").forEach(items::add));
                for (JsonNode item : items) {
                    String prefix = edition.source() + "." + item.get("id").asText() + ".";
                    for (Map.Entry<String, String> field : tooltips.entrySet()) {
                        if (field.getKey().startsWith(prefix)) {
                            // A number as the source writes it ("1.") is named without its full stop;
                            // a question the source does not number, by its words.
                            String number = item.path("number").asText("");
                            String named = number.isEmpty() ? "\u201c" + item.get("text").asText() + "\u201d"
                                    : "question " + (number.endsWith(".") ? number.substring(0, number.length() - 1) : number) + ":";
                            assertTrue(field.getValue().contains(named), field.getKey() + " names its question: " + field.getValue());
                            assertTrue(field.getValue().startsWith(section.get("title").asText() + ", "),
                                    field.getKey() + " names its section: " + field.getValue());
                            checked++;
                        }
                    }
                }
            }
            assertTrue(checked > 10, edition.path() + ": " + checked + " item fields");
        }
    }

    /**
     * Issue 12: a radio's on-states are the option ids as the YAML writes them (what pdf-lib,
     * scripts and readers see as the value), not the engine's indexes behind an /Opt array.
     */
    @Test
    void radioOnStatesAreTheOptionIds() throws IOException {
        JsonNode audit = yaml("audits", "relational-approaches-audit");
        Set<String> ids = new TreeSet<>();
        audit.get("scales").get("rag").get("options").forEach(o -> ids.add(o.get("id").asText()));
        assertEquals(Set.of("red", "amber", "green"), ids);
        int radios = 0;
        try (PDDocument pdf = Loader.loadPDF(pdfs.get("downloads/relational-approaches-audit.pdf"))) {
            for (PDField field : pdf.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (field instanceof org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton radio) {
                    Set<String> states = new TreeSet<>();
                    radio.getWidgets().forEach(w -> w.getAppearance().getNormalAppearance().getSubDictionary().keySet()
                            .forEach(n -> states.add(n.getName())));
                    states.remove("Off");
                    assertEquals(ids, states, field.getFullyQualifiedName());
                    assertEquals(null, radio.getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.OPT));
                    radios++;
                }
            }
        }
        assertTrue(radios > 10);
    }

    /**
     * Issue 12: nothing on a form page is smaller than 9 pt — the printed text of every page of
     * every form and filled form, and the text the fields are drawn in (their default appearance).
     */
    @Test
    void nothingOnAFormIsSmallerThanNinePoints() throws IOException {
        for (Edition edition : toolkit.info().editions().stream().filter(e -> e.kind() != Edition.Kind.PAGES).toList()) {
            try (PDDocument pdf = Loader.loadPDF(pdfs.get(edition.path()))) {
                assertEquals(List.of(), textSmallerThanNinePoints(pdf), edition.path());
                for (PDField field : pdf.getDocumentCatalog().getAcroForm().getFieldTree()) {
                    if (field instanceof org.apache.pdfbox.pdmodel.interactive.form.PDTextField text) {
                        java.util.regex.Matcher size = java.util.regex.Pattern.compile("([0-9.]+) Tf").matcher(text.getDefaultAppearance());
                        assertTrue(size.find() && Float.parseFloat(size.group(1)) >= 9f,
                                edition.path() + " " + field.getFullyQualifiedName() + ": " + text.getDefaultAppearance());
                    }
                }
            }
        }
    }

    /** Each run of printed text set below 9 pt, with its size and page. */
    static List<String> textSmallerThanNinePoints(PDDocument pdf) throws IOException {
        List<String> small = new ArrayList<>();
        PDFTextStripper sizes = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                for (org.apache.pdfbox.text.TextPosition p : positions) {
                    if (p.getFontSizeInPt() < 8.95f && !p.getUnicode().isBlank()) {
                        small.add(text + " (" + p.getFontSizeInPt() + " pt, page " + getCurrentPageNo() + ")");
                        return;
                    }
                }
            }
        };
        sizes.getText(pdf);
        return small;
    }

    /**
     * Every answer of the filled example is drawn inside its box, to its last line: a box of the
     * blank form's height cut off a long answer (question 12's evidence, the reflection) on screen
     * and paper. Read from each box's appearance stream: the baseline of every line it shows
     * (its {@code Td} moves, then {@code Tj}) must lie within the box's bounding box, which clips it.
     */
    @Test
    void theFilledExampleDrawsEveryLongAnswerWithinItsBox() throws IOException {
        Edition filled = toolkit.info().editions().stream().filter(e -> e.kind() == Edition.Kind.FILLED).findFirst().orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(filled.path()))) {
            List<String> cut = new ArrayList<>();
            int answered = 0;
            for (PDField field : pdf.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (!(field instanceof org.apache.pdfbox.pdmodel.interactive.form.PDTextField text) || !text.isMultiline()
                        || text.getValue() == null || text.getValue().isBlank()) {
                    continue;
                }
                answered++;
                var stream = text.getWidgets().get(0).getNormalAppearanceStream();
                float bottom = stream.getBBox().getLowerLeftY();
                float y = 0;
                float lowest = Float.MAX_VALUE;
                int lines = 0;
                List<Object> operands = new ArrayList<>();
                var parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(stream);
                for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                    if (token instanceof org.apache.pdfbox.contentstream.operator.Operator op) {
                        switch (op.getName()) {
                            case "BT" -> y = 0;
                            case "Td", "TD" -> y += ((org.apache.pdfbox.cos.COSNumber) operands.get(1)).floatValue();
                            case "Tm" -> y = ((org.apache.pdfbox.cos.COSNumber) operands.get(5)).floatValue();
                            case "Tj", "TJ" -> {
                                lines++;
                                lowest = Math.min(lowest, y);
                            }
                            default -> { }
                        }
                        operands.clear();
                    } else {
                        operands.add(token);
                    }
                }
                if (lines == 0 || lowest < bottom) {
                    cut.add(field.getFullyQualifiedName() + ": " + lines + " strings shown, the lowest line at " + lowest + " below the box's " + bottom);
                }
            }
            assertTrue(answered > 20, "the example fills most evidence boxes: " + answered);
            assertEquals(List.of(), cut);
        }
    }

    @Test
    void theFilledExampleHoldsEveryAnswerOfItsResponse() throws IOException {
        Edition filled = toolkit.info().editions().stream().filter(e -> e.kind() == Edition.Kind.FILLED).findFirst().orElseThrow();
        // The response as written in its YAML file, named as docs/forms.md says: <audit>.<item>.<part>.
        JsonNode response = yaml("responses", filled.source());
        String audit = response.get("audit").asText();
        Map<String, String> expected = new TreeMap<>();
        response.path("header").fields().forEachRemaining(f -> expected.put(audit + ".header." + f.getKey(), f.getValue().asText()));
        response.path("answers").fields().forEachRemaining(item -> item.getValue().fields().forEachRemaining(part ->
                expected.put(audit + "." + item.getKey() + "." + part.getKey(), part.getValue().asText())));
        response.path("closing").fields().forEachRemaining(f -> expected.put(audit + ".closing." + f.getKey(), f.getValue().asText()));
        assertTrue(expected.size() > 20, "the example answers most of the audit");
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(filled.path()))) {
            Map<String, String> read = new TreeMap<>(FormData.read(pdf));
            read.values().removeIf(String::isEmpty);
            assertEquals(expected, read);
        }
    }

    @Test
    void pagesAreNotBlank() throws IOException {
        for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(e.getValue())) {
                PDFRenderer renderer = new PDFRenderer(pdf);
                for (int page : new int[] {0, pdf.getNumberOfPages() / 2}) {
                    BufferedImage image = renderer.renderImage(page, 0.25f);
                    long ink = 0;
                    for (int y = 0; y < image.getHeight(); y++) {
                        for (int x = 0; x < image.getWidth(); x++) {
                            if ((image.getRGB(x, y) & 0xff) < 160) {
                                ink++;
                            }
                        }
                    }
                    assertTrue(ink > 200, e.getKey() + " page " + (page + 1) + " looks blank (" + ink + " dark pixels)");
                }
            }
        }
    }

    @Test
    void theDownloadsPageListsEveryPdfWithPagesAndSize() throws IOException {
        String page = Files.readString(site.resolve("downloads/index.html"));
        for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(e.getValue())) {
                String name = e.getKey().substring("downloads/".length());
                assertTrue(page.contains("href=\"../downloads/" + name + "\""), name);
                assertTrue(page.contains("<td data-label=\"Pages\">" + pdf.getNumberOfPages() + "</td>"), name + " page count");
            }
        }
    }

    /** Issue 17: the local authority's report page is linked from the Downloads page, and kept out of search engines. */
    @Test
    void theDownloadsPageLinksToTheReportAcrossReturns() throws IOException {
        assertTrue(Files.readString(site.resolve("downloads/index.html")).contains("<a href=\"../report/\">make a report across schools' returns</a>"));
        assertTrue(Files.readString(site.resolve("report/index.html")).contains("<meta name=\"robots\" content=\"noindex\">"));
    }

    @Test
    void guideAndAuditPagesLinkToTheirPdf() throws IOException {
        String audit = Files.readString(site.resolve("trauma-informed-schools/audit/index.html"));
        assertTrue(audit.contains("href=\"../../downloads/trauma-informed-schools-audit.pdf\""));
        String guide = Files.readString(site.resolve("trauma-informed-schools/continuum/index.html"));
        assertTrue(guide.contains("href=\"../../downloads/trauma-informed-schools.pdf\""));
    }

    /**
     * No base_url in the default content: a relative link would go nowhere once the PDF is saved
     * or emailed, so no PDF has one, and the covers say the website exists without an address.
     */
    @Test
    void withoutBaseUrlNoLinkIsRelativeAndCoversNameNoAddress() throws IOException {
        for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(e.getValue())) {
                for (var page : pdf.getPages()) {
                    for (var annotation : page.getAnnotations()) {
                        if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                                && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                            assertTrue(uri.getURI().matches("(https?|mailto|tel):.+"), e.getKey() + " links to " + uri.getURI());
                        }
                    }
                }
                PDFTextStripper cover = new PDFTextStripper();
                cover.setEndPage(1);
                String text = cover.getText(pdf).replaceAll("\\s+", " ");
                assertTrue(text.contains("This document is also published as a website."), e.getKey() + ": " + text);
                assertFalse(text.contains("Read this online"), e.getKey());
            }
        }
    }

    @Test
    void pdfsAreTitledInEnglish() throws IOException {
        for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(e.getValue())) {
                assertNotNull(pdf.getDocumentInformation().getTitle(), e.getKey());
                assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage(), e.getKey());
                assertTrue(pdf.getDocumentCatalog().getDocumentOutline().hasChildren(), e.getKey() + " has no bookmarks");
            }
        }
    }

    private List<Edition> forms() {
        return toolkit.info().editions().stream().filter(e -> e.kind() == Edition.Kind.FORM).toList();
    }

    /**
     * Every field name an audit's form has, worked out from its YAML as written and the rule of
     * docs/forms.md: header and closing fields, each item's parts (a distribution's stage ids,
     * {@code choice} or {@code text}, then {@code evidence} per item), group or section evidence.
     */
    private Set<String> expectedFields(String auditId) {
        JsonNode audit = yaml("audits", auditId);
        Set<String> names = new TreeSet<>();
        audit.path("header_fields").forEach(f -> names.add(auditId + ".header." + f.get("id").asText()));
        String per = audit.path("evidence").path("per").asText("none");
        for (JsonNode section : audit.path("sections")) {
            String sectionScale = section.path("scale").asText(audit.path("scale").asText());
            section.path("items").forEach(item -> names.addAll(itemFields(audit, item, sectionScale, per)));
            for (JsonNode group : section.path("groups")) {
                String groupScale = group.path("scale").asText(sectionScale);
                group.path("items").forEach(item -> names.addAll(itemFields(audit, item, groupScale, per)));
                if (per.equals("group")) {
                    names.add(auditId + "." + group.get("id").asText() + ".evidence");
                }
            }
            if (per.equals("section")) {
                names.add(auditId + "." + section.get("id").asText() + ".evidence");
            }
        }
        audit.path("closing").forEach(f -> names.add(auditId + ".closing." + f.get("id").asText()));
        // The action plan: six blank rows, a cell per column (docs/forms.md).
        for (int row = 1; row <= 6; row++) {
            for (String column : List.of("item", "action", "who", "by", "measure")) {
                names.add(auditId + ".plan." + column + "-" + row);
            }
        }
        return names;
    }

    private List<String> itemFields(JsonNode audit, JsonNode item, String inherited, String per) {
        String prefix = audit.get("id").asText() + "." + item.get("id").asText() + ".";
        JsonNode scale = audit.get("scales").get(item.path("scale").asText(inherited));
        List<String> names = new ArrayList<>();
        switch (scale.get("type").asText()) {
            case "distribution" -> yaml("continua", scale.get("continuum").asText()).get("stages")
                    .forEach(stage -> names.add(prefix + stage.get("id").asText()));
            case "choice" -> names.add(prefix + "choice");
            default -> names.add(prefix + "text");
        }
        if (per.equals("item")) {
            names.add(prefix + "evidence");
        }
        return names;
    }

    /** A data file of the default content as written: {@code content/data/<folder>/<id>.yml}. */
    private static JsonNode yaml(String folder, String id) {
        try {
            return new YAMLMapper().readTree(TestSites.projectRoot().resolve("content/data").resolve(folder).resolve(id + ".yml").toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // In reading order on the page, as a person (or pdftotext) reads it.
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    /** Text reduced to its words, so line breaks and hyphenation points do not matter. */
    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
