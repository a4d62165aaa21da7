package org.toolkitpress.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

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
    /** Entries whose words are counted at once. */
    private static final int BATCH = 256;

    private Postings() {
    }

    /** One entry's terms as numbers into the build's dictionary, with their counts in the text and title. */
    private record Counted(int[] terms, int[] inText, boolean[] inTitle, int length) {
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
        // Each entry's words are counted on every core, a batch at a time (a map per entry for
        // every entry at once is what the arrays avoid); terms are numbered after, in entry order.
        for (int from = 0; from < n; from += BATCH) {
            for (Map<String, int[]> here : entries.subList(from, Math.min(n, from + BATCH)).parallelStream()
                    .map(e -> count(e, words)).toList()) {
                int length = here.values().stream().mapToInt(c -> c[0]).sum();
                int[] terms = new int[here.size()];
                int[] inText = new int[here.size()];
                boolean[] inTitle = new boolean[here.size()];
                int k = 0;
                for (Map.Entry<String, int[]> c : here.entrySet()) {
                    terms[k] = number(c.getKey(), dictionary, spelled);
                    inText[k] = c.getValue()[0];
                    inTitle[k] = c.getValue()[1] == 1;
                    if (df.length <= terms[k]) {
                        df = java.util.Arrays.copyOf(df, Math.max(df.length * 2, terms[k] + 1));
                    }
                    df[terms[k]]++;
                    k++;
                }
                counted.add(new Counted(terms, inText, inTitle, length));
                total += length;
            }
        }
        double average = n == 0 ? 1 : Math.max(1.0, (double) total / n);
        int[][] lists = new int[spelled.size()][];
        int[] filled = new int[spelled.size()];
        for (int i = 0; i < n; i++) {
            Counted c = counted.get(i);
            for (int k = 0; k < c.terms().length; k++) {
                int term = c.terms()[k];
                int docs = df[term];
                double idf = StrictMath.log(1 + (n - docs + 0.5) / (docs + 0.5));
                int tf = c.inText()[k];
                double text = tf == 0 ? 0 : tf * (K1 + 1) / (tf + K1 * (1 - B + B * c.length() / average));
                double score = idf * ((c.inTitle()[k] ? TITLE_WEIGHT : 0) + text);
                // Entries are visited in order, so each list is in entry order.
                if (lists[term] == null) {
                    lists[term] = new int[2 * docs];
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
     * An entry's terms, in the order they first appear (text, then title), each with
     * {count in the text, 1 when in the title}.
     */
    private static Map<String, int[]> count(Entry e, Words words) {
        Map<String, int[]> here = new LinkedHashMap<>();
        for (String t : words.terms(e.text())) {
            here.computeIfAbsent(t, k -> new int[2])[0]++;
        }
        for (String t : words.terms(e.title())) {
            here.computeIfAbsent(t, k -> new int[2])[1] = 1;
        }
        return here;
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
