package org.toolkitpress.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The inverted index: for each term, the entries that hold it (by number, in order) with an
 * impact — how much the term counts for that entry, worked out here once so the browser only
 * adds impacts up. The impact is BM25 (k1 1.2, b 0.75) over the text plus a fixed
 * {@link #TITLE_WEIGHT} when the title holds the term: larger than any text score can be, so
 * an entry whose title or heading holds a word always ranks above one that only mentions it.
 */
final class Postings {

    static final double K1 = 1.2;
    static final double B = 0.75;
    static final double TITLE_WEIGHT = 3.0;
    /** Impacts are whole numbers: the score times this. */
    static final double SCALE = 10.0;
    /**
     * Entries read with one {@link Vocabulary}, a part on a core at a time: small enough that a
     * site of a few hundred entries or more is counted on every core, large enough that most
     * words are met again in their part.
     */
    private static final int PART = 256;

    private Postings() {
    }

    /**
     * One entry's terms as numbers (into its part's vocabulary, then the build's dictionary),
     * with their counts in the text and whether the title holds them; {@code length} counts the
     * text's terms.
     */
    private record Counted(int[] terms, int[] inText, boolean[] inTitle, int length) {
    }

    /** The entries of one part, counted, and the terms their numbers stand for. */
    private record Part(List<Counted> counted, List<String> terms) {
    }

    /** Term → [entry, impact, entry, impact, …] in entry order; entries are numbered in reading order. */
    static SortedMap<String, int[]> of(List<Entry> entries, Words words) {
        int n = entries.size();
        // Terms are numbered and each entry keeps plain arrays: at 5,000 pages a map per entry
        // would hold millions of small objects at once.
        Map<String, Integer> dictionary = new HashMap<>();
        List<String> spelled = new ArrayList<>();
        List<Counted> counted = new ArrayList<>(n);
        int[] df = new int[16];
        long total = 0;
        List<Part> parts = IntStream.range(0, (n + PART - 1) / PART).parallel()
                .mapToObj(p -> count(entries.subList(p * PART, Math.min(n, (p + 1) * PART)), words))
                .toList();
        for (Part part : parts) {
            // The part's term numbers become the build's, numbered in entry order.
            int[] global = new int[part.terms().size()];
            for (int t = 0; t < global.length; t++) {
                global[t] = number(part.terms().get(t), dictionary, spelled);
            }
            if (df.length < spelled.size()) {
                df = Arrays.copyOf(df, Math.max(df.length * 2, spelled.size()));
            }
            for (Counted c : part.counted()) {
                int[] terms = c.terms();
                for (int k = 0; k < terms.length; k++) {
                    terms[k] = global[terms[k]];
                    df[terms[k]]++;
                }
                counted.add(c);
                total += c.length();
            }
        }
        double average = n == 0 ? 1 : Math.max(1.0, (double) total / n);
        double[] idf = new double[spelled.size()];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = StrictMath.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5));
        }
        int[][] lists = new int[spelled.size()][];
        int[] filled = new int[spelled.size()];
        for (int i = 0; i < n; i++) {
            Counted c = counted.get(i);
            // BM25's length norm is the entry's; computed once, in the same order of operations.
            double norm = K1 * (1 - B + B * c.length() / average);
            for (int k = 0; k < c.terms().length; k++) {
                int term = c.terms()[k];
                int tf = c.inText()[k];
                double text = tf == 0 ? 0 : tf * (K1 + 1) / (tf + norm);
                double score = idf[term] * ((c.inTitle()[k] ? TITLE_WEIGHT : 0) + text);
                // Entries are visited in order, so each list is in entry order.
                if (lists[term] == null) {
                    lists[term] = new int[2 * df[term]];
                }
                lists[term][filled[term]++] = i;
                lists[term][filled[term]++] = (int) Math.max(1, StrictMath.round(score * SCALE));
            }
        }
        SortedMap<String, int[]> out = new TreeMap<>();
        for (int t = 0; t < lists.length; t++) {
            out.put(spelled.get(t), lists[t]);
        }
        return out;
    }

    /**
     * Each entry's terms, in the order they first appear (text, then title), with their count in
     * the text and whether the title holds them; one vocabulary for the part, so a word is folded
     * once, and counts in arrays by term number, reset after each entry.
     */
    private static Part count(List<Entry> entries, Words words) {
        Vocabulary vocabulary = new Vocabulary(words);
        List<Counted> out = new ArrayList<>(entries.size());
        int[] inText = new int[256];
        boolean[] inTitle = new boolean[256];
        int[] order = new int[256];
        for (Entry e : entries) {
            int distinct = 0;
            int length = vocabulary.read(e.text());
            if (inText.length < vocabulary.size()) {
                inText = Arrays.copyOf(inText, Math.max(inText.length * 2, vocabulary.size()));
            }
            for (int k = 0; k < length; k++) {
                int t = vocabulary.found(k);
                if (inText[t]++ == 0) {
                    order = add(order, distinct++, t);
                }
            }
            int titled = vocabulary.read(e.title());
            if (inText.length < vocabulary.size()) {
                inText = Arrays.copyOf(inText, Math.max(inText.length * 2, vocabulary.size()));
            }
            if (inTitle.length < inText.length) {
                inTitle = Arrays.copyOf(inTitle, inText.length);
            }
            for (int k = 0; k < titled; k++) {
                int t = vocabulary.found(k);
                if (inText[t] == 0 && !inTitle[t]) {
                    order = add(order, distinct++, t);
                }
                inTitle[t] = true;
            }
            int[] terms = Arrays.copyOf(order, distinct);
            int[] counts = new int[distinct];
            boolean[] titles = new boolean[distinct];
            for (int k = 0; k < distinct; k++) {
                counts[k] = inText[terms[k]];
                titles[k] = inTitle[terms[k]];
                inText[terms[k]] = 0;
                inTitle[terms[k]] = false;
            }
            out.add(new Counted(terms, counts, titles, length));
        }
        return new Part(out, List.copyOf(vocabulary.terms()));
    }

    private static int[] add(int[] list, int at, int value) {
        int[] out = at < list.length ? list : Arrays.copyOf(list, list.length * 2);
        out[at] = value;
        return out;
    }

    private static int number(String term, Map<String, Integer> dictionary, List<String> spelled) {
        Integer known = dictionary.get(term);
        if (known != null) {
            return known;
        }
        dictionary.put(term, spelled.size());
        spelled.add(term);
        return spelled.size() - 1;
    }
}
