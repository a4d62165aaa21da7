package org.toolkitpress.check;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.toolkitpress.model.AnswerParts;
import org.toolkitpress.model.AnswerValue;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Scale;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;

/**
 * Checks the shapes an audit may take beyond one scale per item: named parts (ratings, ticks,
 * write-in boxes, dates), assessment points and layouts, and the answers a response gives to
 * them. The schema has checked each key's form; this checks what only the whole audit knows.
 */
final class AuditShapeCheck {

    /** Keys an item's own answer already uses, which a named part may not take. */
    private static final Set<String> RESERVED = Set.of(AnswerParts.CHOICE, AnswerParts.SCORE, AnswerParts.TEXT, AnswerParts.EVIDENCE);

    private final Toolkit toolkit;
    private final Diagnostics diagnostics;
    /** Parts already warned of: a part given on a section is every item's, and is said once. */
    private final Set<SourcePos> spaceWarned = new java.util.HashSet<>();

    AuditShapeCheck(Toolkit toolkit, Diagnostics diagnostics) {
        this.toolkit = toolkit;
        this.diagnostics = diagnostics;
    }

    void audit(Audit audit) {
        Map<String, SourcePos> points = new HashMap<>();
        for (Audit.AssessmentPoint point : audit.assessmentPoints()) {
            SourcePos first = points.putIfAbsent(point.id(), point.pos());
            if (first != null) {
                diagnostics.error(point.pos(), "assessment point \"" + point.id() + "\" is declared twice (first at line " + first.line() + ")",
                        "each point needs its own id: answers are saved as <part>@<point>");
            }
        }
        if (!audit.assessmentPoints().isEmpty() && audit.assessmentPoints().stream().allMatch(Audit.AssessmentPoint::optional)) {
            diagnostics.warning(audit.assessmentPoints().get(0).pos(), "every assessment point is optional",
                    "make the first point (or the one every school must fill in) not optional");
        }
        for (Audit.Section section : audit.sections()) {
            layout(audit, section.layout(), section.allItems(), section.pos(), "section \"" + section.id() + "\"");
            for (Audit.Item item : section.allItems()) {
                item(audit, item);
            }
        }
    }

    private void item(Audit audit, Audit.Item item) {
        Scale scale = audit.scaleOf(item);
        if (scale != null && scale.isDistribution() && audit.hasAssessmentPoints()) {
            diagnostics.error(item.pos(), "item \"" + item.id() + "\" spreads percentages over stages, which cannot be answered at assessment points",
                    "use a choice or score scale for an audit with `assessment_points:`, or remove the points");
        }
        // An item writes its answer in a box of its own on a text scale, or with no scale and no parts (FormView).
        boolean ownBox = scale == null ? item.parts().isEmpty() : scale.isText();
        if (item.space() != Audit.Space.MEDIUM && !ownBox && !DataCheck.brokenScales(audit)) {
            diagnostics.warning(item.pos(), "item \"" + item.id() + "\" asks for `space: " + item.space().key()
                    + "` but has no write-in answer box of its own", "`space:` sizes a text item's box; put it on a `type: text` part instead");
        }
        Map<String, SourcePos> seen = new HashMap<>();
        Set<String> stages = new TreeSet<>(stages(scale));
        for (Audit.Part part : item.parts()) {
            SourcePos first = seen.putIfAbsent(part.id(), part.pos());
            if (first != null) {
                diagnostics.error(part.pos(), "item \"" + item.id() + "\" has two parts \"" + part.id() + "\" (first at line " + first.line() + ")",
                        "give each part its own id: answers are saved under it");
            }
            if (RESERVED.contains(part.id()) || stages.contains(part.id())) {
                diagnostics.error(part.pos(), "part id \"" + part.id() + "\" is taken by the item's own answer",
                        "choose another id (not choice, score, text, evidence or a stage id)");
            }
            if (part.space() != Audit.Space.MEDIUM && part.type() != Audit.Part.Type.TEXT && spaceWarned.add(part.pos())) {
                diagnostics.warning(part.pos(), "part \"" + part.id() + "\" is a " + part.type().key() + ", and `space:` sizes only write-in boxes",
                        "remove `space:`, or make the part `type: text`");
            }
            if (part.type() == Audit.Part.Type.RATING) {
                Scale rating = part.scale() == null ? null : audit.scales().get(part.scale());
                if (part.scale() != null && rating == null) {
                    diagnostics.error(part.pos(), "part \"" + part.id() + "\" uses unknown scale \"" + part.scale() + "\"",
                            audit.scales().isEmpty() ? "declare it under `scales:`" : "scales: " + String.join(", ", audit.scales().keySet()));
                } else if (rating != null && !rating.isChoice() && !rating.isScore()) {
                    diagnostics.error(part.pos(), "part \"" + part.id() + "\" is a rating on " + rating.type().key() + " scale \"" + rating.id() + "\"",
                            "a rating part needs a choice or score scale; use `type: text` for a write-in box");
                }
            } else if (part.scale() != null) {
                diagnostics.error(part.pos(), "part \"" + part.id() + "\" is a " + part.type().key() + " and cannot have a scale",
                        "only `type: rating` takes `scale:`");
            }
        }
    }

