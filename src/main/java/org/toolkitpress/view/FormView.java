package org.toolkitpress.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.AnswerParts;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.FieldName;
import org.toolkitpress.model.Placement;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.Scale;
import org.toolkitpress.model.Toolkit;
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
        List<FormSection> sections = new ArrayList<>();
        for (Audit.Section section : audit.sections()) {
            List<FormGroup> groups = new ArrayList<>();
            for (Audit.Group group : section.groups()) {
                groups.add(new FormGroup(group, FieldName.ownerId(audit.id(), group.id()), items(audit, toolkit, group.items()),
                        "group".equals(evidencePer) ? FieldName.evidence(audit.id(), group.id()).render() : null));
            }
            Scale scale = commonScale(audit, section);
            List<StageTotal> totals = totals(scale, toolkit, section, response);
            sections.add(new FormSection(section, FieldName.ownerId(audit.id(), section.id()), items(audit, toolkit, section.items()),
                    groups, "section".equals(evidencePer) ? FieldName.evidence(audit.id(), section.id()).render() : null,
                    totals, placement(totals), counts(scale, section, response)));
        }
        return new AuditForm(audit, "toolkit-press:" + audit.id() + ":v" + audit.version(),
                audit.headerFields().stream().map(f -> new NamedField(f.id(), f.label(), FieldName.header(audit.id(), f.id()).render())).toList(),
                sections,
                audit.closing().stream().map(f -> new NamedField(f.id(), f.label(), FieldName.closing(audit.id(), f.id()).render())).toList(),
                sections.stream().anyMatch(s -> !s.totals().isEmpty()),
                sections.stream().anyMatch(s -> !s.counts().isEmpty()),
                sections.stream().map(FormSection::totals).filter(t -> !t.isEmpty()).findFirst().orElse(List.of()),
                sections.stream().map(FormSection::counts).filter(t -> !t.isEmpty()).findFirst().orElse(List.of()),
                evidencePer, audit.evidence() == null ? "" : audit.evidence().label(),
                response == null ? Map.of() : values(audit, response), response);
    }

    private static List<FormItem> items(Audit audit, Toolkit toolkit, List<Audit.Item> items) {
        List<FormItem> out = new ArrayList<>();
        for (Audit.Item item : items) {
            Scale scale = audit.scales().get(item.scale());
            List<String> parts = AnswerParts.of(audit, item, scale, toolkit);
            List<StageField> columns = new ArrayList<>();
            for (Continuum.Stage stage : stages(scale, toolkit)) {
                columns.add(new StageField(stage.id(), label(scale, stage), stage.label(), colour(stage),
                        FieldName.item(audit.id(), item.id(), stage.id()).render()));
            }
            String choice = parts.contains(AnswerParts.CHOICE) ? FieldName.item(audit.id(), item.id(), AnswerParts.CHOICE).render() : null;
            List<OptionField> options = new ArrayList<>();
            if (choice != null) {
                for (Scale.Option option : scale.options()) {
                    options.add(new OptionField(option.id(), option.label(), option.meaning() == null ? "" : option.meaning(),
                            item.descriptors().getOrDefault(option.id(), ""), choice + "." + option.id()));
                }
            }
            out.add(new FormItem(item, FieldName.ownerId(audit.id(), item.id()), scale == null ? "text" : scale.type().key(),
                    columns, options, choice,
                    scale == null || scale.isText() ? FieldName.item(audit.id(), item.id(), AnswerParts.TEXT).render() : null,
                    parts.contains(AnswerParts.EVIDENCE) ? FieldName.item(audit.id(), item.id(), AnswerParts.EVIDENCE).render() : null));
        }
        return out;
    }

    /** The scale every item of a section shares (for its totals or counts), or null when mixed. */
    private static Scale commonScale(Audit audit, Audit.Section section) {
        List<String> scales = section.allItems().stream().map(Audit.Item::scale).distinct().toList();
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
        if (response != null) {
            for (Audit.Item item : section.allItems()) {
                Map<String, Object> answer = response.answers().get(item.id());
                if (answer != null && Placement.complete(stages.stream()
                        .map(s -> answer.get(s.id()) == null ? "" : String.valueOf(answer.get(s.id()))).toList())) {
                    answered.add(stages.stream().map(s -> answer.get(s.id()) instanceof Number n
                            ? new BigDecimal(n.toString()) : BigDecimal.ZERO).toList());
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

    /** For a choice section, how many items took each option (zero for the blank form). */
    private static List<OptionCount> counts(Scale scale, Audit.Section section, Response response) {
        List<OptionCount> out = new ArrayList<>();
        if (scale == null || !scale.isChoice()) {
            return out;
        }
        for (Scale.Option option : scale.options()) {
            long count = response == null ? 0 : section.allItems().stream()
                    .map(i -> response.answers().get(i.id()))
                    .filter(a -> a != null && option.id().equals(String.valueOf(a.get(AnswerParts.CHOICE))))
                    .count();
            out.add(new OptionCount(option.id(), option.label(), count));
        }
        return out;
    }

    /** Every filled field of a response by its field name, as text. */
    public static Map<String, String> values(Audit audit, Response response) {
        Map<String, String> values = new LinkedHashMap<>();
        response.header().forEach((k, v) -> values.put(FieldName.header(audit.id(), k).render(), v));
        response.answers().forEach((owner, parts) -> parts.forEach((key, v) ->
                values.put(FieldName.answer(audit, owner, key).render(), v instanceof Number n ? plain(n) : v.toString())));
        response.closing().forEach((k, v) -> values.put(FieldName.closing(audit.id(), k).render(), v));
        return values;
    }

    private static String plain(Number n) {
        return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
}
