package org.toolkitpress.check;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.DidYouMean;
import org.toolkitpress.model.PrincipleSet;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;

/**
 * Checks each principle set against its own layout: parts declared once, every part a principle
 * writes declared (and written as the kind declared), every declared part used somewhere, and
 * numbers either given to every principle or to none when the set numbers them automatically.
 */
final class PrincipleSetCheck {

    private static final Set<String> BUILT_IN = Set.of("description", "examples", "quote");

    private final Toolkit toolkit;
    private final Diagnostics diagnostics;

    PrincipleSetCheck(Toolkit toolkit, Diagnostics diagnostics) {
        this.toolkit = toolkit;
        this.diagnostics = diagnostics;
    }

    void run() {
        toolkit.principleSets().values().forEach(this::set);
    }

    private void set(PrincipleSet set) {
        Map<String, PrincipleSet.Part> parts = new LinkedHashMap<>();
        for (PrincipleSet.Part part : set.layout()) {
            PrincipleSet.Part first = parts.putIfAbsent(part.id(), part);
            if (first != null) {
                diagnostics.error(part.pos(), "part \"" + part.id() + "\" is declared twice (first at line " + first.pos().line() + ")",
                        "declare each part once, where it should appear");
            }
        }
        String declared = String.join(", ", parts.keySet());
        Map<String, Integer> used = new HashMap<>();
        // By part, the principles that write it in another kind than the one declared.
        Map<String, List<Map.Entry<PrincipleSet.Principle, PrincipleSet.Value>>> otherKind = new LinkedHashMap<>();
        // By part id, the principles that write a part the set does not declare.
        Map<String, List<Map.Entry<PrincipleSet.Principle, PrincipleSet.Value>>> undeclared = new LinkedHashMap<>();
        for (PrincipleSet.Principle principle : set.principles()) {
            principle.values().forEach((id, value) -> {
                PrincipleSet.Part part = parts.get(id);
                if (part == null) {
                    // `titel:` for a missing `title:` is reported once, by the schema, as the key it misspells.
                    if (!misspeltOwnKey(principle, id)) {
                        undeclared.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(Map.entry(principle, value));
                    }
                } else {
                    used.merge(id, 1, Integer::sum);
                    // The schema already reports a built-in part written in another shape than its own.
                    boolean schemaReported = BUILT_IN.contains(id) && part.kind() == PrincipleSet.Kind.implied(id);
                    if (value.kind() != part.kind() && !schemaReported) {
                        otherKind.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(Map.entry(principle, value));
                    }
                }
            });
        }
        otherKind.forEach((id, values) -> kinds(parts.get(id), values, used.get(id)));
        java.util.Set<String> renamed = new java.util.HashSet<>();
        undeclared.forEach((id, values) -> {
            List<String> unused = set.parts().isEmpty() ? List.of()
                    : parts.keySet().stream().filter(p -> !used.containsKey(p) && !renamed.contains(p)).toList();
            String misnamed = DidYouMean.nearest(id, unused);
            if (misnamed != null && values.size() > 1) {
                // Several principles agree on a name near a declared part none of them writes: the declaration is the typo.
                renamed.add(misnamed);
                diagnostics.error(parts.get(misnamed).pos(), "part \"" + misnamed + "\" is declared, but the principles write \""
                        + id + "\"", "did you mean \"" + id + "\"? use one name in `parts:` and in the principles");
                return;
            }
            String near = DidYouMean.nearest(id, parts.keySet());
            values.forEach(v -> diagnostics.error(v.getValue().pos(), "principle \"" + v.getKey().id() + "\" has a part \"" + id
                            + "\" the set does not declare", (near != null ? "did you mean \"" + near + "\"? " : "")
                            + (set.parts().isEmpty() ? "without `parts:` a principle has description, examples and quote; "
                            : "the set declares: " + declared + "; ") + "fix the name, or declare it under `parts:`"));
        });
        if (!set.parts().isEmpty()) {
            for (PrincipleSet.Part part : parts.values()) {
                if (!used.containsKey(part.id()) && !renamed.contains(part.id())) {
                    diagnostics.warning(part.pos(), "no principle has the part \"" + part.id() + "\"; it is declared but never shown",
                            "add `" + part.id() + ":` to the principles, or remove it from `parts:`");
                }
            }
        }
        numbers(set);
    }

    /** Whether {@code key} is a misspelling of a principle's own key that the principle lacks (`titel:`). */
    private static boolean misspeltOwnKey(PrincipleSet.Principle principle, String key) {
        return principle.title() == null && DidYouMean.distance(key, "title") <= DidYouMean.limit("title")
                || principle.id() == null && DidYouMean.distance(key, "id") <= DidYouMean.limit("id");
    }

    /**
     * Principles writing a part in another kind than declared. When every principle that has the
     * part writes it the same other way, the declaration is the one mistake: said once, there.
     */
    private void kinds(PrincipleSet.Part part, List<Map.Entry<PrincipleSet.Principle, PrincipleSet.Value>> values, int writing) {
        List<PrincipleSet.Kind> written = values.stream().map(v -> v.getValue().kind()).distinct().toList();
        if (values.size() > 1 && values.size() == writing && written.size() == 1 && part.pos() != null) {
            diagnostics.error(part.pos(), "part \"" + part.id() + "\" is declared as " + article(part.kind())
                            + ", but all " + values.size() + " principles that have it write " + article(written.get(0)),
                    "declare `kind: " + written.get(0).key() + "` for the part");
            return;
        }
        values.forEach(v -> diagnostics.error(v.getValue().pos(), "part \"" + part.id() + "\" is declared as "
                        + article(part.kind()) + ", but principle \"" + v.getKey().id() + "\" writes " + article(v.getValue().kind()),
                hint(part.kind()) + ", or declare `kind: " + v.getValue().kind().key() + "` for the part"));
    }

    /** In a numbered set, a principle without a number next to ones with their own would get a count that may clash. */
    private void numbers(PrincipleSet set) {
        List<PrincipleSet.Principle> numbered = set.principles().stream().filter(p -> p.number() != null).toList();
        if (!set.numbered() || numbered.isEmpty() || numbered.size() == set.principles().size()) {
            return;
        }
        for (int i = 0; i < set.principles().size(); i++) {
            PrincipleSet.Principle p = set.principles().get(i);
            if (p.number() == null) {
                SourcePos example = numbered.get(0).pos();
                diagnostics.warning(p.pos(), "principle \"" + p.id() + "\" has no `number:` while others have one (line "
                                + example.line() + "); it is numbered " + (i + 1) + ".",
                        "give every principle a `number:`, or set `numbered: false` to print only the numbers written");
            }
        }
    }

    private static String article(PrincipleSet.Kind kind) {
        return switch (kind) {
            case TEXT -> "text";
            case LIST -> "a list";
            case QUOTE -> "a quote";
        };
    }

    private static String hint(PrincipleSet.Kind kind) {
        return switch (kind) {
            case TEXT -> "write it as Markdown text (a `|` block for several lines)";
            case LIST -> "write it as a list of `- ` entries";
            case QUOTE -> "write it as a mapping with `text:` and optional `attribution:`";
        };
    }
}
