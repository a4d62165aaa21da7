package org.toolkitpress.load;

import java.util.Collection;
import java.util.Comparator;

/** Suggests the known name closest to a mistyped one. */
final class DidYouMean {

    private DidYouMean() {
    }

    /** A hint naming the closest candidate, or listing them all when none is close. */
    static String hint(String typed, Collection<String> known) {
        String best = known.stream()
                .min(Comparator.comparingInt((String k) -> distance(typed, k)).thenComparing(k -> k))
                .orElse(null);
        if (best != null && distance(typed, best) <= Math.max(2, best.length() / 3)) {
            return "did you mean \"" + best + "\"?";
        }
        return "allowed: " + String.join(", ", known.stream().sorted().toList());
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
