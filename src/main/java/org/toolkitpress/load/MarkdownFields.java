package org.toolkitpress.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Body;

/**
 * Which text values of each kind of data file are Markdown (the templates render them with
 * {@code md}/{@code mdi}), parsed where they were written so the check stage holds them to the
 * same rules as a page, at their own line and column. A {@code *} matches any key or list index.
 */
final class MarkdownFields {

    private static final Map<String, List<String>> BY_KIND = Map.of(
            "continuum", List.of("intro", "after", "source", "evidenced_through/*", "aspects/*/cells/*"),
            "principles", List.of("intro", "principles/*/description", "principles/*/examples/*",
                    "principles/*/quote/text"),
            "audit", List.of("source", "intro", "advice", "scoring", "definitions/*/meaning", "sections/*/intro",
                    "sections/*/groups/*/intro", "sections/*/items/*/text", "sections/*/items/*/points/*",
                    "sections/*/items/*/descriptors/*", "sections/*/groups/*/items/*/text",
                    "sections/*/groups/*/items/*/points/*", "sections/*/groups/*/items/*/descriptors/*"),
            "response", List.of("answers/*/*", "closing/*"),
            "brand", List.of("accessibility/known_issues/*"));

    private MarkdownFields() {
    }

    /** Parses every Markdown value of a data file of {@code kind} and hands each to {@code out}. */
    static void parse(String kind, YamlTree tree, Markdown markdown, Consumer<Body> out) {
        for (String pattern : BY_KIND.getOrDefault(kind, List.of())) {
            walk(tree.root(), "", List.of(pattern.split("/")), (pointer, value) ->
                    out.accept(markdown.parse(value, tree.textAt(pointer))));
        }
    }

    private interface Found {
        void text(String pointer, String value);
    }

    private static void walk(JsonNode node, String pointer, List<String> rest, Found found) {
        if (node == null) {
            return;
        }
        if (rest.isEmpty()) {
            if (node.isTextual()) {
                found.text(pointer, node.asText());
            }
            return;
        }
        String step = rest.get(0);
        List<String> after = rest.subList(1, rest.size());
        if (!step.equals("*")) {
            walk(node.get(step), pointer + "/" + step, after, found);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, after, found);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), after, found);
            }
        }
    }
}
