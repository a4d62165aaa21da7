package org.toolkitpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A figure's name inside a sentence ("Change in mean score", "Change in SDQ score", "Change in
 * Cardiff score"), against the hand-written cases of src/test/resources/rules/in-sentence-cases.json.
 */
class InSentenceTest {

    @Test
    void aNameReadsInASentenceAsTheSharedCasesSay() throws IOException {
        JsonNode cases = PlacementTest.cases("in-sentence-cases.json").get("cases");
        assertEquals(14, cases.size(), "every case of the file is run");
        for (JsonNode c : cases) {
            assertEquals(c.get("text").asText(), Wording.inSentence(c.get("name").asText(), c.get("given").asText()),
                    c.get("case").asText());
        }
    }

    @Test
    void noGivenFormIsTheSameAsAnEmptyOne() {
        assertEquals("mean score", Wording.inSentence("Mean score", null));
    }
}
