package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * Which characters of an answer a field draws, and what it draws for the others: the shared,
 * hand-written cases of rules/field-letters-cases.json, which the browser's filling
 * (ToolkitAudit.pdf.drawnLetters) is held to in web/AuditRulesBrowserTest.
 */
class FieldLettersTest {

    @Test
    void answersAreDrawnAsTheSharedCasesSay() throws IOException {
        JsonNode cases = new ObjectMapper().readTree(TestSites.projectRoot()
                .resolve("src/test/resources/rules/field-letters-cases.json").toFile()).get("cases");
        assertEquals(19, cases.size());
        for (JsonNode c : cases) {
            String face = c.get("face").asText();
            FieldLetters.Drawn drawn = FieldLetters.draw(c.get("text").asText(), p -> face.codePoints().anyMatch(f -> f == p));
            List<String> missing = new ArrayList<>();
            c.get("missing").forEach(m -> missing.add(m.asText()));
            assertEquals(c.get("drawn").asText(), drawn.text(), c.get("text").asText());
            assertEquals(missing, drawn.missing(), c.get("text").asText());
        }
    }
}
