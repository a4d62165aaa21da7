package org.toolkitpress.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.toolkitpress.model.AnswerParts;
import org.toolkitpress.model.AnswerValue;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.DidYouMean;
import org.toolkitpress.model.ItemAnswer;
import org.toolkitpress.model.PrincipleSet;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.Scale;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;

/**
 * Checks data files against each other (their shape was checked by the schemas when loaded): ids unique, scales naming real continua and options,
 * responses naming real items and parts, and distribution answers that add up to 100.
 */
final class DataCheck {

    private final Toolkit toolkit;
    private final Diagnostics diagnostics;
    private final AuditShapeCheck shapes;

    DataCheck(Toolkit toolkit, Diagnostics diagnostics) {
        this.toolkit = toolkit;
        this.diagnostics = diagnostics;
        this.shapes = new AuditShapeCheck(toolkit, diagnostics);
    }

    void run() {
        toolkit.continua().values().forEach(this::continuum);
        toolkit.principleSets().values().forEach(this::principles);
        toolkit.audits().values().forEach(this::audit);
        toolkit.responses().values().forEach(this::response);
    }

    private void id(String id, SourcePos pos, Map<String, SourcePos> seen, String what) {
        if (id == null) {
            return;
        }
        SourcePos first = seen.putIfAbsent(id, pos);
        if (first != null) {
            // Options share their scale's position: "first at line 25" on line 25 would say nothing.
            diagnostics.error(pos, what + " id \"" + id + "\" is used twice" + (first.line() == pos.line() ? ""
                            : " (first at line " + first.line() + ")"),
                    "ids must be unique: saved answers and links refer to them");
        }
    }

    private void continuum(Continuum continuum) {
        Map<String, SourcePos> seen = new HashMap<>();
        for (Continuum.Stage stage : continuum.stages()) {
            id(stage.id(), stage.pos(), seen, "stage");
        }
        Map<String, SourcePos> aspects = new HashMap<>();
        for (Continuum.Aspect aspect : continuum.aspects()) {
            id(aspect.id(), aspect.pos(), aspects, "aspect");
            for (String stage : aspect.cells().keySet()) {
                if (!seen.containsKey(stage)) {
                    // Not a stage the aspect already has a cell for: that one is written too.
                    String near = DidYouMean.nearest(stage, seen.keySet().stream().filter(s -> !aspect.cells().containsKey(s)).toList());
                    diagnostics.error(aspect.pos(), "aspect \"" + aspect.id() + "\" has a cell for unknown stage \"" + stage + "\"",
                            near != null ? "did you mean \"" + near + "\"?" : "the stages are " + String.join(", ",
                                    continuum.stages().stream().map(Continuum.Stage::id).distinct().toList()) + ": add \"" + stage
                                    + "\" under `stages:`, or delete its cell");
                }
            }
        }
    }

    /** A score scale's points come from min and max (the loader leaves none when they cannot); labels name points. */
    private void score(Scale scale) {
        if (scale.min() == null || scale.max() == null) {
            return; // the schema has said which is missing
        }
        if (scale.options().isEmpty()) {
            diagnostics.error(scale.pos(), "score scale \"" + scale.id() + "\" runs from " + scale.min() + " to " + scale.max()
                    + ": `min:` must be below `max:`, at most 20 points apart", "e.g. `min: 0` and `max: 3`");
            return;
        }
        String range = scale.min() + " to " + scale.max();
        for (String point : scale.labels().keySet()) {
            if (scale.options().stream().noneMatch(o -> o.id().equals(point))) {
                diagnostics.error(scale.pos(), "scale \"" + scale.id() + "\" labels point \"" + point + "\", which it does not have",
                        "its points are the whole numbers " + range);
            }
        }
    }

    private void principles(PrincipleSet set) {
        Map<String, SourcePos> seen = new HashMap<>();
        set.principles().forEach(p -> id(p.id(), p.pos(), seen, "principle"));
    }

