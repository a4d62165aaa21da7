package org.toolkitpress.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.AnswerParts;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.Scale;
import org.toolkitpress.model.Toolkit;

/**
 * An audit made ready for a template: every item knows its field-name prefix
 * ({@code <audit>.<item>}), its scale type, and its columns (stages) or options, so templates
 * hold no lookup logic. With a response, {@code values} holds each filled field by name.
 */
final class FormView {

    private FormView() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Audit audit, Toolkit toolkit, Response response) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("audit", audit);
        view.put("id", audit.id());
        view.put("version", audit.version());
        view.put("storageKey", "toolkit-press:" + audit.id() + ":v" + audit.version());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Audit.Section section : audit.sections()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("section", section);
            s.put("name", audit.id() + "." + section.id());
            s.put("items", items(audit, toolkit, section.items()));
            List<Map<String, Object>> groups = new ArrayList<>();
            for (Audit.Group group : section.groups()) {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("group", group);
                g.put("name", audit.id() + "." + group.id());
                g.put("items", items(audit, toolkit, group.items()));
                groups.add(g);
            }
            s.put("groups", groups);
            Map<String, Object> scale = commonScale(audit, toolkit, section);
            s.put("scale", scale);
            s.put("totals", totals(scale, section, response));
            s.put("placement", placement(scale, (List<Map<String, Object>>) s.get("totals")));
            s.put("counts", counts(scale, section, response));
            sections.add(s);
        }
        view.put("sections", sections);
        view.put("hasTotals", sections.stream().anyMatch(s -> !((List<?>) s.get("totals")).isEmpty()));
        view.put("hasCounts", sections.stream().anyMatch(s -> !((List<?>) s.get("counts")).isEmpty()));
        view.put("summaryColumns", sections.stream().map(s -> (List<?>) s.get("totals")).filter(t -> !t.isEmpty())
                .findFirst().orElse(List.of()));
        view.put("summaryOptions", sections.stream().map(s -> (List<?>) s.get("counts")).filter(t -> !t.isEmpty())
                .findFirst().orElse(List.of()));
        view.put("evidencePer", audit.evidence() == null ? "none" : audit.evidence().per());
        view.put("evidenceLabel", audit.evidence() == null ? "" : audit.evidence().label());
        view.put("values", response == null ? Map.of() : values(audit, response));
        view.put("response", response);
        return view;
    }

    private static List<Map<String, Object>> items(Audit audit, Toolkit toolkit, List<Audit.Item> items) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Audit.Item item : items) {
            Scale scale = audit.scales().get(item.scale());
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("item", item);
            i.put("name", audit.id() + "." + item.id());
            i.put("type", scale == null ? "text" : scale.type().key());
            i.put("columns", columns(scale, toolkit));
            i.put("options", options(scale, item));
            i.put("parts", AnswerParts.of(audit, item, scale, toolkit));
            out.add(i);
        }
        return out;
    }

    /** The scale every item of a section shares (for column headings), or null when mixed. */
    private static Map<String, Object> commonScale(Audit audit, Toolkit toolkit, Audit.Section section) {
        List<String> scales = section.allItems().stream().map(Audit.Item::scale).distinct().toList();
        if (scales.size() != 1 || audit.scales().get(scales.get(0)) == null) {
            return null;
        }
        Scale scale = audit.scales().get(scales.get(0));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", scale.type().key());
        s.put("columns", columns(scale, toolkit));
        s.put("options", options(scale, null));
        return s;
    }

    private static List<Map<String, Object>> columns(Scale scale, Toolkit toolkit) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (scale == null || !scale.isDistribution()) {
            return out;
        }
        Continuum continuum = scale.continuum() == null ? null : toolkit.continua().get(scale.continuum());
        if (continuum == null) {
            return out;
        }
        for (Continuum.Stage stage : continuum.stages()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", stage.id());
            c.put("label", scale.labels().getOrDefault(stage.id(), stage.label()));
            c.put("stage", stage.label());
            c.put("colour", stage.colour() == null ? "" : stage.colour());
            out.add(c);
        }
        return out;
    }

    private static List<Map<String, Object>> options(Scale scale, Audit.Item item) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (scale == null || !scale.isChoice()) {
            return out;
        }
        for (Scale.Option option : scale.options()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", option.id());
            o.put("label", option.label());
            o.put("meaning", option.meaning() == null ? "" : option.meaning());
            o.put("descriptor", item == null ? "" : item.descriptors().getOrDefault(option.id(), ""));
            out.add(o);
        }
        return out;
    }

    /**
     * The source audits' "Totals" row: for each stage, the average percentage over the section's
     * items that were answered, so the row itself spreads 100% across the stages. Without a
     * response (the blank form) the values are empty and the script fills them as answers come.
     */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> totals(Map<String, Object> scale, Audit.Section section, Response response) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (scale == null || !"distribution".equals(scale.get("type"))) {
            return out;
        }
        List<Map<String, Object>> answered = response == null ? List.of() : section.allItems().stream()
                .map(i -> response.answers().get(i.id()))
                .filter(a -> a != null && a.values().stream().anyMatch(v -> v instanceof Number))
                .toList();
        for (Map<String, Object> column : (List<Map<String, Object>>) scale.get("columns")) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Map<String, Object> answer : answered) {
                if (answer.get(column.get("id")) instanceof Number n) {
                    sum = sum.add(new BigDecimal(n.toString()));
                }
            }
            Map<String, Object> total = new LinkedHashMap<>(column);
            total.put("value", answered.isEmpty() ? "" : sum.divide(BigDecimal.valueOf(answered.size()), 0,
                    RoundingMode.HALF_UP).toPlainString());
            out.add(total);
        }
        return out;
    }

    /**
     * Where a section sits on the continuum: the stage nearest the average of the stage numbers
     * weighted by the totals row (1 = first stage). Empty when nothing was answered. audit.js
     * computes the same for the live form.
     */
    private static String placement(Map<String, Object> scale, List<Map<String, Object>> totals) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal all = BigDecimal.ZERO;
        for (int i = 0; i < totals.size(); i++) {
            String value = (String) totals.get(i).get("value");
            if (!value.isEmpty()) {
                weighted = weighted.add(new BigDecimal(value).multiply(BigDecimal.valueOf(i + 1L)));
                all = all.add(new BigDecimal(value));
            }
        }
        if (all.signum() == 0) {
            return "";
        }
        int stage = weighted.divide(all, 0, RoundingMode.HALF_UP).intValue();
        return (String) totals.get(Math.max(1, Math.min(totals.size(), stage)) - 1).get("stage");
    }

    /** For a choice section, how many items took each option (zero for the blank form). */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> counts(Map<String, Object> scale, Audit.Section section, Response response) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (scale == null || !"choice".equals(scale.get("type"))) {
            return out;
        }
        for (Map<String, Object> option : (List<Map<String, Object>>) scale.get("options")) {
            long count = response == null ? 0 : section.allItems().stream()
                    .map(i -> response.answers().get(i.id()))
                    .filter(a -> a != null && option.get("id").equals(String.valueOf(a.get(AnswerParts.CHOICE))))
                    .count();
            Map<String, Object> c = new LinkedHashMap<>(option);
            c.put("value", count);
            out.add(c);
        }
        return out;
    }

    /** Every filled field of a response by its field name, as text. */
    static Map<String, String> values(Audit audit, Response response) {
        Map<String, String> values = new LinkedHashMap<>();
        response.header().forEach((k, v) -> values.put(audit.id() + ".header." + k, v));
        response.answers().forEach((item, parts) -> parts.forEach((part, v) ->
                values.put(audit.id() + "." + item + "." + part, v instanceof Number n ? plain(n) : v.toString())));
        response.closing().forEach((k, v) -> values.put(audit.id() + ".closing." + k, v));
        return values;
    }

    private static String plain(Number n) {
        return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
}
