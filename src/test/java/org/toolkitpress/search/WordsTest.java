package org.toolkitpress.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/** The word rule against the hand-written cases search.js is held to as well (SearchBrowserTest). */
class WordsTest {

    @Test
    void termsFollowTheSharedCases() throws IOException {
        JsonNode cases = new ObjectMapper().readTree(TestSites.projectRoot()
                .resolve("src/test/resources/rules/search-terms.json").toFile()).get("cases");
        for (JsonNode c : cases) {
            List<String> expected = new ArrayList<>();
            c.get("terms").forEach(t -> expected.add(t.asText()));
            assertEquals(expected, Words.ENGLISH.terms(c.get("text").asText()), c.get("text").asText());
        }
    }
}
