package org.toolkitpress.model;

import java.util.ArrayList;
import java.util.List;

/**
 * When a question counts as answered: the rule behind "12 of 45 questions answered". The web
 * form's script keeps the same rule ({@code ToolkitAudit.answered} for an item of one scale,
 * {@code ToolkitAudit.answeredItem} for one of several parts or answered at assessment points,
 * chosen as audit-checking.js chooses); both are held to
 * {@code src/test/resources/rules/answered-cases.json} and {@code answered-item-cases.json}.
 */
public final class Answered {

    private Answered() {
    }

    /** One rating group: the value chosen ("" when none) and whether its assessment point is optional. */
    public record Rating(String value, boolean optional) {
    }

    /**
     * What an item of several parts, or one answered at assessment points, holds: one entry per
     * rating group (its own scale and its rating parts, once per point where they are per point),
     * its write-in boxes, and its ticks ("yes" or "") and dates.
     */
    public record Parts(List<Rating> ratings, List<String> texts, List<String> others) {
    }

    /**
     * An item of one scale, from its answer boxes as text in order ("" for an empty one; a
     * choice's chosen option id): a distribution by {@link Placement#complete}; any other kind
     * when something is typed.
     */
    public static boolean item(String type, List<String> texts) {
        if (Scale.Type.DISTRIBUTION.key().equals(type)) {
            return Placement.complete(texts);
        }
        return texts.stream().anyMatch(Answered::filled);
    }

    /**
     * An item of several parts: with ratings, every rating not at an optional point chosen (and
     * at least one); with none, any write-in box written in; with neither, anything filled. Ticks
     * and dates never complete a rated question.
     */
    public static boolean item(Parts item) {
        if (!item.ratings().isEmpty()) {
            return item.ratings().stream().anyMatch(r -> filled(r.value()))
                    && item.ratings().stream().allMatch(r -> r.optional() || filled(r.value()));
        }
        if (!item.texts().isEmpty()) {
            return item.texts().stream().anyMatch(Answered::filled);
        }
        return item.others().stream().anyMatch(Answered::filled);
    }

    /** Whether {@code item} is answered in a response's answer to it. */
    public static boolean item(Audit audit, Audit.Item item, ItemAnswer answers, Toolkit toolkit) {
        Scale scale = audit.scaleOf(item);
        boolean rated = scale != null && (scale.isChoice() || scale.isScore());
        if (!item.parts().isEmpty() || rated && audit.hasAssessmentPoints()) {
            return item(parts(audit, item, scale, answers));
        }
        List<String> texts = new ArrayList<>();
        for (String key : AnswerParts.of(audit, item, scale, toolkit)) {
            if (!AnswerParts.EVIDENCE.equals(key)) {
                texts.add(answers.text(key));
            }
        }
        return item(scale == null ? "" : scale.type().key(), texts);
    }

    /** How many of the audit's items {@code answers} answers. */
    public static int count(Audit audit, Answers answers, Toolkit toolkit) {
        return (int) audit.allItems().stream().filter(i -> item(audit, i, answers.of(i.id()), toolkit)).count();
    }

    /** The parts of an item as the form lays them out, with what {@code answers} holds for each. */
    static Parts parts(Audit audit, Audit.Item item, Scale scale, ItemAnswer answers) {
        List<Rating> ratings = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> others = new ArrayList<>();
        if (scale != null && (scale.isChoice() || scale.isScore())) {
            ratings.addAll(rated(audit, scale.isChoice() ? AnswerParts.CHOICE : AnswerParts.SCORE, true, answers));
        }
        for (Audit.Part part : item.parts()) {
            if (part.type() == Audit.Part.Type.RATING) {
                ratings.addAll(rated(audit, part.id(), part.perPoint(), answers));
                continue;
            }
            List<String> values = AnswerParts.atPoints(audit, part.id(), part.perPoint()).stream()
                    .map(answers::text).toList();
            (part.type() == Audit.Part.Type.TEXT ? texts : others).addAll(values);
        }
        return new Parts(ratings, texts, others);
    }

    private static List<Rating> rated(Audit audit, String part, boolean perPoint, ItemAnswer answers) {
        if (!perPoint || !audit.hasAssessmentPoints()) {
            return List.of(new Rating(answers.text(part), false));
        }
        return audit.assessmentPoints().stream()
                .map(p -> new Rating(answers.text(FieldName.keyAt(part, p.id())), p.optional())).toList();
    }

    private static boolean filled(String value) {
        return value != null && !value.strip().isEmpty();
    }
}
