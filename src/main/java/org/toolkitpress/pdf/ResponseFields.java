package org.toolkitpress.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.toolkitpress.model.AnswerParts;
import org.toolkitpress.model.AnswerValue;
import org.toolkitpress.model.Answers;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.FieldName;
import org.toolkitpress.model.ItemAnswer;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.Scale;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.view.AuditForm;
import org.toolkitpress.view.FormView;
import org.toolkitpress.view.PlanRows;

/**
 * Turns form field values, named as {@link FieldName} renders them, back into the response shape
 * the web form exports. Empty fields are left out, as the web export leaves them out; a blank form gives an empty response.
 */
final class ResponseFields {

    private ResponseFields() {
    }

    /**
     * The response the field values hold, or null when none belongs to an audit of the toolkit.
     * {@code version} is the audit version the PDF was made from; {@code from} is where the
     * answers came from (the PDF), for diagnostics about them.
     */
    static Response toResponse(Map<String, String> values, Toolkit toolkit, String auditId, int version, SourcePos from) {
        Audit audit = toolkit.audits().get(auditId);
        Set<String> stages = percentageParts(audit, toolkit);
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, Map<String, AnswerValue>> answers = new LinkedHashMap<>();
        Map<String, String> closing = new LinkedHashMap<>();
        Map<Integer, Map<String, String>> plan = new TreeMap<>();
        // In the order the form asks (a PDF keeps its fields in whatever order the program that
        // wrote it chose), then any others as found: the same answers always print the same.
        Map<String, String> ordered = new LinkedHashMap<>();
        answerFields(audit, toolkit).stream().filter(values::containsKey).forEach(n -> ordered.put(n, values.get(n)));
        values.forEach(ordered::putIfAbsent);
        ordered.forEach((text, value) -> {
            FieldName name = value.isEmpty() ? null : FieldName.parse(text, audit);
            if (name == null) {
                return;
            }
            switch (name.kind()) {
                case HEADER -> header.put(name.key(), value);
                case CLOSING -> closing.put(name.key(), value);
                case PLAN -> plan.computeIfAbsent(name.planRow(), k -> new LinkedHashMap<>()).put(name.part(), value);
                case FIGURE -> {
                    // worked out from the scores when the PDF was filled, not an answer
                }
                case ITEM, EVIDENCE -> answers.computeIfAbsent(name.owner(), k -> new LinkedHashMap<>())
                        .put(name.key(), name.kind() == FieldName.Kind.ITEM && (stages.contains(name.part()) || name.part().equals(AnswerParts.SCORE))
                                ? number(value) : AnswerValue.of(value));
            }
        });
        Map<String, ItemAnswer> items = new LinkedHashMap<>();
        answers.forEach((item, parts) -> items.put(item, new ItemAnswer(parts)));
        return new Response(null, auditId, version, null, header, new Answers(items), closing, plan(plan, audit, toolkit), from, Map.of());
    }

    /** The plan's rows in row order, rows left blank dropped; the question cell read back to an item id. */
    private static List<Response.PlanRow> plan(Map<Integer, Map<String, String>> rows, Audit audit, Toolkit toolkit) {
        if (rows.isEmpty()) {
            return List.of();
        }
        AuditForm form = FormView.of(audit, toolkit, null);
        List<Response.PlanRow> plan = new ArrayList<>();
        for (Map<String, String> row : rows.values()) {
            String item = row.getOrDefault("item", "");
            plan.add(new Response.PlanRow(item.isEmpty() ? "" : PlanRows.itemOf(form, item), row.getOrDefault("action", ""),
                    row.getOrDefault("who", ""), row.getOrDefault("by", ""), row.getOrDefault("measure", "")));
        }
        return List.copyOf(plan);
    }

    /**
     * The names of the fields the audit's fillable PDF gives for answers (header, each item's
     * ratings, boxes and parts, evidence, assessment dates, closing), as the print form renders
     * them from the same view: not the plan's cells or the score figures, which vary or are no answers.
     */
    static Set<String> answerFields(Audit audit, Toolkit toolkit) {
        AuditForm form = FormView.of(audit, toolkit, null);
        Set<String> names = new java.util.LinkedHashSet<>();
        form.headerFields().forEach(f -> names.add(f.name()));
        form.points().forEach(p -> names.add(p.dateName()));
        for (AuditForm.FormSection section : form.sections()) {
            names.add(section.evidenceName());
            section.items().forEach(item -> itemFields(item, names));
            for (AuditForm.FormGroup group : section.groups()) {
                names.add(group.evidenceName());
                group.items().forEach(item -> itemFields(item, names));
            }
        }
        form.closing().forEach(f -> names.add(f.name()));
        names.remove(null);
        return names;
    }

    private static void itemFields(AuditForm.FormItem item, Set<String> names) {
        item.columns().forEach(c -> names.add(c.name()));
        names.add(item.radioName());
        names.add(item.textName());
        names.add(item.evidenceName());
        item.ratings().forEach(r -> names.add(r.name()));
        for (AuditForm.PartField part : item.parts()) {
            names.add(part.name());
            part.ratings().forEach(r -> names.add(r.name()));
        }
    }

    /** The first audit of the toolkit that the fields answer (named {@code <audit>.…}), or null. */
    static String auditOf(Map<String, String> values, Toolkit toolkit) {
        return values.keySet().stream().map(FieldName::auditOf)
                .filter(toolkit.audits()::containsKey).findFirst().orElse(null);
    }

    /** The part names that hold percentages: the stages of every distribution scale of the audit. */
    private static Set<String> percentageParts(Audit audit, Toolkit toolkit) {
        return audit.scales().values().stream().filter(Scale::isDistribution)
                .map(s -> toolkit.continua().get(s.continuum())).filter(c -> c != null)
                .flatMap(c -> c.stages().stream()).map(Continuum.Stage::id).collect(Collectors.toSet());
    }

    /** A percentage as a number when it reads as one; otherwise the text as written, so nothing is lost. */
    private static AnswerValue number(String value) {
        try {
            return AnswerValue.of(new BigDecimal(value.strip().replace("%", "").strip()));
        } catch (NumberFormatException e) {
            return AnswerValue.of(value);
        }
    }
}
