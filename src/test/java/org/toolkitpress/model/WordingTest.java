package org.toolkitpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * How an interface string is formatted ({@link Wording#format}, {@link PluralRule}), held to the
 * hand-written cases that strings.js is held to as well (WordingBrowserTest).
 */
class WordingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode cases() throws IOException {
        return JSON.readTree(TestSites.projectRoot().resolve("src/test/resources/rules/wording-cases.json").toFile()).get("cases");
    }

    static Wording.Message message(JsonNode written) {
        if (written.isTextual()) {
            return Wording.Message.plain(written.asText());
        }
        Map<String, String> forms = new LinkedHashMap<>();
        written.fields().forEachRemaining(f -> forms.put(f.getKey(), f.getValue().asText()));
        return new Wording.Message(forms);
    }

    @Test
    void formatsTheSharedCases() throws IOException {
        JsonNode cases = cases();
        assertTrue(cases.size() >= 20, "the case file is read");
        for (JsonNode c : cases) {
            Map<String, Object> values = new LinkedHashMap<>();
            c.get("values").fields().forEachRemaining(f -> values.put(f.getKey(),
                    f.getValue().isNumber() ? (Object) f.getValue().numberValue() : f.getValue().asText()));
            assertEquals(c.get("text").asText(), Wording.format(c.get("language").asText(), message(c.get("message")), values),
                    c.get("case").asText());
        }
    }

    @Test
    void aPlaceholderWithoutAValueOrAPluralWithoutACountIsAFaultOfWhoeverAsks() {
        Wording wording = new Wording("en-GB", Map.of("footnote.back", Wording.Message.plain("Back to reference {number}"),
                "home.part.pages", new Wording.Message(Map.of("one", "{count} page", "other", "{count} pages"))));
        assertEquals("Back to reference 2", wording.text("footnote.back", Map.of("number", 2)));
        assertThrows(IllegalArgumentException.class, () -> wording.text("footnote.back"));
        assertThrows(IllegalArgumentException.class, () -> wording.text("home.part.pages", Map.of("count", "two")));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> wording.text("footnote.bak"));
        assertTrue(unknown.getMessage().contains("footnote.bak"), unknown.getMessage());
    }

    @Test
    void welshHasSixCategoriesAndEnglishTwo() {
        StringBuilder welsh = new StringBuilder();
        StringBuilder english = new StringBuilder();
        for (long n = 0; n <= 7; n++) {
            welsh.append(PluralRule.category("cy", n)).append(' ');
            english.append(PluralRule.category("en-GB", n)).append(' ');
        }
        assertEquals("zero one two few other other many other ", welsh.toString());
        assertEquals("other one other other other other other other ", english.toString());
    }
}