    private void audit(Audit audit) {
        for (Scale scale : audit.scales().values()) {
            if (scale.isDistribution() && scale.continuum() != null) {
                Continuum continuum = toolkit.continua().get(scale.continuum());
                if (continuum == null) {
                    diagnostics.error(scale.pos(), "scale \"" + scale.id() + "\" names an unknown continuum \""
                            + scale.continuum() + "\"", "known continua: " + String.join(", ", toolkit.continua().keySet()));
                } else {
                    for (String label : scale.labels().keySet()) {
                        if (continuum.stage(label) == null) {
                            String near = DidYouMean.nearest(label, continuum.stages().stream().map(Continuum.Stage::id)
                                    .filter(s -> !scale.labels().containsKey(s)).toList());
                            diagnostics.error(scale.pos(), "scale \"" + scale.id() + "\" labels unknown stage \"" + label + "\"",
                                    near != null ? "did you mean \"" + near + "\"?" : "the stages of continuum \"" + continuum.id()
                                            + "\" are " + String.join(", ", continuum.stages().stream().map(Continuum.Stage::id).distinct().toList()));
                        }
                    }
                }
            }
            if (scale.isScore()) {
                score(scale);
            }
            Map<String, SourcePos> options = new HashMap<>();
            scale.options().forEach(o -> id(o.id(), scale.pos(), options, "option"));
        }
        if (audit.allItems().stream().map(audit::scaleOf).noneMatch(s -> s != null && s.isScore())
                && !brokenScales(audit) && !audit.scoreFigures().equals(Audit.SCORE_FIGURES)) {
            diagnostics.warning(audit.pos(), "`score_figures` has no effect: no item of \"" + audit.id() + "\" uses a score scale",
                    "give a scale `type: score` with `min:` and `max:`, or remove `score_figures`");
        }
        actionPlan(audit);
        shapes.audit(audit);
        Map<String, SourcePos> fields = new HashMap<>();
        audit.headerFields().forEach(f -> id(f.id(), f.pos(), fields, "header field"));
        Map<String, SourcePos> closing = new HashMap<>();
        audit.closing().forEach(f -> id(f.id(), f.pos(), closing, "closing field"));
        Map<String, SourcePos> parts = new HashMap<>();
        Map<String, SourcePos> items = new HashMap<>();
        Set<SourcePos> unknownScales = new HashSet<>();
        for (Audit.Section section : audit.sections()) {
            id(section.id(), section.pos(), parts, "section");
            for (Audit.Group group : section.groups()) {
                id(group.id(), group.pos(), parts, "group");
            }
            for (Audit.Item item : section.allItems()) {
                id(item.id(), item.pos(), items, "item");
                if (item.id() != null && (item.id().equals("header") || item.id().equals("closing") || item.id().equals("plan"))) {
                    diagnostics.error(item.pos(), "\"" + item.id() + "\" is reserved for the form's own fields", "choose another item id");
                }
                Scale scale = audit.scaleOf(item);
                if (item.scale() == null && item.parts().isEmpty()) {
                    diagnostics.error(item.pos(), "item \"" + item.id() + "\" has nothing to answer",
                            "set `scale:` on the audit, its section, group or the item, or give it `parts:`");
                } else if (item.scale() == null) {
                    continue; // answered in its named parts only
                } else if (scale == null) {
                    // Said once where the name is written: an audit's `scale:` names the scale of every item under it.
                    if (unknownScales.add(item.scalePos())) {
                        String near = DidYouMean.nearest(item.scale(), audit.scales().keySet());
                        diagnostics.error(item.scalePos(), "`scale:` names an unknown scale \"" + item.scale() + "\"", near != null ? "did you mean \"" + near + "\"?"
                                : audit.scales().isEmpty() ? "name the audit's scales under `scales:`"
                                : "scales: " + String.join(", ", audit.scales().keySet()));
                    }
                } else {
                    for (String option : item.descriptors().keySet()) {
                        if (scale.isScore() && scale.options().stream().noneMatch(o -> o.id().equals(option))) {
                            diagnostics.error(item.pos(), "item \"" + item.id() + "\" describes point \"" + option
                                    + "\", which scale \"" + scale.id() + "\" does not have",
                                    scale.options().isEmpty() ? null : "its points are the whole numbers " + scale.min() + " to " + scale.max());
                        } else if (scale.options().stream().noneMatch(o -> o.id().equals(option))) {
                            List<String> ids = scale.options().stream().map(Scale.Option::id).toList();
                            String near = DidYouMean.nearest(option, ids);
                            diagnostics.error(item.pos(), "item \"" + item.id() + "\" describes unknown option \"" + option + "\"",
                                    near != null ? "did you mean \"" + near + "\"?"
                                            : "the options of scale \"" + scale.id() + "\" are " + String.join(", ", ids));
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether an item of the audit names a scale that is not there (reported once, where it is
     * named): a grid or score figures may have nothing to show only because of it, so they are
     * judged once it is fixed.
     */
    static boolean brokenScales(Audit audit) {
        return audit.allItems().stream().anyMatch(i -> i.scale() != null && audit.scaleOf(i) == null);
    }

    /** The action plan's ids must be stages or options the audit's own scales have. */
    private void actionPlan(Audit audit) {
        if (audit.actionPlan() == null) {
            return;
        }
        java.util.Set<String> stages = new java.util.TreeSet<>();
        java.util.Set<String> options = new java.util.TreeSet<>();
        for (Scale scale : audit.scales().values()) {
            Continuum continuum = scale.isDistribution() ? toolkit.continua().get(scale.continuum()) : null;
            if (continuum != null) {
                continuum.stages().forEach(stage -> stages.add(stage.id()));
            }
            scale.options().forEach(o -> options.add(o.id()));
        }
        audit.actionPlan().needsAction().forEach((type, ids) -> {
            java.util.Set<String> known = type.equals("distribution") ? stages : type.equals("choice") ? options : null;
            if (known == null) {
                return;
            }
            for (String id : ids) {
                if (!known.contains(id)) {
                    diagnostics.error(audit.actionPlan().pos(), "action_plan names unknown " + (known == stages ? "stage" : "option")
                            + " \"" + id + "\" under needs_action." + type, known.isEmpty()
                            ? "the audit has no " + type + " scale: remove needs_action." + type
                            : (known == stages ? "stages" : "options") + ": " + String.join(", ", known));
                }
            }
        });
    }

    private void response(Response response) {
        if (response.audit() == null) {
            return; // missing or not text: the response schema has said so at its line
        }
        Audit audit = toolkit.audits().get(response.audit());
        if (audit == null) {
            if (!UnreadData.unread("audits", response.audit(), diagnostics)) {
                String near = DidYouMean.nearest(response.audit(), toolkit.audits().keySet());
                diagnostics.error(response.pos(), "the response names an unknown audit \"" + response.audit() + "\"",
                        near != null ? "did you mean \"" + near + "\"?" : "audits: " + String.join(", ", toolkit.audits().keySet()));
            }
            return;
        }
        if (response.version() != audit.version()) {
            diagnostics.warning(response.pos(), "the response was made for version " + response.version() + " of \""
                    + audit.id() + "\", which is now version " + audit.version(), "check its answers still fit, then update `version:`");
        }
        answers(response, audit);
    }

    /** The answers of a response against its audit: known fields, items and parts; percentages adding up to 100. */
    void answers(Response response, Audit audit) {
        Set<String> header = new HashSet<>();
        audit.headerFields().forEach(f -> header.add(f.id()));
        header.addAll(AuditShapeCheck.pointDates(audit));
        response.header().keySet().stream().filter(k -> !header.contains(k)).forEach(k ->
                diagnostics.error(response.at("header", k), "the response fills unknown header field \"" + k + "\"",
                        nearOr(k, header.stream().filter(h -> !response.header().containsKey(h)).toList(),
                                "header fields: " + String.join(", ", header))));
        AuditShapeCheck.pointDates(audit).stream().distinct().filter(k -> response.header().get(k) != null)
                .forEach(k -> shapes.pointDate(k, response.header().get(k), response.at("header", k)));
        Set<String> closing = new HashSet<>();
        audit.closing().forEach(f -> closing.add(f.id()));
        response.closing().keySet().stream().filter(k -> !closing.contains(k)).forEach(k ->
                diagnostics.error(response.pos(), "the response fills unknown closing field \"" + k + "\""));
        Map<String, List<UnknownPart>> unknown = new LinkedHashMap<>();
        for (Map.Entry<String, ItemAnswer> answer : response.answers().items().entrySet()) {
            Audit.Item item = audit.item(answer.getKey());
            if (item == null && AnswerParts.hasOwnEvidence(audit, answer.getKey())) {
                answer.getValue().parts().keySet().stream().filter(p -> !p.equals(AnswerParts.EVIDENCE)).forEach(p ->
                        diagnostics.error(response.at(answer.getKey(), p), "\"" + answer.getKey() + "\" has only an evidence part"));
                continue;
            }
            if (item == null) {
                String near = DidYouMean.nearest(answer.getKey(), audit.allItems().stream().map(Audit.Item::id).toList());
                diagnostics.error(response.at(answer.getKey(), null), "the response answers unknown item \"" + answer.getKey()
                        + "\" of \"" + audit.id() + "\"", (near != null ? "did you mean \"" + near + "\"? " : "")
                        + "check the item id in " + audit.pos().path());
                continue;
            }
            Scale scale = audit.scaleOf(item);
            if (scale != null || item.scale() == null) {
                answer(response, audit, item, scale, answer.getValue(), unknown);
            }
        }
        // One part answered by many items that lack it (a stage taken out of the continuum, a part
        // renamed in the audit) is one mistake: said once, at the first, with the lines of the rest.
        unknown.forEach((part, all) -> {
            UnknownPart first = all.get(0);
            String rest = all.size() == 1 ? "" : ", nor have the " + (all.size() - 1) + " other items that answer it (line"
                    + (all.size() > 2 ? "s " : " ") + String.join(", ", all.subList(1, all.size()).stream()
                    .map(u -> String.valueOf(u.pos().line())).toList()) + ")";
            diagnostics.error(first.pos(), "item \"" + first.item() + "\" has no part \"" + part + "\"" + rest, first.hint());
        });
    }

    /** An answer to a part its item does not have, and the hint for it. */
    private record UnknownPart(String item, SourcePos pos, String hint) {
    }

    /** "did you mean" the one name near {@code written} among {@code candidates}, else {@code otherwise}. */
    private static String nearOr(String written, java.util.Collection<String> candidates, String otherwise) {
        String near = DidYouMean.nearest(written, candidates);
        return near != null ? "did you mean \"" + near + "\"?" : otherwise;
    }

    private static boolean repeatsStages(Continuum continuum) {
        return continuum.stages().stream().map(Continuum.Stage::id).distinct().count() < continuum.stages().size();
    }

    /** One item's answer; {@code scale} is null for an item answered in its named parts only. */
    private void answer(Response response, Audit audit, Audit.Item item, Scale scale, ItemAnswer parts,
                        Map<String, List<UnknownPart>> unknown) {
        Set<String> allowed = new LinkedHashSet<>(AnswerParts.of(audit, item, scale, toolkit));
        if (scale != null && scale.isDistribution() && (scale.continuum() == null || !toolkit.continua().containsKey(scale.continuum()))) {
            return; // the audit's scale is already reported; without stages there is nothing to check against
        }
        if (scale != null && scale.isScore() && scale.options().isEmpty()) {
            return; // a score scale without points (min not below max) is reported once, at the scale
        }
        if (scale != null && scale.isDistribution() && repeatsStages(toolkit.continua().get(scale.continuum()))) {
            return; // nor one set of stages to spread answers over: the repeated stage id is reported in the continuum
        }
        if (scale != null && scale.options().stream().map(Scale.Option::id).distinct().count() < scale.options().size()) {
            return; // nor one set of options to choose from: the repeated option id is reported at the scale
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean any = false;
        boolean misnamed = false;
        for (Map.Entry<String, AnswerValue> entry : parts.parts().entrySet()) {
            SourcePos pos = response.at(item.id(), entry.getKey());
            if (!allowed.contains(entry.getKey())) {
                misnamed = true;
                unknown.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(new UnknownPart(item.id(), pos,
                        nearOr(entry.getKey(), allowed.stream().filter(p -> !parts.parts().containsKey(p)).toList(),
                                "parts: " + String.join(", ", allowed))));
                continue;
            }
            // A part answered at an assessment point is checked as the part itself.
            String key = entry.getKey().contains("@") ? entry.getKey().substring(0, entry.getKey().indexOf('@')) : entry.getKey();
            AnswerValue given = entry.getValue();
            if (shapes.partAnswer(audit, item, key, given, pos) || scale == null) {
                continue;
            }
            if (scale.isDistribution() && !key.equals(AnswerParts.EVIDENCE)) {
                if (!given.number()) {
                    diagnostics.error(pos, "a percentage must be a number, not \"" + given.text() + "\"");
                    continue;
                }
                BigDecimal value = given.decimal();
                if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                    diagnostics.error(pos, "the percentage " + value.toPlainString() + " is out of range", "use 0 to 100");
                }
                total = total.add(value);
                any = true;
            }
            if (scale.isScore() && key.equals(AnswerParts.SCORE)
                    && scale.options().stream().noneMatch(o -> o.id().equals(given.text()))) {
                diagnostics.error(pos, "\"" + given.text() + "\" is not a point of scale \"" + scale.id() + "\"",
                        "a whole number from " + scale.min() + " to " + scale.max());
            }
            if (scale.isChoice() && key.equals(AnswerParts.CHOICE)
                    && scale.options().stream().noneMatch(o -> o.id().equals(given.text()))) {
                diagnostics.error(pos, "\"" + given.text() + "\" is not an option of scale \"" + scale.id() + "\"",
                        "options: " + String.join(", ", scale.options().stream().map(Scale.Option::id).toList()));
            }
        }
        // A percentage under a misspelt stage is missing from the total: the misspelling is the one mistake.
        if (any && !misnamed && total.compareTo(BigDecimal.valueOf(100)) != 0) {
            diagnostics.error(response.at(item.id(), null), "the percentages for item \"" + item.id() + "\" add up to "
                    + total.stripTrailingZeros().toPlainString() + ", not 100", "spread exactly 100% across the stages");
        }
    }
}
