package org.toolkitpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/** The placement rule against the hand-written cases the web form's script is held to as well. */
class PlacementTest {

    static JsonNode cases(String file) throws IOException {
        return new ObjectMapper().readTree(TestSites.projectRoot().resolve("src/test/resources/rules").resolve(file).toFile());
    }

    @Test
    void everyCaseGivesItsSharesAndStage() throws IOException {
        JsonNode cases = cases("placement-cases.json").get("cases");
        assertEquals(12, cases.size(), "every case of the file is run");
        for (JsonNode c : cases) {
            List<List<BigDecimal>> answered = new ArrayList<>();
            c.get("answered").forEach(row -> {
                List<BigDecimal> item = new ArrayList<>();
                row.forEach(n -> item.add(n.decimalValue()));
                answered.add(item);
            });
            List<BigDecimal> shares = Placement.shares(answered, c.get("stages").asInt());
            List<String> expected = new ArrayList<>();
            c.get("shares").forEach(n -> expected.add(n.isNull() ? null : n.asText()));
            assertEquals(expected, shares.stream().map(s -> s == null ? null : s.toPlainString()).toList(), c.get("case").asText());
            assertEquals(c.get("stage").asInt(), Placement.stage(shares), c.get("case").asText());
        }
    }

    @Test
    void aDistributionCountsOnlyWhenComplete() throws IOException {
        int run = 0;
        for (JsonNode c : cases("answered-cases.json").get("cases")) {
            if (!c.get("type").asText().equals("distribution")) {
                continue;
            }
            List<String> boxes = new ArrayList<>();
            c.get("texts").forEach(t -> boxes.add(t.asText()));
            assertEquals(c.get("answered").asBoolean(), Placement.complete(boxes), c.get("case").asText());
            run++;
        }
        assertEquals(10, run, "every distribution case of the file is run");
    }
}
