package org.toolkitpress.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.AnswerParts;
import org.toolkitpress.model.AnswerValue;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.FieldName;
import org.toolkitpress.model.ItemAnswer;
import org.toolkitpress.model.Placement;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.Scale;
import org.toolkitpress.model.Scoring;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.model.Wording;
import org.toolkitpress.view.AuditForm.FormGroup;
import org.toolkitpress.view.AuditForm.FormItem;
import org.toolkitpress.view.AuditForm.FormSection;
import org.toolkitpress.view.AuditForm.NamedField;
import org.toolkitpress.view.AuditForm.OptionCount;
import org.toolkitpress.view.AuditForm.OptionField;
import org.toolkitpress.view.AuditForm.StageField;
import org.toolkitpress.view.AuditForm.StageTotal;

/**
 * Builds the {@link AuditForm} templates read: every item with its scale type, its columns
 * (stages) or options and its field names, so templates hold no lookup logic and build no name.
 */
public final class FormView {

    private FormView() {
    }

    public static AuditForm of(Audit audit, Toolkit toolkit, Response response) {
        String evidencePer = audit.evidence() == null ? "none" : audit.evidence().per();
        Map<String, String> numbers = numbers(audit);
        List<AuditForm.PointView> points = FormParts.points(audit);
        List<FormSection> sections = new ArrayList<>();
        for (Audit.Section section : audit.sections()) {
            List<FormGroup> groups = new ArrayList<>();
            for (Audit.Group group : section.groups()) {
                groups.add(new FormGroup(group, FieldName.ownerId(audit.id(), group.id()), items(audit, toolkit, group.items(), numbers, points),
                        "group".equals(evidencePer) ? FieldName.evidence(audit.id(), group.id()).render() : null, group.layout().key()));
            }
            List<StageTotal> totals = totals(commonScale(audit, section, Scale.Type.DISTRIBUTION), toolkit, section, response);
            Scoring.Figures scores = scores(audit, section.allItems(), response);
            sections.add(new FormSection(section, FieldName.ownerId(audit.id(), section.id()), items(audit, toolkit, section.items(), numbers, points),
                    groups, "section".equals(evidencePer) ? FieldName.evidence(audit.id(), section.id()).render() : null,
                    totals, placement(totals), counts(commonScale(audit, section, Scale.Type.CHOICE), section, response, points), scores,
                    figureFields(audit, section.id(), scores), section.layout().key(),
                    FormParts.pointScores(audit, section.id(), section.allItems(), response, points, figures(audit))));
        }
        Scoring.Figures overall = scores(audit, audit.allItems(), response);
        return new AuditForm(audit, "toolkit-press:" + audit.id() + ":v" + audit.version(),
                audit.headerFields().stream().map(f -> new NamedField(f.id(), f.label(), FieldName.header(audit.id(), f.id()).render(), f.space())).toList(),
                sections,
                audit.closing().stream().map(f -> new NamedField(f.id(), f.label(), FieldName.closing(audit.id(), f.id()).render(), f.space())).toList(),
                sections.stream().anyMatch(s -> !s.totals().isEmpty()),
                sections.stream().anyMatch(s -> !s.counts().isEmpty()),
                sections.stream().map(FormSection::totals).filter(t -> !t.isEmpty()).findFirst().orElse(List.of()),
                sections.stream().map(FormSection::counts).filter(t -> !t.isEmpty()).findFirst().orElse(List.of()),
                evidencePer, audit.evidence() == null ? "" : audit.evidence().label(),
                response == null ? Map.of() : values(audit, response, toolkit.wording()), response,
                figures(audit), overall, figureFields(audit, FieldName.OVERALL, overall), audit.layout().key(), points,
                FormParts.pointScores(audit, FieldName.OVERALL, audit.allItems(), response, points, figures(audit)),
                PlanRefs.of(audit, toolkit.wording()), toolkit.wording());
    }

    /** The score figures the audit shows, in their fixed order. */
    private static List<String> figures(Audit audit) {
        return Audit.SCORE_FIGURES.stream().filter(audit.scoreFigures()::contains).toList();
    }

    /** The PDF field names of a section's (or the overall) score figures, by figure; none without score items. */
    private static Map<String, String> figureFields(Audit audit, String owner, Scoring.Figures scores) {
        Map<String, String> out = new LinkedHashMap<>();
        if (scores != null) {
            figures(audit).forEach(f -> out.put(f, FieldName.figure(audit.id(), owner, f).render()));
        }
        return out;
    }

