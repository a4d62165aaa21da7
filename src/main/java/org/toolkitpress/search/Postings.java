package org.toolkitpress.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private Postings() {
    }

    /** Term → [entry, impact, entry, impact, …] in entry order; entries are numbered in reading order. */
    static SortedMap<String, int[]> of(List<Entry> entries, Words words) {
        int n = entries.size();
        List<Set<String>> titles = new ArrayList<>(n);
        List<Map<String, Integer>> counts = new ArrayList<>(n);
        int[] lengths = new int[n];
        Map<String, Integer> df = new HashMap<>();
        long total = 0;
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            Set<String> title = new HashSet<>(words.terms(e.title()));
            Map<String, Integer> tf = new HashMap<>();
            List<String> body = words.terms(e.text());
            body.forEach(t -> tf.merge(t, 1, Integer::sum));
            titles.add(title);
            counts.add(tf);
            lengths[i] = body.size();
            total += body.size();
            Set<String> all = new HashSet<>(title);
            all.addAll(tf.keySet());
            all.forEach(t -> df.merge(t, 1, Integer::sum));
        }
        double average = n == 0 ? 1 : Math.max(1.0, (double) total / n);
        SortedMap<String, List<Integer>> lists = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Set<String> all = new java.util.TreeSet<>(titles.get(i));
            all.addAll(counts.get(i).keySet());
            for (String term : all) {
                int docs = df.get(term);
                double idf = StrictMath.log(1 + (n - docs + 0.5) / (docs + 0.5));
                int tf = counts.get(i).getOrDefault(term, 0);
                double text = tf == 0 ? 0 : tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[i] / average));
                double score = idf * ((titles.get(i).contains(term) ? TITLE_WEIGHT : 0) + text);
                List<Integer> list = lists.computeIfAbsent(term, t -> new ArrayList<>());
                list.add(i);
                list.add((int) Math.max(1, StrictMath.round(score * SCALE)));
            }
        }
        SortedMap<String, int[]> out = new TreeMap<>();
        lists.forEach((term, list) -> out.put(term, list.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }
}
