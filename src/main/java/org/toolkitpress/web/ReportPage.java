package org.toolkitpress.web;

import com.fasterxml.jackson.annotation.JsonValue;
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
import org.toolkitpress.view.PlanSettings;

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
        List<AuditShape> audits = toolkit.audits().values().stream().filter(a -> !a.isPlanning()).map(a -> shape(a, toolkit)).toList();
        model.put("audits", audits);
        try {
            model.put("shapes", JSON.writeValueAsString(audits));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the audits' shapes are plain data", e);
        }
        return new OutputFile(PATH, theme.render("report.ftlh", model).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One audit as the script reads it, written as JSON in this order (a record's components keep
     * their order, so the page is the same bytes from one build to the next).
     *
     * @param school the header field that names the school ("" when the audit has none)
     * @param points the assessment points' ids
     * @param pointLabels their labels, in the same order (the page's choice of the point to count)
     * @param fields item id → part key → what the field may hold
     * @param evidence the groups and sections that keep an evidence box of their own (its answer is kept under their id)
     * @param reads  what a returned PDF's action plan cell may hold, back to its item id ({@link PlanRefs})
     */
    public record AuditShape(String id, int version, String title, String school, List<String> points, List<String> pointLabels,
                      PlanSettings plan,
                      List<SectionShape> sections, Map<String, Map<String, FieldKind>> fields, List<String> evidence,
                      Map<String, String> reads) {
    }

    record SectionShape(String id, String title, List<RatingShape> ratings, List<OtherShape> others) {
    }

    /**
     * One rating as {@code model.Ratings} lists it, with its levels.
     *
     * @param base     the part it is answered in ({@code choice}, {@code score}, a part id; "" for a distribution's stages)
     * @param perPoint whether it is answered once per assessment point
     * @param main     whether it is the item's own scale rather than a rating part
     * @param number   the question's number as printed ("" when none)
     * @param label    the question, without its number
     */
    record RatingShape(String id, String owner, String base, boolean perPoint, boolean main, String number, String label, String group,
                       String type, List<String> levels, List<String> labels, String scale, int max) {
    }

    /** A counted part that is not a rating (a tick, a date, a write-in box, an evidence box): its question's number ("" when none) and label. */
    record OtherShape(String owner, String part, String type, String number, String label) {
    }

    /** What a field may hold: a rating's option ids, or "percent", "tick", "date" or "text". */
    record FieldKind(String kind, List<String> options) {

        static FieldKind of(String kind) {
            return new FieldKind(kind, null);
        }

        static FieldKind choosing(Scale scale) {
            return new FieldKind(null, scale == null ? List.of() : scale.options().stream().map(Scale.Option::id).toList());
        }

        @JsonValue
        public Object json() {
            return options != null ? options : kind;
        }
    }

    /** One audit as the script reads it. */
    static AuditShape shape(Audit audit, Toolkit toolkit) {
        Map<String, String> numbers = FormView.numbers(audit);
        PlanSettings plan = PlanSettings.of(audit.actionPlan());
        List<SectionShape> sections = new ArrayList<>();
        Map<String, Map<String, FieldKind>> fields = new LinkedHashMap<>();
        for (Audit.Section section : audit.sections()) {
            Map<String, String> groupOf = new LinkedHashMap<>();
            section.groups().forEach(g -> g.items().forEach(i -> groupOf.put(i.id(), g.title())));
            List<RatingShape> ratings = new ArrayList<>();
            for (Ratings.Rating r : Ratings.of(section, audit, toolkit)) {
                String number = numbers.get(r.owner().id());
                ratings.add(new RatingShape(r.key(), r.owner().id(),
                        r.part() != null ? r.part().id() : r.scale().isChoice() ? AnswerParts.CHOICE
                                : r.scale().isScore() ? AnswerParts.SCORE : "",
                        r.part() == null || r.part().perPoint(), r.part() == null,
                        number == null ? "" : number, r.item().label(), groupOf.getOrDefault(r.owner().id(), ""),
                        r.item().type().key(), r.item().levels(), Ratings.labels(r.scale(), toolkit), r.scale().id(),
                        r.scale().maxPoint()));
            }
            List<OtherShape> others = new ArrayList<>();
            for (Ratings.Other o : Ratings.others(section, audit)) {
                String number = o.item() == null ? "" : numbers.getOrDefault(o.item().id(), "");
                others.add(new OtherShape(o.owner(), o.part(), o.type(), number, o.label()));
            }
            sections.add(new SectionShape(section.id(), section.title(), ratings, others));
            for (Audit.Item item : section.allItems()) {
                fields.put(item.id(), fields(audit, item, toolkit));
            }
        }
        return new AuditShape(audit.id(), audit.version(), audit.title(),
                audit.headerFields().isEmpty() ? "" : audit.headerFields().get(0).id(),
                audit.assessmentPoints().stream().map(Audit.AssessmentPoint::id).toList(),
                audit.assessmentPoints().stream().map(Audit.AssessmentPoint::label).toList(), plan, sections, fields,
                ownEvidence(audit), PlanRefs.of(audit, toolkit.wording()).reads());
    }

    /** The groups and sections whose evidence box is their own (evidence kept per group or section), in order. */
    private static List<String> ownEvidence(Audit audit) {
        List<String> out = new ArrayList<>();
        for (Audit.Section section : audit.sections()) {
            section.groups().stream().map(Audit.Group::id).filter(id -> AnswerParts.hasOwnEvidence(audit, id)).forEach(out::add);
            if (AnswerParts.hasOwnEvidence(audit, section.id())) {
                out.add(section.id());
            }
        }
        return out;
    }

    /** What each field of an item may hold: an option id, a percentage, a tick, a date or any text. */
    private static Map<String, FieldKind> fields(Audit audit, Audit.Item item, Toolkit toolkit) {
        Map<String, FieldKind> out = new LinkedHashMap<>();
        Scale main = audit.scaleOf(item);
        for (String key : AnswerParts.of(audit, item, main, toolkit)) {
            String base = key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
            Audit.Part part = item.parts().stream().filter(p -> p.id().equals(base)).findFirst().orElse(null);
            FieldKind kind;
            if (part != null) {
                kind = switch (part.type()) {
                    case RATING -> FieldKind.choosing(audit.scales().get(part.scale()));
                    case TICK -> FieldKind.of("tick");
                    case DATE -> FieldKind.of("date");
                    case TEXT -> FieldKind.of("text");
                };
            } else {
                kind = switch (base) {
                    case AnswerParts.CHOICE, AnswerParts.SCORE -> FieldKind.choosing(main);
                    case AnswerParts.TEXT, AnswerParts.EVIDENCE -> FieldKind.of("text");
                    default -> FieldKind.of("percent");
                };
            }
            out.put(key, kind);
        }
        return out;
    }
}
