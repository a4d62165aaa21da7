package org.toolkitpress.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.toolkitpress.model.AnswerParts;
import org.toolkitpress.model.AnswerValue;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.FieldName;
import org.toolkitpress.model.ItemAnswer;
import org.toolkitpress.model.PointChange;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.Scale;
import org.toolkitpress.model.Scoring;
import org.toolkitpress.model.Wording;
import org.toolkitpress.view.AuditForm.OptionField;
import org.toolkitpress.view.AuditForm.PartField;
import org.toolkitpress.view.AuditForm.PointFigures;
import org.toolkitpress.view.AuditForm.PointView;
import org.toolkitpress.view.AuditForm.RatingAt;

/**
 * The view of the shapes an item takes beyond one scale: its named parts, its ratings at each
 * assessment point, and the score figures at each point. Every field name comes from
 * {@link FieldName}, so templates never build one.
 */
final class FormParts {

    private FormParts() {
    }

    static List<PointView> points(Audit audit) {
        return audit.assessmentPoints().stream().map(p -> new PointView(p.id(), p.label(), p.optional(),
                FieldName.pointDate(audit.id(), p.id()).render())).toList();
    }

    /**
     * A choice or score answered at each point ({@code part} is {@code choice}, {@code score} or
     * a rating part's id), or once when there are no points.
     */
    static List<RatingAt> ratings(Audit audit, Audit.Item item, Scale scale, String part, List<PointView> points) {
        List<RatingAt> out = new ArrayList<>();
        if (points.isEmpty()) {
            String name = FieldName.item(audit.id(), item.id(), part).render();
            out.add(new RatingAt(null, name, options(item, scale, name)));
            return out;
        }
        for (PointView point : points) {
            String name = FieldName.item(audit.id(), item.id(), part).at(point.id()).render();
            out.add(new RatingAt(point, name, options(item, scale, name)));
        }
        return out;
    }

    /** A scale's options as radios of the group {@code name}, with the item's descriptor for each. */
    static List<OptionField> options(Audit.Item item, Scale scale, String name) {
        List<OptionField> out = new ArrayList<>();
        for (Scale.Option option : scale.options()) {
            out.add(new OptionField(option.id(), option.label(), option.meaning() == null ? "" : option.meaning(),
                    item.descriptors().getOrDefault(option.id(), ""), name + "." + option.id(),
                    option.colour() == null ? "" : option.colour()));
        }
        return out;
    }

    static List<PartField> parts(Audit audit, Audit.Item item, List<PointView> points) {
        List<PartField> out = new ArrayList<>();
        for (Audit.Part part : item.parts()) {
            if (part.type() == Audit.Part.Type.RATING) {
                Scale scale = part.scale() == null ? null : audit.scales().get(part.scale());
                List<RatingAt> ratings = scale == null ? List.of()
                        : ratings(audit, item, scale, part.id(), part.perPoint() ? points : List.of());
                out.add(new PartField(part, part.type().key(), part.label(), null, ratings));
            } else if (part.perPoint() && !points.isEmpty()) {
                // A tick, box or date kept per point: one field per point, as a rating's are.
                List<RatingAt> each = points.stream().map(p -> new RatingAt(p,
                        FieldName.item(audit.id(), item.id(), part.id()).at(p.id()).render(), List.<OptionField>of())).toList();
                out.add(new PartField(part, part.type().key(), part.label(), null, each));
            } else {
                out.add(new PartField(part, part.type().key(), part.label(),
                        FieldName.item(audit.id(), item.id(), part.id()).render(), List.of()));
            }
        }
        return out;
    }

    /** The score figures of {@code items} at each point (empty without points or without score items). */
    static List<PointFigures> pointScores(Audit audit, String owner, List<Audit.Item> items, Response response,
                                          List<PointView> points, List<String> figures) {
        List<PointFigures> out = new ArrayList<>();
        boolean any = items.stream().map(i -> audit.scaleOf(i)).anyMatch(s -> s != null && s.isScore());
        if (!any) {
            return out;
        }
        for (PointView point : points) {
            String key = FieldName.keyAt(AnswerParts.SCORE, point.id());
            List<Scoring.Score> answered = new ArrayList<>();
            for (Audit.Item item : items) {
                Scale scale = audit.scaleOf(item);
                AnswerValue v = response == null ? null : response.answers().of(item.id()).get(key);
                if (scale != null && scale.isScore() && v != null && v.number()) {
                    answered.add(new Scoring.Score(v.decimal().intValue(), scale.maxPoint()));
                }
            }
            Map<String, String> fields = new LinkedHashMap<>();
            figures.forEach(f -> fields.put(f, FieldName.figure(audit.id(), owner, f).at(point.id()).render()));
            out.add(new PointFigures(point, Scoring.figures(answered), fields));
        }
        return out;
    }

    /** The change of {@code items}' scores between assessment points ({@link PointChange#section}), or null. */
    static PointChange.Section change(Audit audit, List<Audit.Item> items, Response response, List<PointView> points) {
        List<PointChange.Scores> questions = new ArrayList<>();
        for (Audit.Item item : items) {
            Scale scale = audit.scaleOf(item);
            if (scale != null && scale.isScore()) {
                questions.add(new PointChange.Scores(scores(item, response, points), scale.maxPoint()));
            }
        }
        return points.isEmpty() ? null : PointChange.section(questions);
    }

    /** A question's first and last score at the assessment points, and the change ({@link PointChange#of}). */
    static AuditForm.ItemChange itemChange(Audit audit, Audit.Item item, Response response, List<PointView> points, Wording wording) {
        List<Integer> values = scores(item, response, points);
        PointChange.Change c = PointChange.of(values);
        if (c == null) {
            // Scored at one point only (the next still to come): that score is the first, with no last or change yet.
            int first = IntStream.range(0, values.size()).filter(i -> values.get(i) != null).findFirst().orElse(-1);
            return new AuditForm.ItemChange(first < 0 ? "\u2013" : values.get(first) + " (" + points.get(first).label() + ")", "\u2013", "\u2013");
        }
        return new AuditForm.ItemChange(values.get(c.from()) + " (" + points.get(c.from()).label() + ")",
                values.get(c.to()) + " (" + points.get(c.to()).label() + ")", PointChange.text(c.change(), 0, wording));
    }

    /** An item's score at each point, null where not answered. */
    private static List<Integer> scores(Audit.Item item, Response response, List<PointView> points) {
        ItemAnswer answer = response == null ? ItemAnswer.NONE : response.answers().of(item.id());
        List<Integer> out = new ArrayList<>();
        for (PointView point : points) {
            AnswerValue v = answer.get(FieldName.keyAt(AnswerParts.SCORE, point.id()));
            out.add(v != null && v.number() ? v.decimal().intValue() : null);
        }
        return out;
    }
}
