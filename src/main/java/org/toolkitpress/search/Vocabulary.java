package org.toolkitpress.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads texts into terms with {@link Words}' rule, remembering the term of every word it has met,
 * so a word that recurs (most of them: a toolkit of 1,000 pages has a few thousand distinct words)
 * is folded and stemmed once, and a word it knows costs no new string. Terms are numbered in the
 * order this vocabulary first met them. Not safe to share between threads: give each its own.
 */
final class Vocabulary {

    private static final int EMPTY = -1;

    private final Words words;
    /** The terms, by number. */
    private final List<String> terms = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();

    /** Open addressing: slot → word number, or {@link #EMPTY}. */
    private int[] slots = new int[1024];
    /** Per word number: where its characters start in {@link #letters}, their count, its hash, its term (-1: none). */
    private int[] starts = new int[512];
    private int[] lengths = new int[512];
    private int[] hashes = new int[512];
    private int[] termOf = new int[512];
    private int wordCount;
    private char[] letters = new char[8192];
    private int lettersUsed;

    /** The text being read, as characters (String.charAt checks its index on every call). */
    private char[] text = new char[1024];
    /** The terms of the last text read, by number. */
    private int[] found = new int[256];

    Vocabulary(Words words) {
        this.words = words;
        Arrays.fill(slots, EMPTY);
    }

    /** Term number {@code n} as spelled. */
    String term(int n) {
        return terms.get(n);
    }

    /** How many distinct terms have been met. */
    int size() {
        return terms.size();
    }

    /** The terms met so far, by number. */
    List<String> terms() {
        return terms;
    }

    /**
     * Reads {@code source}: afterwards {@link #found(int)} gives its terms' numbers, in order,
     * repeats kept. Returns how many there are.
     */
    int read(String source) {
        if (source == null) {
            return 0;
        }
        int length = source.length();
        if (text.length < length) {
            text = new char[Math.max(length, text.length * 2)];
        }
        source.getChars(0, length, text, 0);
        char[] chars = text;
        int count = 0;
        int start = -1;
        for (int i = 0; i <= length; ) {
            int c;
            if (i < length) {
                char unit = chars[i];
                // Only a surrogate can start a character of two units.
                c = Character.isSurrogate(unit) ? Character.codePointAt(chars, i, length) : unit;
            } else {
                c = ' ';
            }
            if (Words.inWord(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                int w = word(chars, start, i);
                // Read after word(), which may have grown the array.
                int term = termOf[w];
                if (term >= 0) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = term;
                }
                start = -1;
            }
            i += i < length ? Character.charCount(c) : 1;
        }
        return count;
    }

    /** The number of the {@code k}th term of the last text read. */
    int found(int k) {
        return found[k];
    }

    /** The number of the word {@code chars[from, to)}, met now for the first time or before. */
    private int word(char[] chars, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = slots.length - 1;
        int slot = mix(hash) & mask;
        int length = to - from;
        while (true) {
            int w = slots[slot];
            if (w == EMPTY) {
                break;
            }
            if (hashes[w] == hash && lengths[w] == length
                    && Arrays.equals(letters, starts[w], starts[w] + length, chars, from, to)) {
                return w;
            }
            slot = (slot + 1) & mask;
        }
        int w = add(chars, from, to, hash);
        slots[slot] = w;
        if (2 * wordCount > slots.length) {
            rehash();
        }
        return w;
    }

    /** A new word: its term by the rule, its characters kept to recognise it. */
    private int add(char[] chars, int from, int to, int hash) {
        int length = to - from;
        if (wordCount == starts.length) {
            int grown = wordCount * 2;
            starts = Arrays.copyOf(starts, grown);
            lengths = Arrays.copyOf(lengths, grown);
            hashes = Arrays.copyOf(hashes, grown);
            termOf = Arrays.copyOf(termOf, grown);
        }
        if (lettersUsed + length > letters.length) {
            letters = Arrays.copyOf(letters, Math.max(letters.length * 2, lettersUsed + length));
        }
        System.arraycopy(chars, from, letters, lettersUsed, length);
        String term = words.term(new String(chars, from, length));
        int w = wordCount++;
        starts[w] = lettersUsed;
        lengths[w] = length;
        hashes[w] = hash;
        termOf[w] = term == null ? -1 : numbers.computeIfAbsent(term, t -> {
            terms.add(t);
            return terms.size() - 1;
        });
        lettersUsed += length;
        return w;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        Arrays.fill(slots, EMPTY);
        int mask = slots.length - 1;
        for (int w = 0; w < wordCount; w++) {
            int slot = mix(hashes[w]) & mask;
            while (slots[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = w;
        }
    }

    /** Spreads a string hash's bits over the table's low bits (as HashMap does). */
    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }
}
