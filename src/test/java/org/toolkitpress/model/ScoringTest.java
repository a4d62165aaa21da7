package org.toolkitpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The score figures against the hand-written cases the web form's script is held to as well. */
class ScoringTest {

    @Test
    void everyCaseGivesItsFigures() throws IOException {
        JsonNode cases = PlacementTest.cases("score-cases.json").get("cases");
        assertEquals(7, cases.size(), "every case of the file is run");
        for (JsonNode c : cases) {
            List<Scoring.Score> answered = new ArrayList<>();
            c.get("answered").forEach(a -> answered.add(new Scoring.Score(a.get(0).asInt(), a.get(1).asInt())));
            Scoring.Figures figures = Scoring.figures(answered);
            String what = c.get("case").asText();
            assertEquals(c.get("total").asText(), figures.total(), what);
            assertEquals(c.get("maximum").asText(), figures.maximum(), what);
            assertEquals(c.get("mean").asText(), figures.mean(), what);
            assertEquals(c.get("percentage").asText(), figures.percentage(), what);
            assertEquals(answered.size(), figures.answered(), what);
        }
    }
}
