package org.toolkitpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * The change between assessment points, and how it is printed, against the hand-written cases
 * the web form's script is held to as well (AuditRulesBrowserTest runs the same file in Chromium).
 */
class PointChangeTest {

    /** The theme's interface strings, as a toolkit loads them. */
    private static final Wording THEME_WORDS = org.toolkitpress.load.Load.toolkit(
            org.toolkitpress.configure.Configure.settings(TestSites.fixture("minimal"), null, false, TestSites.CLOCK),
            org.toolkitpress.markdown.Markdown.create(), new Diagnostics()).wording();

    private static List<Integer> values(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(v -> out.add(v.isNull() ? null : v.asInt()));
        return out;
    }

    @Test
    void aFiguresChangeAndItsTextFollowTheSharedCases() throws IOException {
        JsonNode cases = PlacementTest.cases("point-change-cases.json").get("cases");
        assertEquals(6, cases.size(), "every case of the file is run");
        for (JsonNode c : cases) {
            String what = c.get("case").asText();
            List<Double> values = new ArrayList<>();
            c.get("values").forEach(v -> values.add(v.isNull() ? null : v.asDouble()));
            PointChange.Change change = PointChange.of(values);
            JsonNode want = c.get("change");
            if (want.isNull()) {
                assertNull(change, what);
                continue;
            }
            assertEquals(want.get("from").asInt(), change.from(), what);
            assertEquals(want.get("to").asInt(), change.to(), what);
            assertEquals(want.get("change").asDouble(), change.change(), 1e-9, what);
            assertEquals(c.get("text").asText(), PointChange.text(change.change(), c.get("decimals").asInt(), THEME_WORDS), what);
        }
    }

    @Test
    void aSectionsChangeComparesOnlyTheQuestionsAnsweredAtBothPoints() throws IOException {
        JsonNode cases = PlacementTest.cases("point-change-cases.json").get("sections");
        assertEquals(6, cases.size(), "every case of the file is run");
        for (JsonNode c : cases) {
            String what = c.get("case").asText();
            List<PointChange.Scores> questions = new ArrayList<>();
            c.get("questions").forEach(q -> questions.add(new PointChange.Scores(values(q.get("values")), q.get("max").asInt())));
            PointChange.Section section = PointChange.section(questions);
            JsonNode want = c.get("change");
            if (want.isNull()) {
                assertNull(section, what);
                continue;
            }
            assertEquals(want.get("from").asInt(), section.from(), what);
            assertEquals(want.get("to").asInt(), section.to(), what);
            assertEquals(want.get("items").asInt(), section.items(), what);
            assertEquals(want.get("of").asInt(), section.of(), what);
            for (String figure : Audit.SCORE_FIGURES) {
                assertEquals(want.get(figure).asDouble(), section.change().get(figure), 1e-9, what + ": " + figure);
                assertEquals(c.get("text").get(figure).asText(), section.text(figure, THEME_WORDS), what + ": " + figure);
            }
            // The words are the theme's interface string, as audit-parts.ftlh and audit-rules.js give them.
            assertEquals(c.get("text").get("basedOn").asText(), THEME_WORDS.text("audit.results.change-based-on",
                    java.util.Map.of("answered", section.items(), "count", section.of())), what);
        }
    }
}
