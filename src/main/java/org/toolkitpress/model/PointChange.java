package org.toolkitpress.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The change between assessment points: of one figure from the first point answered to the
 * last, how a change is printed ("+2", "−0.5", "No change", in the interface strings' words), and a section's change in its
 * score figures over the questions answered at both of those points only. The web form's script
 * keeps the same rules ({@code ToolkitAudit.pointChange}, {@code changeText},
 * {@code sectionChange} in audit-rules.js); both are held to
 * {@code src/test/resources/rules/point-change-cases.json}, and the filled view prints what this
 * class gives.
 */
public final class PointChange {

    private PointChange() {
    }

    /** The indexes of the first and last answered points, and the change between them (one decimal place). */
    public record Change(int from, int to, double change) {
    }

    /** The change in a list of figures in point order (null where a point is not answered); null with fewer than two. */
    public static Change of(List<? extends Number> values) {
        List<Integer> answered = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                answered.add(i);
            }
        }
        if (answered.size() < 2) {
            return null;
        }
        int from = answered.get(0);
        int to = answered.get(answered.size() - 1);
        // Math.round, as the script's Math.round: halves go up, so both sides print the same.
        return new Change(from, to, Math.round((values.get(to).doubleValue() - values.get(from).doubleValue()) * 10) / 10.0);
    }

    /**
     * A change as the page prints it: "+5", "−0.5" (a true minus sign), or no change in the
     * interface strings' words ({@code audit.results.no-change}); {@code decimals} places.
     */
    public static String text(double change, int decimals, Wording wording) {
        if (change == 0) {
            return wording.text("audit.results.no-change");
        }
        String number = BigDecimal.valueOf(Math.abs(change)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return (change > 0 ? "+" : "\u2212") + number;
    }

    /** How many decimal places a figure's change is printed with: a mean's one, a total's and a percentage's none. */
    public static int decimals(String figure) {
        return "mean".equals(figure) ? 1 : 0;
    }

    /** One scored question: its score at each point (null where not answered) and the highest point of its scale. */
    public record Scores(List<Integer> values, int max) {
    }

    /**
     * A section's change: the first and last points at which any of its questions is answered,
     * how many questions were answered at both ({@code items}) of how many ({@code of}), their
     * figures at each of the two points, and the change in each figure between them.
     */
    public record Section(int from, int to, int items, int of, Scoring.Figures before, Scoring.Figures after,
                          Map<String, Double> change) {

        /** The change in a figure as printed ("+4", "−1.0", "No change"). */
        public String text(String figure, Wording wording) {
            Double c = change.get(figure);
            return c == null ? "\u2013" : PointChange.text(c, decimals(figure), wording);
        }
    }

    /**
     * A section's change over the questions answered at both its first and its last answered
     * point: comparing figures over whichever questions were answered at each point would count a
     * question added at the last point as progress. Null with fewer than two points answered, or
     * when no question was answered at both.
     */
    public static Section section(List<Scores> questions) {
        int points = questions.isEmpty() ? 0 : questions.get(0).values().size();
        List<Integer> answered = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            int point = p;
            if (questions.stream().anyMatch(q -> q.values().get(point) != null)) {
                answered.add(p);
            }
        }
        if (answered.size() < 2) {
            return null;
        }
        int from = answered.get(0);
        int to = answered.get(answered.size() - 1);
        List<Scoring.Score> before = new ArrayList<>();
        List<Scoring.Score> after = new ArrayList<>();
        for (Scores q : questions) {
            if (q.values().get(from) != null && q.values().get(to) != null) {
                before.add(new Scoring.Score(q.values().get(from), q.max()));
                after.add(new Scoring.Score(q.values().get(to), q.max()));
            }
        }
        if (before.isEmpty()) {
            return null;
        }
        Scoring.Figures first = Scoring.figures(before);
        Scoring.Figures last = Scoring.figures(after);
        Map<String, Double> change = new LinkedHashMap<>();
        for (String figure : Audit.SCORE_FIGURES) {
            Change c = of(Arrays.asList(number(value(first, figure)), number(value(last, figure))));
            if (c != null) {
                change.put(figure, c.change());
            }
        }
        return new Section(from, to, before.size(), questions.size(), first, last, Map.copyOf(change));
    }

    private static String value(Scoring.Figures figures, String figure) {
        return switch (figure) {
            case "total" -> figures.total();
            case "mean" -> figures.mean();
            default -> figures.percentage();
        };
    }

    private static Double number(String figure) {
        return figure == null || figure.isEmpty() ? null : Double.valueOf(figure);
    }
}
