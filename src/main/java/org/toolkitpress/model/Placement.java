package org.toolkitpress.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a section of a distribution audit sits on its continuum. The web form's script keeps
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
     * The stage (1 = first) nearest the average stage number weighted by the shares, rounded
     * half up; 0 when nothing was answered (every share null or zero).
     */
    public static int stage(List<BigDecimal> shares) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal all = BigDecimal.ZERO;
        for (int i = 0; i < shares.size(); i++) {
            if (shares.get(i) != null) {
                weighted = weighted.add(shares.get(i).multiply(BigDecimal.valueOf(i + 1L)));
                all = all.add(shares.get(i));
            }
        }
        if (all.signum() == 0) {
            return 0;
        }
        int stage = weighted.divide(all, 0, RoundingMode.HALF_UP).intValue();
        return Math.max(1, Math.min(shares.size(), stage));
    }
}
