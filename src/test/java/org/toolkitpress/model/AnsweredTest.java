package org.toolkitpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.load.Load;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.testing.TestSites;

/**
 * When a question counts as answered, against the hand-written cases the web form's script is
 * held to as well (AuditRulesBrowserTest runs the same files in Chromium), then on the gallery's
 * audits as a response holds their answers.
 */
class AnsweredTest {

    @Test
    void anItemOfOneScaleFollowsTheSharedCases() throws IOException {
        JsonNode cases = PlacementTest.cases("answered-cases.json").get("cases");
        assertEquals(17, cases.size(), "every case of the file is run");
        for (JsonNode c : cases) {
            List<String> texts = new ArrayList<>();
            c.get("texts").forEach(t -> texts.add(t.asText()));
            assertEquals(c.get("answered").asBoolean(), Answered.item(c.get("type").asText(), texts), c.get("case").asText());
        }
    }

    @Test
    void anItemOfSeveralPartsFollowsTheSharedCases() throws IOException {
        JsonNode cases = PlacementTest.cases("answered-item-cases.json").get("cases");
        assertEquals(11, cases.size(), "every case of the file is run");
        for (JsonNode c : cases) {
            List<Answered.Rating> ratings = new ArrayList<>();
            c.path("ratings").forEach(r -> ratings.add(new Answered.Rating(r.get("value").asText(), r.path("optional").asBoolean())));
            List<String> texts = new ArrayList<>();
            c.path("texts").forEach(t -> texts.add(t.asText()));
            List<String> others = new ArrayList<>();
            c.path("others").forEach(t -> others.add(t.asText()));
            assertEquals(c.get("answered").asBoolean(), Answered.item(new Answered.Parts(ratings, texts, others)), c.get("case").asText());
        }
    }

    private static Toolkit gallery() {
        Diagnostics diagnostics = new Diagnostics();
        Toolkit toolkit = Load.toolkit(Configure.settings(TestSites.fixture("audit-shapes"), null, false), Markdown.create(), diagnostics);
        assertFalse(diagnostics.hasErrors(), () -> diagnostics.sorted().toString());
        return toolkit;
    }

    /** An item's answer as an export writes it: numbers as numbers, the rest as text. */
    private static ItemAnswer parts(Object... keyValues) {
        Map<String, AnswerValue> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put((String) keyValues[i], AnswerValue.ofJson(keyValues[i + 1]));
        }
        return new ItemAnswer(out);
    }

    @Test
    void theGallerysItemsAreReadAsTheFormLaysThemOut() {
        Toolkit toolkit = gallery();
        Audit points = toolkit.audits().get("progress-review");
        Audit.Item room = points.item("room");
        // Scored 1–4 at Assessment 1, an optional Assessment 2 and a Final assessment, with a priority tick.
        assertTrue(Answered.item(points, room, parts("score@first", 2, "score@final", 4), toolkit), "the optional point may stay blank");
        assertFalse(Answered.item(points, room, parts("score@first", 2, "score@second", 3), toolkit), "the final point not yet scored");
        assertFalse(Answered.item(points, room, parts("priority", "yes"), toolkit), "a tick does not answer a rated question");
        assertFalse(Answered.item(points, room, ItemAnswer.NONE, toolkit));

        Audit reflective = toolkit.audits().get("reflective-review");
        Audit.Item welcome = reflective.item("welcome");
        assertTrue(Answered.item(reflective, welcome, parts("priorities", "Ask the school council."), toolkit), "one of three boxes");
        assertFalse(Answered.item(reflective, welcome, parts("notes", "  "), toolkit));

        Audit numeric = toolkit.audits().get("numeric-audit");
        assertTrue(Answered.item(numeric, numeric.item("s1"), parts("score", 0), toolkit), "a score of 0 is an answer");
        assertFalse(Answered.item(numeric, numeric.item("s1"), parts("score", ""), toolkit));
        assertEquals(2, Answered.count(numeric, new Answers(Map.of("s1", parts("score", 0), "s2", parts("score", 3), "s3", parts())), toolkit));
    }
}