    /**
     * The figures of the items answered on score scales ({@link Scoring}), or null when none of
     * the items is on a score scale. Without a response they are empty and the script fills them.
     */
    private static Scoring.Figures scores(Audit audit, List<Audit.Item> items, Response response) {
        List<Scoring.Score> answered = new ArrayList<>();
        boolean any = false;
        for (Audit.Item item : items) {
            Scale scale = audit.scaleOf(item);
            if (scale == null || !scale.isScore()) {
                continue;
            }
            any = true;
            AnswerValue v = response == null ? null : response.answers().of(item.id()).get(AnswerParts.SCORE);
            if (v != null && v.number()) {
                answered.add(new Scoring.Score(v.decimal().intValue(), scale.maxPoint()));
            }
        }
        return any ? Scoring.figures(answered) : null;
    }

    /** Each item's number: its own, verbatim, or the one the audit's numbering gives it (none without). */
    public static Map<String, String> numbers(Audit audit) {
        Map<String, String> numbers = new LinkedHashMap<>();
        int inAudit = 0;
        for (Audit.Section section : audit.sections()) {
            int inSection = 0;
            for (Audit.Item item : section.allItems()) {
                inAudit++;
                inSection++;
                String number = item.number() != null ? item.number() : audit.numbering().number(inAudit, inSection);
                if (number != null) {
                    numbers.put(item.id(), number);
                }
            }
        }
        return numbers;
    }

    private static List<FormItem> items(Audit audit, Toolkit toolkit, List<Audit.Item> items, Map<String, String> numbers,
                                        List<AuditForm.PointView> points) {
        List<FormItem> out = new ArrayList<>();
        for (Audit.Item item : items) {
            Scale scale = audit.scaleOf(item);
            List<String> parts = AnswerParts.of(audit, item, scale, toolkit);
            List<StageField> columns = new ArrayList<>();
            for (Continuum.Stage stage : stages(scale, toolkit)) {
                columns.add(new StageField(stage.id(), label(scale, stage), stage.label(), colour(stage),
                        FieldName.item(audit.id(), item.id(), stage.id()).render()));
            }
            String rated = scale == null ? null : scale.isChoice() ? AnswerParts.CHOICE : scale.isScore() ? AnswerParts.SCORE : null;
            String radio = rated == null ? null : FieldName.item(audit.id(), item.id(), rated).render();
            List<OptionField> options = radio == null ? List.of() : FormParts.options(item, scale, radio);
            List<AuditForm.RatingAt> ratings = rated == null || points.isEmpty() ? List.of()
                    : FormParts.ratings(audit, item, scale, rated, points);
            boolean partsOnly = scale == null && !item.parts().isEmpty();
            out.add(new FormItem(item, FieldName.ownerId(audit.id(), item.id()), partsOnly ? "parts" : scale == null ? "text" : scale.type().key(),
                    columns, options, ratings.isEmpty() ? radio : null,
                    !partsOnly && (scale == null || scale.isText()) ? FieldName.item(audit.id(), item.id(), AnswerParts.TEXT).render() : null,
                    parts.contains(AnswerParts.EVIDENCE) ? FieldName.item(audit.id(), item.id(), AnswerParts.EVIDENCE).render() : null,
                    scale == null ? 0 : scale.maxPoint(), numbers.get(item.id()), ratings, FormParts.parts(audit, item, points)));
        }
        return out;
    }

    /**
     * The one scale of a type the section's items of that type share (for their totals or
     * counts), or null when they use several or none: a section that mixes a choice with scores
     * or free text keeps the counts of its choice items.
     */
    private static Scale commonScale(Audit audit, Audit.Section section, Scale.Type type) {
        List<String> scales = section.allItems().stream().map(Audit.Item::scale)
                .filter(id -> id != null && audit.scales().get(id) != null && audit.scales().get(id).type() == type).distinct().toList();
        return scales.size() == 1 ? audit.scales().get(scales.get(0)) : null;
    }

    /** A distribution scale's stages (none for other scales, or when its continuum is missing). */
    private static List<Continuum.Stage> stages(Scale scale, Toolkit toolkit) {
        Continuum continuum = scale == null || !scale.isDistribution() || scale.continuum() == null ? null
                : toolkit.continua().get(scale.continuum());
        return continuum == null ? List.of() : continuum.stages();
    }

    private static String label(Scale scale, Continuum.Stage stage) {
        return scale.labels().getOrDefault(stage.id(), stage.label());
    }

    private static String colour(Continuum.Stage stage) {
        return stage.colour() == null ? "" : stage.colour();
    }

