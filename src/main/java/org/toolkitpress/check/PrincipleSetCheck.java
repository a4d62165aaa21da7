package org.toolkitpress.check;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.toolkitpress.model.Diagnostics;
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
        for (PrincipleSet.Principle principle : set.principles()) {
            principle.values().forEach((id, value) -> {
                PrincipleSet.Part part = parts.get(id);
                if (part == null) {
                    diagnostics.error(value.pos(), "principle \"" + principle.id() + "\" has a part \"" + id
                                    + "\" the set does not declare",
                            (set.parts().isEmpty() ? "without `parts:` a principle has description, examples and quote; "
                                    : "the set declares: " + declared + "; ")
                                    + "fix the name, or declare it under `parts:`");
                } else {
                    used.merge(id, 1, Integer::sum);
                    // The schema already reports a built-in part written in another shape than its own.
                    boolean schemaReported = BUILT_IN.contains(id) && part.kind() == PrincipleSet.Kind.implied(id);
                    if (value.kind() != part.kind() && !schemaReported) {
                        diagnostics.error(value.pos(), "part \"" + id + "\" is declared as " + article(part.kind())
                                        + ", but principle \"" + principle.id() + "\" writes " + article(value.kind()),
                                hint(part.kind()) + ", or declare `kind: " + value.kind().key() + "` for the part");
                    }
                }
            });
        }
        if (!set.parts().isEmpty()) {
            for (PrincipleSet.Part part : parts.values()) {
                if (!used.containsKey(part.id())) {
                    diagnostics.warning(part.pos(), "no principle has the part \"" + part.id() + "\"; it is declared but never shown",
                            "add `" + part.id() + ":` to the principles, or remove it from `parts:`");
                }
            }
        }
        numbers(set);
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
