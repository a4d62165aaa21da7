package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;

/** A 0–3 scored audit (sites/scored) as a fillable PDF: conformant, one radio group per item, and read back as numbers. */
class ScoredFormTest {

    @Test
    void theScoredFormIsFillableAndItsExampleReadsBack(@TempDir Path temp) throws Exception {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        Path project = TestSites.fixture("scored");
        Path site = temp.resolve("site");
        Build.Result result = Build.run(Configure.settings(project, site, true).withPdf(true));
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        byte[] form = Files.readAllBytes(site.resolve("downloads/inclusion-audit.pdf"));
        byte[] filled = Files.readAllBytes(site.resolve("downloads/inclusion-example.pdf"));
        assertEquals(List.of(), VeraPdf.failures(form), "the blank scored form");
        assertEquals(List.of(), VeraPdf.failures(filled), "the filled scored form");

        Map<String, List<String>> radios = new TreeMap<>();
        try (PDDocument pdf = Loader.loadPDF(form)) {
            for (PDField field : pdf.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (field instanceof PDRadioButton radio) {
                    radios.put(field.getFullyQualifiedName(), List.copyOf(new java.util.TreeSet<>(radio.getOnValues())));
                } else if (field instanceof PDTerminalField && !field.getFullyQualifiedName().contains(".plan.")) {
                    // (the action plan's cells are PrintEditionTest's)
                    radios.put(field.getFullyQualifiedName(), List.of());
                }
            }
        }
        // Written from the YAML: each scored item a radio group of the points 0 to 3.
        assertEquals(Map.ofEntries(
                Map.entry("inclusion-audit.header.school", List.of()),
                Map.entry("inclusion-audit.vision.score", List.of("0", "1", "2", "3")),
                Map.entry("inclusion-audit.governors.score", List.of("0", "1", "2", "3")),
                Map.entry("inclusion-audit.adapted.score", List.of("0", "1", "2", "3")),
                Map.entry("inclusion-audit.resources.choice", List.of("amber", "green", "red")),
                Map.entry("inclusion-audit.next-step.text", List.of()),
                // The boxes for the score figures, per section and overall.
                Map.entry("inclusion-audit.leadership.score-total", List.of()),
                Map.entry("inclusion-audit.leadership.score-mean", List.of()),
                Map.entry("inclusion-audit.leadership.score-percentage", List.of()),
                Map.entry("inclusion-audit.teaching.score-total", List.of()),
                Map.entry("inclusion-audit.teaching.score-mean", List.of()),
                Map.entry("inclusion-audit.teaching.score-percentage", List.of()),
                Map.entry("inclusion-audit.overall.score-total", List.of()),
                Map.entry("inclusion-audit.overall.score-mean", List.of()),
                Map.entry("inclusion-audit.overall.score-percentage", List.of()),
                Map.entry("inclusion-audit.closing.agreed", List.of())), radios);

        // fill worked the figures out from the scores: Leadership 3 + 2, Teaching 1, overall 6 of 9.
        try (PDDocument pdf = Loader.loadPDF(filled)) {
            Map<String, String> values = FormData.read(pdf);
            assertEquals("5 of 6", values.get("inclusion-audit.leadership.score-total"));
            assertEquals("2.5", values.get("inclusion-audit.leadership.score-mean"));
            assertEquals("83%", values.get("inclusion-audit.leadership.score-percentage"));
            assertEquals("1 of 3", values.get("inclusion-audit.teaching.score-total"));
            assertEquals("6 of 9", values.get("inclusion-audit.overall.score-total"));
            assertEquals("67%", values.get("inclusion-audit.overall.score-percentage"));
        }

        Path pdf = Files.write(temp.resolve("filled.pdf"), filled);
        TestSites.CliRun read = TestSites.cli("read", pdf.toString(), "-p", project.toString());
        assertEquals(0, read.exitCode(), read.err());
        JsonNode written = new YAMLMapper().readTree(project.resolve("content/data/responses/inclusion-example.yml").toFile());
        JsonNode back = new ObjectMapper().readTree(read.out());
        assertEquals(written.get("answers"), back.get("answers"), "scores come back as the numbers written");
        assertEquals(written.get("header"), back.get("header"));
        assertEquals(written.get("closing"), back.get("closing"));
        assertEquals("", read.err());
    }
}
