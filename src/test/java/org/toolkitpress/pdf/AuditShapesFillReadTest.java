package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * Every response of the audit-shapes gallery (src/test/resources/sites/audit-shapes) through
 * {@code toolkit fill} and {@code toolkit read}: what comes back is the YAML as written. And the
 * shapes' own widgets — a tick, a rating at an assessment point, a date — are drawn when filled.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditShapesFillReadTest {

    private Path project;
    private Path temp;
    /** Each response file of the gallery, by id, and its filled PDF. */
    private final Map<String, Path> responses = new LinkedHashMap<>();
    private final Map<String, Path> filled = new LinkedHashMap<>();

    @BeforeAll
    void fillEveryResponse(@TempDir Path temp) throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        this.temp = temp;
        project = TestSites.fixture("audit-shapes");
        try (Stream<Path> files = Files.list(project.resolve("content/data/responses"))) {
            files.filter(f -> f.toString().endsWith(".yml")).sorted().forEach(f ->
                    responses.put(f.getFileName().toString().replace(".yml", ""), f));
        }
        assertTrue(responses.size() >= 5, "one response per audit of the gallery: " + responses.keySet());
        for (Map.Entry<String, Path> response : responses.entrySet()) {
            Path pdf = temp.resolve(response.getKey() + ".pdf");
            TestSites.CliRun fill = TestSites.cli("fill", response.getValue().toString(), "-o", pdf.toString(), "-p", project.toString());
            assertEquals(0, fill.exitCode(), response.getKey() + ": " + fill.err());
            filled.put(response.getKey(), pdf);
        }
    }

    @Test
    void everyResponseReadsBackAsWritten() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Path> response : responses.entrySet()) {
            TestSites.CliRun read = TestSites.cli("read", filled.get(response.getKey()).toString(), "-p", project.toString());
            assertEquals(0, read.exitCode(), read.err());
            JsonNode written = new YAMLMapper().readTree(response.getValue().toFile());
            JsonNode back = new ObjectMapper().readTree(read.out());
            for (String key : List.of("audit", "version", "header", "answers", "closing", "plan")) {
                JsonNode expected = written.has(key) ? written.get(key) : empty(key);
                JsonNode actual = back.has(key) ? back.get(key) : empty(key);
                if (!expected.equals(actual)) {
                    problems.add(response.getKey() + " " + key + ": wrote " + expected + ", read " + actual);
                }
            }
            assertEquals("", read.err(), response.getKey() + " reads without a warning");
        }
        assertEquals(List.of(), problems);
    }

    /**
     * {@code toolkit read} prints the answers in the order the form asks them (progress-review.yml:
     * header fields, then each assessment's date; the questions, and each one's parts, top to
     * bottom), whatever order the PDF keeps its fields in, so two reads of the same answers
     * compare line by line.
     */
    @Test
    void readPrintsTheAnswersInTheFormsOrder() throws Exception {
        TestSites.CliRun read = TestSites.cli("read", filled.get("progress-example").toString(), "-p", project.toString());
        assertEquals(0, read.exitCode(), read.err());
        JsonNode back = new ObjectMapper().readTree(read.out());
        assertEquals(List.of("school", "lead", "date@first", "date@final"), keys(back.get("header")));
        assertEquals(List.of("room", "staffing", "breakfast", "boxall", "return"), keys(back.get("answers")));
        assertEquals(List.of("score@first", "score@final", "priority"), keys(back.at("/answers/staffing")));
    }

    private static List<String> keys(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** A key a response may leave out, as it reads back when empty. */
    private static JsonNode empty(String key) {
        ObjectMapper json = new ObjectMapper();
        return key.equals("plan") ? json.createArrayNode() : (ObjectNode) json.createObjectNode();
    }

    @Test
    void everyFilledGalleryPdfStaysPdfUaAndPdfA() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Path> pdf : filled.entrySet()) {
            VeraPdf.failures(Files.readAllBytes(pdf.getValue())).forEach(f -> failures.add(pdf.getKey() + ": " + f));
        }
        assertEquals(List.of(), failures);
    }

    /**
     * No two fields of a gallery form are announced alike, and the 0–3 audit's fields (numbered
     * 1–45 straight through by {@code numbering: continuous}) name their number and section.
     */
    @Test
    void everyTooltipIsUniqueAndNumbered() throws Exception {
        for (Map.Entry<String, Path> pdf : filled.entrySet()) {
            Map<String, List<String>> byTooltip = new java.util.TreeMap<>();
            tooltips(pdf.getValue()).forEach((name, tip) -> byTooltip.computeIfAbsent(tip, k -> new ArrayList<>()).add(name));
            byTooltip.values().removeIf(names -> names.size() == 1);
            assertEquals(Map.of(), byTooltip, pdf.getKey() + ": fields announced alike");
        }
        Map<String, String> tooltips = tooltips(filled.get("numeric-example"));
        JsonNode audit = new YAMLMapper().readTree(project.resolve("content/data/audits/numeric-audit.yml").toFile());
        int number = 0;
        for (JsonNode section : audit.get("sections")) {
            for (JsonNode item : section.get("items")) {
                number++;
                String tip = tooltips.get("numeric-audit." + item.get("id").asText() + ".score");
                assertEquals(section.get("title").asText() + ", question " + number + ": score", tip);
            }
        }
        assertEquals(45, number);
    }

    private static Map<String, String> tooltips(Path pdf) throws IOException {
        Map<String, String> tooltips = new java.util.TreeMap<>();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            for (var field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (field instanceof org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField) {
                    tooltips.put(field.getFullyQualifiedName(), field.getAlternateFieldName());
                }
            }
        }
        return tooltips;
    }

    /**
     * The progress review's example ticks "priority" for staffing and scores it 1 at the first
     * assessment (progress-example.yml): poppler and PDFBox both draw the tick, the chosen
     * rating at each point and the point's date, compared with the blank form filled from no answers.
     */
    @Test
    void ticksRatingsAtPointsAndDatesAreDrawn() throws Exception {
        JsonNode written = new YAMLMapper().readTree(responses.get("progress-example").toFile());
        assertEquals("yes", written.at("/answers/staffing/priority").asText());
        assertEquals(1, written.at("/answers/staffing/score@first").asInt());
        assertEquals(3, written.at("/answers/staffing/score@final").asInt());
        Path blankResponse = Files.writeString(temp.resolve("progress-blank.yml"),
                "id: progress-blank\naudit: progress-review\nversion: 1\nanswers: {}\n");
        Path blank = temp.resolve("progress-blank.pdf");
        TestSites.CliRun fill = TestSites.cli("fill", blankResponse.toString(), "-o", blank.toString(), "-p", project.toString());
        assertEquals(0, fill.exitCode(), fill.err());
        Path answers = filled.get("progress-example");
        List<WidgetPixels.Spot> spots = new ArrayList<>();
        spots.addAll(WidgetPixels.answered(answers, "progress-review.staffing.priority", "tick"));
        spots.addAll(WidgetPixels.answered(answers, "progress-review.staffing.score@first", "rating at Assessment 1"));
        spots.addAll(WidgetPixels.answered(answers, "progress-review.staffing.score@final", "rating at the final assessment"));
        spots.addAll(WidgetPixels.answered(answers, "progress-review.header.date@first", "date of Assessment 1"));
        assertEquals(4, spots.size(), spots.toString());
        for (WidgetPixels.Spot spot : spots) {
            BufferedImage before = RenderedPages.poppler(blank, spot.page(), temp.resolve("blank"));
            BufferedImage after = RenderedPages.poppler(answers, spot.page(), temp.resolve("filled"));
            assertTrue(RenderedPages.differsInside(before, after, spot.rect()), "poppler draws the " + spot.what());
            assertTrue(RenderedPages.differsInside(WidgetPixels.pdfBox(blank, spot.page()), WidgetPixels.pdfBox(answers, spot.page()), spot.rect()),
                    "PDFBox draws the " + spot.what());
        }
    }
}
