package org.toolkitpress.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a section of a distribution audit sits on its continuum, and which of its items count. The web form's script keeps
 * the same rule ({@code ToolkitAudit.shares} and {@code ToolkitAudit.placement} in
 * {@code audit-rules.js}); both are held to the cases in
 * {@code src/test/resources/rules/placement-cases.json}.
 */
public final class Placement {

    private Placement() {
    }

    /**
     * The source audits' "Totals" row: for each stage, the average percentage over the answered
     * items, rounded half up to a whole number (so the row itself spreads about 100% across the
     * stages). Each answered item gives one percentage per stage (zero where a box is empty).
     * Null for every stage when nothing was answered.
     */
    public static List<BigDecimal> shares(List<List<BigDecimal>> answered, int stages) {
        List<BigDecimal> out = new ArrayList<>();
        for (int stage = 0; stage < stages; stage++) {
            if (answered.isEmpty()) {
                out.add(null);
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (List<BigDecimal> item : answered) {
                sum = sum.add(item.get(stage));
            }
            out.add(sum.divide(BigDecimal.valueOf(answered.size()), 0, RoundingMode.HALF_UP));
        }
        return out;
    }

    /**
     * The stage (1 = first) where the largest share falls; on a tie the earlier stage (the more
     * cautious reading); 0 when nothing was answered (every share null or zero). Stated on the
     * page as "the stage where the largest share of the percentages falls".
     */
    public static int stage(List<BigDecimal> shares) {
        int best = 0;
        for (int i = 0; i < shares.size(); i++) {
            BigDecimal share = shares.get(i);
            if (share != null && share.signum() > 0 && (best == 0 || share.compareTo(shares.get(best - 1)) > 0)) {
                best = i + 1;
            }
        }
        return best;
    }

    /**
     * Whether a distribution item is completely answered, from its boxes as text in stage order
     * ("" for an empty box): every box empty or a whole number 0-100, together exactly 100. Only
     * such items count towards a section's shares. The web form keeps the same rule
     * ({@code ToolkitAudit.answeredRules.distribution}); both are held to
     * {@code src/test/resources/rules/answered-cases.json}.
     */
    public static boolean complete(List<String> boxes) {
        int total = 0;
        for (String box : boxes) {
            String text = box.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!WHOLE_PERCENT.matcher(text).matches() || Integer.parseInt(text) > 100) {
                return false;
            }
            total += Integer.parseInt(text);
        }
        return total == 100;
    }

    private static final Pattern WHOLE_PERCENT = Pattern.compile("\\d{1,3}");
}
