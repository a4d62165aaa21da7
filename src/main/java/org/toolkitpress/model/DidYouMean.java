package org.toolkitpress.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Suggests the known name closest to a mistyped one: the one rule behind every "did you mean"
 * hint, for keys (load) and for ids one data file names in another (check).
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * A hint naming the closest candidate, or listing them all when none is close. "Close" grows
     * with the word: one edit in a word of up to five letters, two up to eight, and so on, so a
     * short key is not offered for any short typo (`xy` is not "id").
     */
    public static String hint(String typed, Collection<String> known) {
        return hint(typed, known, Set.of());
    }

    /** As {@link #hint(String, Collection)}, never offering a name that is {@code taken} (a key already written). */
    public static String hint(String typed, Collection<String> known, Set<String> taken) {
        String best = known.stream().filter(k -> !taken.contains(k))
                .min(Comparator.comparingInt((String k) -> distance(typed, k)).thenComparing(k -> k))
                .orElse(null);
        if (best != null && distance(typed, best) <= limit(best)) {
            return "did you mean \"" + best + "\"?";
        }
        return "allowed: " + String.join(", ", known.stream().sorted().toList());
    }

    /**
     * The one known name close enough to {@code typed} to be its typo, or null when none is, or
     * when several are equally close ("q9" is as near "q1" as "q2": offering one would be a guess).
     */
    public static String nearest(String typed, Collection<String> known) {
        int best = known.stream().mapToInt(k -> distance(typed, k)).min().orElse(Integer.MAX_VALUE);
        List<String> closest = known.stream().filter(k -> distance(typed, k) == best).distinct().toList();
        return closest.size() == 1 && best <= limit(closest.get(0)) ? closest.get(0) : null;
    }

    /** The most edits a typo of {@code word} may have and still be offered it. */
    public static int limit(String word) {
        return Math.max(1, word.length() / 3);
    }

    /**
     * Edits between two names, ignoring case: inserting, deleting or changing a letter, or
     * swapping two next to each other ("titel" is one edit from "title").
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = same(a, i - 1, b, j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && same(a, i - 1, b, j - 2) && same(a, i - 2, b, j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static boolean same(String a, int i, String b, int j) {
        return Character.toLowerCase(a.charAt(i)) == Character.toLowerCase(b.charAt(j));
    }
}
