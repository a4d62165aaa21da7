package org.toolkitpress.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The figures of items answered on score scales, for a section or a whole audit: the total, the
 * mean score (one decimal place) and the total as a percentage of the most the answered items
 * could score (a whole number), each rounded half up. The web form's script keeps the same rule
 * ({@code ToolkitAudit.scoreFigures} in {@code audit-rules.js}); both are held to the cases in
 * {@code src/test/resources/rules/score-cases.json}.
 */
public final class Scoring {

    private Scoring() {
    }

    /** One answered item: its score and the highest point of its scale. */
    public record Score(int score, int max) {
    }

    /** The figures as printed; every one "" when nothing was answered. */
    public record Figures(int answered, String total, String maximum, String mean, String percentage) {

        /**
         * One figure as the form prints it ("7 of 9", "2.3", "78%"), or "–" before any answer; the
         * total in the interface strings' words ({@code audit.results.total-of}, chosen by the
         * maximum). {@code ToolkitAudit.figureText} writes the live form's the same way.
         */
        public String text(String figure, Wording wording) {
            if (total.isEmpty()) {
                return "–";
            }
            return switch (figure) {
                case "total" -> wording.text("audit.results.total-of", Map.of("total", total, Wording.COUNT, Long.parseLong(maximum)));
                case "mean" -> mean;
                default -> percentage + "%";
            };
        }
    }

    public static Figures figures(List<Score> answered) {
        if (answered.isEmpty()) {
            return new Figures(0, "", "", "", "");
        }
        int total = answered.stream().mapToInt(Score::score).sum();
        int maximum = answered.stream().mapToInt(Score::max).sum();
        String mean = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(answered.size()), 1, RoundingMode.HALF_UP).toPlainString();
        String percentage = maximum <= 0 ? ""
                : BigDecimal.valueOf(total * 100L).divide(BigDecimal.valueOf(maximum), 0, RoundingMode.HALF_UP).toPlainString();
        return new Figures(answered.size(), String.valueOf(total), String.valueOf(maximum), mean, percentage);
    }
}
