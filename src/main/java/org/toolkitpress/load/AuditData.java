package org.toolkitpress.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.toolkitpress.model.ActionPlan;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Scale;
import org.toolkitpress.model.SourcePos;

/**
 * An audit file's fields, already checked by its schema, read into an {@link Audit}: its scales,
 * sections, groups and items, each item with the scale and parts it inherits from the levels
 * above it and where that scale was named, so {@code check} can point at the line to change.
 */
final class AuditData {

    private static final Set<String> PER = Set.of("item", "group", "section");

    private AuditData() {
    }

    static Audit of(Fields f) {
        List<Audit.Definition> definitions = new ArrayList<>();
        for (Fields d : f.list("definitions")) {
            definitions.add(new Audit.Definition(d.text("term"), d.text("meaning")));
        }
        Fields e = f.child("evidence");
        Audit.Evidence evidence = e == null ? null
                : new Audit.Evidence(e.text("label"), e.text("per") != null && PER.contains(e.text("per")) ? e.text("per") : "item",
                        Audit.Space.of(e.text("space")));
        String auditScale = f.text("scale");
        SourcePos auditScalePos = f.has("scale") ? f.pos("scale") : f.pos();
        Audit.Layout auditLayout = Audit.Layout.of(f.text("layout"), Audit.Layout.STACKED);
        List<Audit.Part> auditParts = parts(f, List.of());
        List<Audit.Section> sections = new ArrayList<>();
        for (Fields s : f.list("sections")) {
            String sectionScale = s.text("scale") == null ? auditScale : s.text("scale");
            SourcePos sectionScalePos = s.text("scale") == null ? auditScalePos : s.pos("scale");
            Audit.Layout sectionLayout = Audit.Layout.of(s.text("layout"), auditLayout);
            List<Audit.Part> sectionParts = parts(s, auditParts);
            List<Audit.Group> groups = new ArrayList<>();
            for (Fields g : s.list("groups")) {
                String groupScale = g.text("scale") == null ? sectionScale : g.text("scale");
                SourcePos groupScalePos = g.text("scale") == null ? sectionScalePos : g.pos("scale");
                groups.add(new Audit.Group(g.text("id"), g.text("title"), g.text("intro"),
                        items(g, groupScale, groupScalePos, parts(g, sectionParts)), Audit.Layout.of(g.text("layout"), sectionLayout),
                        g.pos()));
            }
            sections.add(new Audit.Section(s.text("id"), s.text("title"), s.text("intro"),
                    List.copyOf(groups), items(s, sectionScale, sectionScalePos, sectionParts), sectionLayout, s.pos()));
        }
        List<Audit.AssessmentPoint> points = new ArrayList<>();
        for (Fields p : f.list("assessment_points")) {
            points.add(new Audit.AssessmentPoint(p.text("id"), p.text("label"), DataLoader.flag(p, "optional", false), p.pos()));
        }
        Integer version = f.integer("version");
        return new Audit(f.text("id"), version == null ? 1 : version, f.text("title"),
                f.text("kind") == null ? "audit" : f.text("kind"), f.text("source"), f.text("intro"), f.text("advice"),
                List.copyOf(definitions), f.text("scoring"), fields(f, "header_fields"), scales(f), evidence,
                List.copyOf(sections), fields(f, "closing"), f.text("closing_title"), f.text("question_heading"),
                f.texts("score_figures").isEmpty() ? Audit.SCORE_FIGURES : f.texts("score_figures"),
                Audit.Numbering.of(f.text("numbering")), actionPlan(f.child("action_plan")), auditLayout,
                List.copyOf(points), f.pos());
    }

