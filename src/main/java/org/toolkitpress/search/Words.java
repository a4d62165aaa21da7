package org.toolkitpress.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The one rule that turns text into index terms, for a language. The browser's search applies
 * the same rule to what is typed: its tables (stop words, suffix rules) are written into the
 * index and read by search-index.js, and both sides are held to src/test/resources/rules/search-terms.json.
 *
 * <p>A word is a run of letters, digits, marks and apostrophes; its term is the word in lower
 * case without accents or apostrophes, unless it is shorter than two characters or a stop word;
 * the first suffix rule whose suffix the term ends with and whose result keeps at least
 * {@link #MIN_STEM} characters turns plurals into their singular ("policies" → "policy",
 * "approaches" → "approach", "schools" → "school"), and rules that replace a suffix with itself
 * protect words such as "class" or "focus".
 */
record Words(String language, SortedSet<String> stopWords, List<Rule> suffixes) {

    /** Ends with {@code suffix}: replace it with {@code replacement}. */
    record Rule(String suffix, String replacement) {
    }

    static final int MIN_TERM = 2;
    static final int MIN_STEM = 3;
    private static final Pattern STRIPPED = Pattern.compile("[\\p{M}'’]+");

    /**
     * British English. Stop words are the few so common that they would only slow a search down.
     * Welsh would need its own table and, before it, a rule undoing initial mutations
     * (e.g. "plant" / "blant" / "mhlant"), which no common stemming library provides.
     */
    static final Words ENGLISH = new Words("en", Collections.unmodifiableSortedSet(new TreeSet<>(List.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "of",
            "on", "or", "that", "the", "their", "this", "to", "was", "were", "with"))),
            List.of(new Rule("sses", "ss"), new Rule("ies", "y"), new Rule("xes", "x"), new Rule("ches", "ch"),
                    new Rule("shes", "sh"), new Rule("zzes", "zz"), new Rule("ss", "ss"), new Rule("us", "us"),
                    new Rule("is", "is"), new Rule("s", "")));

    /** The rule for a page's language (e.g. {@code en-GB}); English until another is written. */
    static Words forLanguage(String language) {
        return ENGLISH;
    }

    /**
     * The index terms of a text, in order, repeats kept. The scan itself is {@link Vocabulary#read},
     * which the index uses with one vocabulary for many texts.
     */
    List<String> terms(String text) {
        Vocabulary vocabulary = new Vocabulary(this);
        int count = vocabulary.read(text);
        List<String> terms = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            terms.add(vocabulary.term(vocabulary.found(k)));
        }
        return terms;
    }

    /** Whether a character belongs to a word: {@code [\p{L}\p{N}\p{M}'’]}, the pattern search-index.js uses. */
    static boolean inWord(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'';
        }
        if (c == '’' || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** The term of one word, or null when it is too short or a stop word. */
    String term(String word) {
        String folded = fold(word);
        if (folded.length() < MIN_TERM || stopWords.contains(folded)) {
            return null;
        }
        return stem(folded);
    }

    /** Lower case without accents or apostrophes; plain ASCII words (nearly all) skip normalising. */
    private static String fold(String word) {
        boolean plain = true;
        for (int i = 0; i < word.length() && plain; i++) {
            char c = word.charAt(i);
            plain = c < 128 && c != '\'';
        }
        if (plain) {
            return word.toLowerCase(Locale.ROOT);
        }
        return STRIPPED.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }

    /** The first suffix rule that applies, or the word itself. */
    String stem(String word) {
        for (Rule rule : suffixes) {
            if (word.endsWith(rule.suffix())) {
                String stem = word.substring(0, word.length() - rule.suffix().length()) + rule.replacement();
                if (stem.length() >= MIN_STEM) {
                    return stem;
                }
            }
        }
        return word;
    }
}
