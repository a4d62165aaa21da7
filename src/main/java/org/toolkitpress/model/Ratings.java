package org.toolkitpress.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rating of an audit, whatever its shape, as one {@link Progress.Item} each: an item's main
 * scale (choice, score or distribution) and each of its rating parts. A rating answered at
 * assessment points is read at one point at a time: {@link #at} gives a response's answers at the
 * first or the latest point each rating was answered at, or at one named point, in the plain shape the plan, the
 * comparison and the report read ({@code item → choice|score|stage → value}), keyed by
 * {@link Rating#key()}. Tick boxes, write-in boxes and dates are not ratings: {@link #others} lists
 * them and the evidence boxes, to be counted, never quoted (they may name pupils).
 */
public final class Ratings {

    private Ratings() {
    }

    /**
     * One rating: the item it belongs to, the part it is ({@code null} for the item's main scale),
     * its scale, and the item the rules read ({@code item.id()} is {@link #key()}).
     */
    public record Rating(Audit.Item owner, Audit.Part part, Scale scale, Progress.Item item) {

        /** The id the report reads the rating under: the item's id, or {@code item/part} for a rating part. */
        public String key() {
            return item.id();
        }
    }

    /**
     * A part that is counted, not rated: a tick box, a write-in box, a date, a main scale of free
     * text, or an evidence box. {@code owner} is the id its answer is kept under: its item's, or for
     * evidence kept per group or section, the group's or section's; {@code item} is the item (null
     * for a group's or section's evidence, which belongs to no question and has no number).
     */
    public record Other(String owner, Audit.Item item, String part, String label, String type) {
    }

    /** Which point a rating answered at several is read at. */
    public enum When { FIRST, LATEST }

    /** The ratings of a section, in the order the form asks them. */
    public static List<Rating> of(Audit.Section section, Audit audit, Toolkit toolkit) {
        List<Rating> out = new ArrayList<>();
        for (Audit.Item item : section.allItems()) {
            Scale main = audit.scaleOf(item);
            List<String> levels = Progress.levels(main, toolkit);
            if (!levels.isEmpty()) {
                out.add(new Rating(item, null, main, new Progress.Item(item.id(), item.text(), main.type(), levels)));
            }
            for (Audit.Part part : item.parts()) {
                Scale scale = part.type() == Audit.Part.Type.RATING ? audit.scales().get(part.scale()) : null;
                List<String> partLevels = Progress.levels(scale, toolkit);
                if (!partLevels.isEmpty() && !scale.isDistribution()) {
                    out.add(new Rating(item, part, scale, new Progress.Item(item.id() + "/" + part.id(),
                            item.text() + " \u2013 " + part.label(), scale.type(), partLevels)));
                }
            }
        }
        return out;
    }

    /** Every rating of the audit. */
    public static List<Rating> of(Audit audit, Toolkit toolkit) {
        List<Rating> out = new ArrayList<>();
        audit.sections().forEach(s -> out.addAll(of(s, audit, toolkit)));
        return out;
    }

    /**
     * The parts of a section that are counted, not rated, in the form's order: each item's written,
     * ticked and dated parts and its evidence box (evidence per item), a group's evidence after its
     * items, the section's last. Evidence is written text like any write-in box: counted so the
     * report says how many schools gave it, never quoted.
     */
    public static List<Other> others(Audit.Section section, Audit audit) {
        List<Other> out = new ArrayList<>();
        String per = audit.evidence() == null ? "" : audit.evidence().per();
        String text = Audit.Part.Type.TEXT.key();
        section.items().forEach(item -> others(item, audit, out));
        for (Audit.Group group : section.groups()) {
            group.items().forEach(item -> others(item, audit, out));
            if ("group".equals(per)) {
                out.add(new Other(group.id(), null, AnswerParts.EVIDENCE, group.title() + " \u2013 " + audit.evidence().label(), text));
            }
        }
        if ("section".equals(per)) {
            out.add(new Other(section.id(), null, AnswerParts.EVIDENCE, audit.evidence().label(), text));
        }
        return out;
    }

    private static void others(Audit.Item item, Audit audit, List<Other> out) {
        Scale main = audit.scaleOf(item);
        if (main != null && main.isText()) {
            out.add(new Other(item.id(), item, AnswerParts.TEXT, item.text(), Audit.Part.Type.TEXT.key()));
        }
        for (Audit.Part part : item.parts()) {
            if (part.type() != Audit.Part.Type.RATING) {
                out.add(new Other(item.id(), item, part.id(), item.text() + " \u2013 " + part.label(), part.type().key()));
            }
        }
        if (audit.evidence() != null && "item".equals(audit.evidence().per())) {
            out.add(new Other(item.id(), item, AnswerParts.EVIDENCE, item.text() + " \u2013 " + audit.evidence().label(),
                    Audit.Part.Type.TEXT.key()));
        }
    }

    /** Whether a response holds anything for a counted part (at any point). */
    public static boolean given(Other other, Answers answers) {
        return answers.of(other.owner()).parts().entrySet().stream()
                .anyMatch(e -> (e.getKey().equals(other.part()) || e.getKey().startsWith(other.part() + "@")) && !e.getValue().isBlank());
    }

    /**
     * A response's answers to {@code ratings} in the plain shape, each rating read at the first or
     * the latest assessment point it was answered at (or as it is, in an audit without points).
     */
    public static Answers at(List<Rating> ratings, Audit audit, Answers answers, When when) {
        return read(ratings, audit, answers, keys -> {
            List<String> ordered = new ArrayList<>(keys);
            if (when == When.LATEST) {
                Collections.reverse(ordered);
            }
            return ordered;
        });
    }

    /**
     * A response's answers to {@code ratings} at one assessment point only, in the plain shape: a
     * rating answered per point is read at {@code point} (and is unanswered when the school did not
     * rate it there); a rating answered once, and a distribution, as it is. The report's heat maps
     * at a chosen point read this; audit-report.js reads the same (ToolkitReport.at with a point).
     */
    public static Answers at(List<Rating> ratings, Audit audit, Answers answers, String point) {
        String suffix = FieldName.keyAt("", point);
        return read(ratings, audit, answers, keys -> keys.size() == 1 ? keys : keys.stream().filter(k -> k.endsWith(suffix)).toList());
    }

    /** Each rating's first answer, in the plain shape, among the keys {@code order} gives (a rating's keys by point, in point order). */
    private static Answers read(List<Rating> ratings, Audit audit, Answers answers,
                                java.util.function.UnaryOperator<List<String>> order) {
        Map<String, ItemAnswer> out = new LinkedHashMap<>();
        for (Rating rating : ratings) {
            if (!answers.has(rating.owner().id())) {
                continue;
            }
            ItemAnswer given = answers.of(rating.owner().id());
            String base = rating.part() != null ? rating.part().id()
                    : rating.scale().isChoice() ? AnswerParts.CHOICE : rating.scale().isScore() ? AnswerParts.SCORE : null;
            if (base == null) {
                // A distribution's stage boxes are answered once, under the stage ids.
                out.put(rating.key(), given);
                continue;
            }
            boolean perPoint = rating.part() == null || rating.part().perPoint();
            for (String key : order.apply(AnswerParts.atPoints(audit, base, perPoint))) {
                AnswerValue value = given.get(key);
                if (value == null) {
                    continue;
                }
                Progress.Item plain = rating.item();
                String canonical = plain.type() == Scale.Type.CHOICE ? AnswerParts.CHOICE : AnswerParts.SCORE;
                ItemAnswer read = new ItemAnswer(Map.of(canonical, value));
                if (!Progress.answer(plain, new Answers(Map.of(plain.id(), read))).isEmpty()) {
                    out.put(rating.key(), read);
                    break;
                }
            }
        }
        return new Answers(out);
    }

    /** A scale's levels as a reader names them: stage labels, option labels, or score points with their labels ("0 Not in place"). */
    public static List<String> labels(Scale scale, Toolkit toolkit) {
        if (scale.isDistribution()) {
            return toolkit.continua().get(scale.continuum()).stages().stream().map(Continuum.Stage::label).toList();
        }
        return scale.options().stream()
                .map(o -> scale.isScore() && o.meaning() != null && !o.meaning().isBlank() ? o.label() + " " + o.meaning() : o.label())
                .toList();
    }
}