    /**
     * The `parts:` an audit, section, group or item declares, or {@code inherited} when it
     * declares none: an item's own list replaces its section's, it does not add to it.
     */
    private static List<Audit.Part> parts(Fields owner, List<Audit.Part> inherited) {
        if (owner.raw("parts") == null) {
            return inherited;
        }
        List<Audit.Part> out = new ArrayList<>();
        for (Fields p : owner.list("parts")) {
            Audit.Part.Type type = Audit.Part.Type.of(p.text("type"));
            type = type == null ? Audit.Part.Type.TEXT : type; // the schema has said so at its line
            out.add(new Audit.Part(p.text("id"), type, p.text("label"), p.text("scale"),
                    DataLoader.flag(p, "per_point", type == Audit.Part.Type.RATING), Audit.Space.of(p.text("space")), p.pos()));
        }
        return List.copyOf(out);
    }

    /** The audit's `action_plan:` rule, or null when it keeps the defaults. */
    private static ActionPlan actionPlan(Fields plan) {
        if (plan == null) {
            return null;
        }
        Map<String, List<String>> needs = new LinkedHashMap<>();
        Fields given = plan.child("needs_action");
        if (given != null) {
            for (String type : List.of("distribution", "choice", "score")) {
                if (!given.texts(type).isEmpty()) {
                    needs.put(type, List.copyOf(given.texts(type)));
                }
            }
        }
        // In the order written: the form's attribute must be the same on every build.
        return new ActionPlan(Collections.unmodifiableMap(needs), plan.integer("rows"), plan.pos());
    }

    private static List<Audit.FormField> fields(Fields f, String key) {
        List<Audit.FormField> out = new ArrayList<>();
        for (Fields h : f.list(key)) {
            out.add(new Audit.FormField(h.text("id"), h.text("label"), Audit.Space.of(h.text("space")), h.pos()));
        }
        return List.copyOf(out);
    }

    private static List<Audit.Item> items(Fields parent, String scale, SourcePos scalePos, List<Audit.Part> parts) {
        List<Audit.Item> out = new ArrayList<>();
        for (Fields i : parent.list("items")) {
            String itemScale = i.text("scale") == null ? scale : i.text("scale");
            out.add(new Audit.Item(i.text("id"), i.text("number"), i.text("text"), i.texts("points"),
                    i.textMap("descriptors"), Audit.NO_SCALE.equals(itemScale) ? null : itemScale, parts(i, parts), Audit.Space.of(i.text("space")), i.pos(),
                    i.text("scale") == null ? scalePos : i.pos("scale")));
        }
        return List.copyOf(out);
    }

    /**
     * The audit's named scales. One whose type the schema refused (`type: scores`) reads as the
     * type its other keys say it is (min and max: score; options: choice; a continuum:
     * distribution; else text), so neither the items using it nor their answers are reported a
     * second time for the one misspelt word.
     */
    private static Map<String, Scale> scales(Fields audit) {
        Map<String, Scale> out = new LinkedHashMap<>();
        Fields all = audit.child("scales");
        if (all == null) {
            return out;
        }
        for (Iterator<String> names = audit.raw("scales").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Fields s = all.child(name);
            if (s == null) {
                continue;
            }
            Scale.Type type = Scale.Type.of(s.text("type"));
            type = type != null ? type : s.has("min") || s.has("max") ? Scale.Type.SCORE : s.has("options") ? Scale.Type.CHOICE
                    : s.has("continuum") ? Scale.Type.DISTRIBUTION : Scale.Type.TEXT;
            List<Scale.Option> options = new ArrayList<>();
            for (Fields o : s.list("options")) {
                options.add(new Scale.Option(o.text("id"), o.text("label"), o.text("meaning"), o.text("colour")));
            }
            Integer min = s.integer("min");
            Integer max = s.integer("max");
            if (type == Scale.Type.SCORE && min != null && max != null && max - min <= DataLoader.MAX_POINTS) {
                // A score's points are its options: a response, a descriptor or a radio names a point by its number.
                for (int point = min; point <= max; point++) {
                    options.add(new Scale.Option(String.valueOf(point), String.valueOf(point), s.textMap("labels").get(String.valueOf(point))));
                }
            }
            out.put(name, new Scale(name, type, s.text("continuum"), s.textMap("labels"), List.copyOf(options), min, max, s.pos()));
        }
        return out;
    }
}
