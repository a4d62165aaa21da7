package org.toolkitpress.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.AnswerParts;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Ratings;
import org.toolkitpress.model.Scale;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.theme.Theme;
import org.toolkitpress.view.FormView;
import org.toolkitpress.view.PlanRefs;
import org.toolkitpress.view.PageView;

/**
 * The site's report page ({@code report/}): an officer picks the returned exports and sees the
 * report across schools, worked out in the browser (audit-report.js), nothing uploaded. The page
 * carries each audit's shape as JSON — its ratings as {@code model.Ratings} lists them, with their
 * levels, and the fields each item has — so the script needs no second reading of the audit.
 */
final class ReportPage {

    static final String PATH = "report/index.html";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportPage() {
    }

    static boolean isPublished(Toolkit toolkit) {
        return toolkit.audits().values().stream().anyMatch(a -> !a.isPlanning());
    }

    static OutputFile render(Toolkit toolkit, Map<String, Object> common, Navigation navigation, Theme theme) {
        Map<String, Object> model = new LinkedHashMap<>(common);
        model.put("page", PageView.titled(toolkit.wording().text("report.title")));
        model.put("nav", navigation.sections("../"));
        model.put("breadcrumbs", List.of(navigation.home("../")));
        List<Map<String, Object>> audits = new ArrayList<>();
        toolkit.audits().values().stream().filter(a -> !a.isPlanning()).forEach(a -> audits.add(shape(a, toolkit)));
        model.put("audits", audits.stream().map(a -> Map.of("id", a.get("id"), "title", a.get("title"))).toList());
        try {
            model.put("shapes", JSON.writeValueAsString(audits));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the audits' shapes are plain data", e);
        }
        return new OutputFile(PATH, theme.render("report.ftlh", model).getBytes(StandardCharsets.UTF_8));
    }

    /** One audit as the script reads it. */
    static Map<String, Object> shape(Audit audit, Toolkit toolkit) {
        Map<String, String> numbers = FormView.numbers(audit);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", audit.id());
        out.put("version", audit.version());
        out.put("title", audit.title());
        out.put("school", audit.headerFields().isEmpty() ? "" : audit.headerFields().get(0).id());
        out.put("points", audit.assessmentPoints().stream().map(Audit.AssessmentPoint::id).toList());
        // Ordered maps throughout: Map.of iterates in an order chosen afresh by each JVM, which
        // made this page's JSON differ from one build to the next.
        Map<String, Object> plan = new LinkedHashMap<>();
        if (audit.actionPlan() != null) {
            plan.put("needs_action", audit.actionPlan().needsAction());
            plan.put("rows", audit.actionPlan().rows() == null ? 0 : audit.actionPlan().rows());
        }
        out.put("plan", plan);
        List<Map<String, Object>> sections = new ArrayList<>();
        Map<String, Map<String, Object>> fields = new LinkedHashMap<>();
        for (Audit.Section section : audit.sections()) {
            Map<String, String> groupOf = new LinkedHashMap<>();
            section.groups().forEach(g -> g.items().forEach(i -> groupOf.put(i.id(), g.title())));
            List<Map<String, Object>> ratings = new ArrayList<>();
            for (Ratings.Rating r : Ratings.of(section, audit, toolkit)) {
                Map<String, Object> rating = new LinkedHashMap<>();
                String number = numbers.get(r.owner().id());
                rating.put("id", r.key());
                rating.put("owner", r.owner().id());
                rating.put("base", r.part() != null ? r.part().id() : r.scale().isChoice() ? AnswerParts.CHOICE
                        : r.scale().isScore() ? AnswerParts.SCORE : "");
                rating.put("perPoint", r.part() == null || r.part().perPoint());
                rating.put("main", r.part() == null);
                rating.put("label", (number == null ? "" : number + " ") + r.item().label());
                rating.put("group", groupOf.getOrDefault(r.owner().id(), ""));
                rating.put("type", r.item().type().key());
                rating.put("levels", r.item().levels());
                rating.put("labels", Ratings.labels(r.scale(), toolkit));
                rating.put("scale", r.scale().id());
                rating.put("max", r.scale().maxPoint());
                ratings.add(rating);
            }
            List<Map<String, Object>> others = new ArrayList<>();
            for (Ratings.Other o : Ratings.others(section, audit)) {
                String number = numbers.get(o.owner().id());
                Map<String, Object> other = new LinkedHashMap<>();
                other.put("owner", o.owner().id());
                other.put("part", o.part());
                other.put("type", o.type());
                other.put("label", (number == null ? "" : number + " ") + o.label());
                others.add(other);
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", section.id());
            s.put("title", section.title());
            s.put("ratings", ratings);
            s.put("others", others);
            sections.add(s);
            for (Audit.Item item : section.allItems()) {
                fields.put(item.id(), fields(audit, item, toolkit));
            }
        }
        out.put("sections", sections);
        out.put("fields", fields);
        // What a returned PDF's action plan cell may hold, back to its item id (view/PlanRefs).
        out.put("reads", PlanRefs.of(audit).reads());
        return out;
    }

    /** What each field of an item may hold: an option id, a percentage, a tick, a date or any text. */
    private static Map<String, Object> fields(Audit audit, Audit.Item item, Toolkit toolkit) {
        Map<String, Object> out = new LinkedHashMap<>();
        Scale main = audit.scaleOf(item);
        for (String key : AnswerParts.of(audit, item, main, toolkit)) {
            String base = key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
            Audit.Part part = item.parts().stream().filter(p -> p.id().equals(base)).findFirst().orElse(null);
            Object kind;
            if (part != null) {
                kind = switch (part.type()) {
                    case RATING -> options(audit.scales().get(part.scale()));
                    case TICK -> "tick";
                    case DATE -> "date";
                    case TEXT -> "text";
                };
            } else {
                kind = switch (base) {
                    case AnswerParts.CHOICE, AnswerParts.SCORE -> options(main);
                    case AnswerParts.TEXT, AnswerParts.EVIDENCE -> "text";
                    default -> "percent";
                };
            }
            out.put(key, kind);
        }
        return out;
    }

    private static List<String> options(Scale scale) {
        return scale == null ? List.of() : scale.options().stream().map(Scale.Option::id).toList();
    }

}