    /**
     * The source audits' "Totals" row ({@link Placement#shares}) over the section's completely
     * answered items ({@link Placement#complete}: half-answered items would skew it). Without a
     * response (the blank form) the values are empty and the script fills them as answers come.
     */
    private static List<StageTotal> totals(Scale scale, Toolkit toolkit, Audit.Section section, Response response) {
        List<Continuum.Stage> stages = stages(scale, toolkit);
        List<List<BigDecimal>> answered = new ArrayList<>();
        if (response != null && scale != null) {
            for (Audit.Item item : section.allItems()) {
                ItemAnswer answer = response.answers().of(item.id());
                if (scale.id().equals(item.scale()) && !answer.isEmpty()
                        && Placement.complete(stages.stream().map(s -> answer.text(s.id())).toList())) {
                    answered.add(stages.stream().map(s -> answer.get(s.id()) != null && answer.get(s.id()).number()
                            ? answer.get(s.id()).decimal() : BigDecimal.ZERO).toList());
                }
            }
        }
        List<BigDecimal> shares = Placement.shares(answered, stages.size());
        List<StageTotal> out = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            Continuum.Stage stage = stages.get(i);
            out.add(new StageTotal(stage.id(), label(scale, stage), stage.label(), colour(stage),
                    shares.get(i) == null ? "" : shares.get(i).toPlainString()));
        }
        return out;
    }

    /** Where a section sits on the continuum ({@link Placement#stage}): a stage's label, or "" when unanswered. */
    private static String placement(List<StageTotal> totals) {
        int stage = Placement.stage(totals.stream().map(t -> t.value().isEmpty() ? null : new BigDecimal(t.value())).toList());
        return stage == 0 ? "" : totals.get(stage - 1).stage();
    }

    /**
     * For a choice section, how many items took each option (zero for the blank form); with
     * assessment points, at each point in turn (the answer {@code choice@<point>}).
     */
    private static List<OptionCount> counts(Scale scale, Audit.Section section, Response response, List<AuditForm.PointView> points) {
        List<OptionCount> out = new ArrayList<>();
        if (scale == null || !scale.isChoice()) {
            return out;
        }
        List<AuditForm.PointView> at = points.isEmpty() ? java.util.Collections.singletonList(null) : points;
        for (AuditForm.PointView point : at) {
            String key = point == null ? AnswerParts.CHOICE : FieldName.keyAt(AnswerParts.CHOICE, point.id());
            for (Scale.Option option : scale.options()) {
                long count = response == null ? 0 : section.allItems().stream()
                        .filter(i -> scale.id().equals(i.scale()))
                        .map(i -> response.answers().of(i.id()))
                        .filter(a -> option.id().equals(a.text(key)))
                        .count();
                out.add(new OptionCount(option.id(), option.label(), count, point == null ? "" : point.id(),
                        point == null ? "" : point.label()));
            }
        }
        return out;
    }

    /**
     * Every filled field of a response by its field name, as text, then the score figures worked
     * out from it (a PDF form cannot add up, so {@code fill} writes them) in {@code wording}'s words.
     */
    public static Map<String, String> values(Audit audit, Response response, Wording wording) {
        Map<String, String> values = new LinkedHashMap<>();
        response.header().forEach((k, v) -> values.put(FieldName.headerKey(audit.id(), k).render(), v));
        response.answers().items().forEach((owner, parts) -> parts.parts().forEach((key, v) ->
                values.put(FieldName.answer(audit, owner, key).render(), v.text())));
        response.closing().forEach((k, v) -> values.put(FieldName.closing(audit.id(), k).render(), v));
        for (Audit.Section section : audit.sections()) {
            figureValues(audit, section.id(), scores(audit, section.allItems(), response), values, wording);
        }
        figureValues(audit, FieldName.OVERALL, scores(audit, audit.allItems(), response), values, wording);
        List<AuditForm.PointView> points = FormParts.points(audit);
        for (Audit.Section section : audit.sections()) {
            pointFigureValues(FormParts.pointScores(audit, section.id(), section.allItems(), response, points, figures(audit)), values, wording);
        }
        pointFigureValues(FormParts.pointScores(audit, FieldName.OVERALL, audit.allItems(), response, points, figures(audit)), values, wording);
        return values;
    }

    private static void figureValues(Audit audit, String owner, Scoring.Figures scores, Map<String, String> values, Wording wording) {
        if (scores != null && scores.answered() > 0) {
            figureFields(audit, owner, scores).forEach((figure, name) -> values.put(name, scores.text(figure, wording)));
        }
    }

    private static void pointFigureValues(List<AuditForm.PointFigures> atPoints, Map<String, String> values, Wording wording) {
        for (AuditForm.PointFigures at : atPoints) {
            if (at.scores().answered() > 0) {
                at.figureFields().forEach((figure, name) -> values.put(name, at.scores().text(figure, wording)));
            }
        }
    }
}
