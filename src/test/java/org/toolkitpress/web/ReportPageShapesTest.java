package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.testing.TestSites;

/**
 * The report page's JSON lists each audit's keys in one fixed order, so the page is the same
 * bytes from one build to the next (it once used Map.of, whose order each JVM picks afresh).
 */
class ReportPageShapesTest {

    @Test
    void theShapesKeepTheirKeysInTheOrderTheyAreWritten() {
        Toolkit toolkit = TestSites.built(TestSites.fixture("audit-shapes"), false).result().toolkit();
        Audit audit = toolkit.audits().get("mixed-scales");
        JsonNode shape = new ObjectMapper().valueToTree(ReportPage.shape(audit, toolkit));
        JsonNode others = shape.get("sections").get(0).get("others");
        assertTrue(!others.isEmpty(), shape::toString);
        for (JsonNode other : others) {
            assertEquals(List.of("owner", "part", "type", "number", "label"), names(other), other::toString);
        }
        assertEquals(List.of("id", "version", "title", "school", "points", "pointLabels", "plan", "sections", "fields", "evidence", "reads"), names(shape));
        // Every question printed with a number of its own ("2.1", "1)"), none twice: a plan cell
        // names each by it (as written, or without its bracket), or by its id.
        Map<String, String> reads = ReportPage.shape(audit, toolkit).reads();
        assertEquals("first-day", reads.get("2.1"));
        assertEquals("check-ins", reads.get("1"));
        assertEquals("check-ins", reads.get("1)"));
        assertEquals("spaces", reads.get("spaces"));
        assertEquals(null, reads.get("3"));
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
