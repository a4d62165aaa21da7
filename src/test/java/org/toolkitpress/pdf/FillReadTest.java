package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/** {@code toolkit fill} then {@code toolkit read}: the answers that go in come back out. */
class FillReadTest {

    @BeforeAll
    static void quiet() {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    @Test
    void aYamlResponseSurvivesFillAndRead(@TempDir Path temp) throws Exception {
        Path project = TestSites.projectRoot();
        Path response = project.resolve("content/data/responses/lovely-primary-2019.yml");
        Path pdf = temp.resolve("filled.pdf");
        TestSites.CliRun fill = TestSites.cli("fill", response.toString(), "-o", pdf.toString(), "-p", project.toString());
        assertEquals(0, fill.exitCode(), fill.err());
        assertTrue(VeraPdf.failures(Files.readAllBytes(pdf)).isEmpty(), "the filled PDF stays PDF/UA and PDF/A");
        TestSites.CliRun read = TestSites.cli("read", pdf.toString(), "-p", project.toString());
        assertEquals(0, read.exitCode(), read.err());
        JsonNode written = new YAMLMapper().readTree(response.toFile());
        JsonNode back = new ObjectMapper().readTree(read.out());
        assertEquals(written.get("audit"), back.get("audit"));
        assertEquals(written.get("version"), back.get("version"));
        assertEquals(written.get("header"), back.get("header"));
        assertEquals(written.get("answers"), back.get("answers"));
        assertEquals(written.get("closing"), back.get("closing"));
    }

    @Test
    void aWebExportWithoutIdFillsAChoiceAudit(@TempDir Path temp) throws Exception {
        Path project = TestSites.projectRoot();
        String json = """
                {"audit": "relational-approaches-audit", "version": 1,
                 "header": {},
                 "answers": {"%s": {"choice": "amber", "evidence": "Pupils say they feel welcome — mostly."}},
                 "closing": {}}
                """.formatted(firstItem(project));
        Path response = temp.resolve("relational-approaches-audit-v1.json");
        Files.writeString(response, json);
        Path pdf = temp.resolve("filled.pdf");
        TestSites.CliRun fill = TestSites.cli("fill", response.toString(), "-o", pdf.toString(), "-p", project.toString());
        assertEquals(0, fill.exitCode(), fill.err());
        TestSites.CliRun read = TestSites.cli("read", pdf.toString(), "-p", project.toString());
        JsonNode back = new ObjectMapper().readTree(read.out());
        assertEquals(new ObjectMapper().readTree(json).get("answers"), back.get("answers"));
    }

    @Test
    void aResponseNamingAnUnknownItemIsReportedAndNothingIsWritten(@TempDir Path temp) throws Exception {
        Path project = TestSites.projectRoot();
        Path response = temp.resolve("bad.yml");
        Files.writeString(response, """
                id: bad
                audit: trauma-informed-schools-audit
                version: 1
                answers:
                  no-such-question:
                    evidence: hello
                """);
        Path pdf = temp.resolve("filled.pdf");
        TestSites.CliRun fill = TestSites.cli("fill", response.toString(), "-o", pdf.toString(), "-p", project.toString());
        assertEquals(1, fill.exitCode(), fill.out());
        assertTrue(fill.err().contains("no-such-question"), fill.err());
        assertTrue(Files.notExists(pdf));
    }

    private static String firstItem(Path project) throws Exception {
        JsonNode audit = new YAMLMapper().readTree(project.resolve("content/data/audits/relational-approaches-audit.yml").toFile());
        JsonNode section = audit.get("sections").get(0);
        JsonNode items = section.has("groups") ? section.get("groups").get(0).get("items") : section.get("items");
        return items.get(0).get("id").asText();
    }
}
