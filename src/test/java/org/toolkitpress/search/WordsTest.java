package org.toolkitpress.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/** The word rule against the hand-written cases search.js is held to as well (SearchBrowserTest), read alone and by one vocabulary. */
class WordsTest {

    @Test
    void termsFollowTheSharedCases() throws IOException {
        for (JsonNode c : cases()) {
            assertEquals(expected(c), Words.ENGLISH.terms(c.get("text").asText()), c.get("text").asText());
        }
    }

    /**
     * The index reads many texts with one vocabulary, which remembers each word's term: a word
     * met before (in another text, in other letter cases) must give the term the rule gives.
     */
    @Test
    void oneVocabularyReadingTheSharedCasesTwiceGivesTheirTermsEachTime() throws IOException {
        Vocabulary vocabulary = new Vocabulary(Words.ENGLISH);
        for (int round = 0; round < 2; round++) {
            for (JsonNode c : cases()) {
                String text = c.get("text").asText();
                assertEquals(expected(c), read(vocabulary, text), text);
                assertEquals(expected(c), read(vocabulary, text.toUpperCase(Locale.ROOT)), text);
            }
        }
    }

    /** Thousands of distinct words (past every table's first size), each met again after the rest. */
    @Test
    void aVocabularyKeepsEveryWordItHasMet() {
        Vocabulary vocabulary = new Vocabulary(Words.ENGLISH);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            // Letters only, ending in "k": no suffix rule applies, so the term is the word in lower case.
            StringBuilder word = new StringBuilder("Qu");
            for (int n = i; n > 0; n /= 26) {
                word.append((char) ('a' + n % 26));
            }
            words.add(word.append('k').toString());
        }
        List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        for (int round = 0; round < 2; round++) {
            assertEquals(lower, read(vocabulary, String.join(" ", words)));
            for (int i = 0; i < words.size(); i += 97) {
                assertEquals(List.of(lower.get(i)), read(vocabulary, "the " + words.get(i) + "."));
            }
        }
    }

    private static List<String> read(Vocabulary vocabulary, String text) {
        List<String> terms = new ArrayList<>();
        int count = vocabulary.read(text);
        for (int k = 0; k < count; k++) {
            terms.add(vocabulary.term(vocabulary.found(k)));
        }
        return terms;
    }

    private static JsonNode cases() throws IOException {
        return new ObjectMapper().readTree(TestSites.projectRoot()
                .resolve("src/test/resources/rules/search-terms.json").toFile()).get("cases");
    }

    private static List<String> expected(JsonNode c) {
        List<String> expected = new ArrayList<>();
        c.get("terms").forEach(t -> expected.add(t.asText()));
        return expected;
    }
}
