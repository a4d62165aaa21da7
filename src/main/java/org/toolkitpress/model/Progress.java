package org.toolkitpress.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How far along an answered item is, 0 (all at the first stage, the first option, the lowest
 * score) to 100 (the final stage, the last option, the highest score), and the mean over a
 * section's answered items. The action plan's need ({@link ActionPlan#need}), the comparison of
 * two returns and the local authority's report read answers through here. The web form's script
 * keeps the same rule ({@code ToolkitAudit.itemAnswer}, {@code progress} and {@code compare} in
 * audit-rules.js); both are held to {@code src/test/resources/rules/compare-cases.json}.
 */
public final class Progress {

    private Progress() {
    }

    /**
     * An item as the plan and the comparison read it: its scale type and its levels — a
     * distribution's stage ids (first to final), a choice's option ids (in the audit's order) or
     * a score's possible values (lowest first).
     */
    public record Item(String id, String label, Scale.Type type, List<String> levels) {
    }

    /**
     * An answer as its scale reads it: a distribution's share per level (only when they total
     * 100), a choice's option index, a score's number; {@link #isEmpty()} otherwise.
     */
    public record Answer(List<Integer> shares, Integer index, Double score) {
        static final Answer NONE = new Answer(null, null, null);

        public boolean isEmpty() {
            return shares == null && index == null && score == null;
        }
    }

    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}");
    private static final Pattern NUMBER = Pattern.compile("\\s*-?(\\d+(\\.\\d*)?|\\.\\d+)\\s*");

    /** An item's answer in a response's answers. */
    public static Answer answer(Item item, Answers answers) {
        if (answers == null || !answers.has(item.id()) || item.type() == null) {
            return Answer.NONE;
        }
        ItemAnswer parts = answers.of(item.id());
        switch (item.type()) {
            case DISTRIBUTION -> {
                List<Integer> shares = new ArrayList<>();
                int total = 0;
                for (String level : item.levels()) {
                    String text = parts.text(level).strip();
                    int n = PERCENT.matcher(text).matches() ? Integer.parseInt(text) : 0;
                    shares.add(n);
                    total += n;
                }
                return total == 100 ? new Answer(List.copyOf(shares), null, null) : Answer.NONE;
            }
            case CHOICE -> {
                int i = parts.get(AnswerParts.CHOICE) == null ? -1 : item.levels().indexOf(parts.text(AnswerParts.CHOICE));
                return i < 0 ? Answer.NONE : new Answer(null, i, null);
            }
            case SCORE -> {
                String text = parts.text(AnswerParts.SCORE);
                return NUMBER.matcher(text).matches() ? new Answer(null, null, Double.parseDouble(text.strip())) : Answer.NONE;
            }
            default -> {
                return Answer.NONE;
            }
        }
    }

    /** The answer's progress, 0 to 100, rounded half up; null when not answered. */
    public static Integer of(Item item, Answer answer) {
        if (answer.isEmpty()) {
            return null;
        }
        int last = item.levels().size() - 1;
        return switch (item.type()) {
            case DISTRIBUTION -> {
                double sum = 0;
                for (int i = 0; i < answer.shares().size(); i++) {
                    sum += answer.shares().get(i) * i;
                }
                yield last > 0 ? (int) Math.round(sum / last) : 100;
            }
            case CHOICE -> last > 0 ? (int) Math.round(100.0 * answer.index() / last) : 100;
            default -> {
                double low = Double.parseDouble(item.levels().get(0));
                double high = Double.parseDouble(item.levels().get(last));
                yield high > low ? (int) Math.round(100 * (answer.score() - low) / (high - low)) : 100;
            }
        };
    }

    /** The mean progress over the items answered (rounded half up), or null when none is. */
    public static Integer mean(List<Integer> progress) {
        List<Integer> got = progress.stream().filter(p -> p != null).toList();
        if (got.isEmpty()) {
            return null;
        }
        double sum = got.stream().mapToInt(Integer::intValue).sum();
        return (int) Math.round(sum / got.size());
    }

    /** {@code later − earlier}, or null when either is missing. */
    public static Integer change(Integer earlier, Integer later) {
        return earlier == null || later == null ? null : later - earlier;
    }

    /** The items of an audit that have levels (distribution, choice or score), in the audit's order, per section. */
    public static List<Item> items(Audit.Section section, Audit audit, Toolkit toolkit) {
        List<Item> out = new ArrayList<>();
        for (Audit.Item item : section.allItems()) {
            Scale scale = audit.scales().get(item.scale());
            List<String> levels = levels(scale, toolkit);
            if (!levels.isEmpty()) {
                out.add(new Item(item.id(), item.text(), scale.type(), levels));
            }
        }
        return out;
    }

    /** A scale's levels as {@link Item} keeps them; empty for text and unknown scales. */
    public static List<String> levels(Scale scale, Toolkit toolkit) {
        if (scale == null) {
            return List.of();
        }
        return switch (scale.type()) {
            case DISTRIBUTION -> {
                Continuum continuum = scale.continuum() == null ? null : toolkit.continua().get(scale.continuum());
                yield continuum == null ? List.of() : continuum.stages().stream().map(Continuum.Stage::id).toList();
            }
            case CHOICE, SCORE -> scale.options().stream().map(Scale.Option::id).toList();
            case TEXT -> List.of();
        };
    }
}