    /** A grid lays out items on choice or score scales; say so when a section asks for one and has none. */
    private void layout(Audit audit, Audit.Layout layout, List<Audit.Item> items, SourcePos pos, String where) {
        if (layout != Audit.Layout.GRID) {
            return;
        }
        boolean any = items.stream().map(i -> audit.scaleOf(i))
                .anyMatch(s -> s != null && (s.isChoice() || s.isScore()));
        if (!any && !DataCheck.brokenScales(audit)) {
            diagnostics.warning(pos, where + " asks for `layout: grid` but none of its items is on a choice or score scale",
                    "a grid lays out questions against a scale's options; remove `layout: grid` here");
        }
    }

    /**
     * The value a response gives one named part of an item ({@code key} without its point), or
     * false when {@code key} is not one of the item's named parts.
     */
    boolean partAnswer(Audit audit, Audit.Item item, String key, AnswerValue value, SourcePos pos) {
        Audit.Part part = item.parts().stream().filter(p -> p.id().equals(key)).findFirst().orElse(null);
        if (part == null) {
            return false;
        }
        String text = value.text();
        switch (part.type()) {
            case TICK -> {
                if (!Audit.Part.TICKED.equals(text)) {
                    diagnostics.error(pos, "a tick box holds \"" + Audit.Part.TICKED + "\" or nothing, not \"" + text + "\"",
                            "write `" + key + ": " + Audit.Part.TICKED + "` when ticked; leave the part out when not");
                }
            }
            case DATE -> {
                if (!isDate(text)) {
                    diagnostics.error(pos, "\"" + text + "\" is not a date", "write it as year-month-day, e.g. 2026-03-14");
                }
            }
            case RATING -> {
                Scale scale = part.scale() == null ? null : audit.scales().get(part.scale());
                if (scale != null && scale.options().stream().noneMatch(o -> o.id().equals(text))) {
                    diagnostics.error(pos, "\"" + text + "\" is not " + (scale.isScore() ? "a point" : "an option") + " of scale \"" + scale.id() + "\"",
                            scale.isScore() ? "a whole number from " + scale.min() + " to " + scale.max()
                                    : "options: " + String.join(", ", scale.options().stream().map(Scale.Option::id).toList()));
                }
            }
            case TEXT -> {
                // Free writing: any text.
            }
        }
        return true;
    }

    /** Header keys an audit with assessment points accepts besides its header fields: each point's date. */
    static List<String> pointDates(Audit audit) {
        return audit.assessmentPoints().stream().map(AnswerParts::pointDate).toList();
    }

    /** An assessment point's date as a response gives it. */
    void pointDate(String key, String value, SourcePos pos) {
        if (!isDate(value)) {
            diagnostics.error(pos, "the date of " + key.substring(key.indexOf('@') + 1) + ", \"" + value + "\", is not a date",
                    "write it as year-month-day, e.g. 2026-03-14");
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private List<String> stages(Scale scale) {
        Continuum continuum = scale == null || !scale.isDistribution() || scale.continuum() == null ? null
                : toolkit.continua().get(scale.continuum());
        return continuum == null ? List.of() : continuum.stages().stream().map(Continuum.Stage::id).toList();
    }
}
