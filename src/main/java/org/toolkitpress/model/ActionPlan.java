package org.toolkitpress.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An audit's rule for the action plan the web form proposes: per scale type ({@code
 * distribution}, {@code choice}, {@code score}) the stage or option ids (or scores) that count as
 * needing action, most urgent first, and how many rows to propose. Absent parts keep the
 * defaults of {@code ToolkitAudit.proposePlan} (audit-rules.js), which keeps the same rule as
 * {@link #need} and {@link #propose}; both are held to {@code src/test/resources/rules/plan-cases.json}.
 */
public record ActionPlan(Map<String, List<String>> needsAction, Integer rows, SourcePos pos) {

    /** The rows proposed when the audit does not say. */
    public static final int DEFAULT_ROWS = 5;

    /** No rule: every default. */
    public static final ActionPlan DEFAULTS = new ActionPlan(Map.of(), null, null);

    /**
     * Whether "Propose a plan" can ever find a question in this audit: some item is answered on
     * a scale that can need action (a distribution, a choice or a score, {@link #need}); written
     * answers alone never do, so a form of write-in boxes offers a plan the school writes itself.
     */
    public static boolean canPropose(Audit audit) {
        return audit.allItems().stream().map(audit::scaleOf)
                .anyMatch(scale -> scale != null && scale.type() != Scale.Type.TEXT);
    }

    /**
     * How much an answered item needs action, 0 (it does not) to about 100, so that items of
     * different scales rank on one measure. By the audit's ids when given: a distribution, its
     * share in those stages (default: the first stage), ties to less in the final stage; a
     * choice, earlier in the list ranks higher (default: every option but the last, in order); a
     * score, lower is further (default: any score below the highest).
     */
    public double need(Progress.Item item, Progress.Answer answer) {
        if (answer.isEmpty()) {
            return 0;
        }
        List<String> given = needsAction.getOrDefault(item.type().key(), List.of());
        List<String> levels = item.levels();
        switch (item.type()) {
            case DISTRIBUTION -> {
                List<String> ids = given.isEmpty() ? List.of(levels.get(0)) : given;
                double share = 0;
                for (int i = 0; i < levels.size(); i++) {
                    if (ids.contains(levels.get(i))) {
                        share += answer.shares().get(i);
                    }
                }
                return share != 0 ? share + (100 - answer.shares().get(answer.shares().size() - 1)) / 1000.0 : 0;
            }
            case CHOICE -> {
                List<String> ids = given.isEmpty() ? levels.subList(0, Math.max(0, levels.size() - 1)) : given;
                int at = ids.indexOf(levels.get(answer.index()));
                return at < 0 ? 0 : 100.0 * (ids.size() - at) / ids.size();
            }
            case SCORE -> {
                double low = Double.parseDouble(levels.get(0));
                double high = Double.parseDouble(levels.get(levels.size() - 1));
                double score = answer.score();
                boolean listed = given.isEmpty() ? score < high
                        : given.stream().anyMatch(g -> Double.parseDouble(g) == score);
                double span = high - low == 0 ? 1 : high - low;
                return listed ? Math.max(100 * (high - score) / span, 0.001) : 0;
            }
            default -> {
                return 0;
            }
        }
    }

    /**
     * The items a plan proposes from a response's answers: those answered furthest from the goal,
     * most in need first (ties in the audit's order), at most {@code rows} (default five).
     */
    public List<String> propose(List<Progress.Item> items, Answers answers) {
        record Found(String item, double need, int order) {
        }
        List<Found> found = new ArrayList<>();
        for (Progress.Item item : items) {
            double need = need(item, Progress.answer(item, answers));
            if (need > 0) {
                found.add(new Found(item.id(), need, found.size()));
            }
        }
        found.sort(Comparator.comparingDouble(Found::need).reversed().thenComparingInt(Found::order));
        int limit = rows != null && rows > 0 ? rows : DEFAULT_ROWS;
        return found.stream().limit(limit).map(Found::item).toList();
    }
}
