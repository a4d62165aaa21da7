package org.toolkitpress.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.SourcePos;

/**
 * Reads typed values out of one mapping of a {@link YamlTree}, reporting a missing, mistyped or
 * unknown key at its line instead of failing. Absent optional values come back as null.
 */
final class Fields {

    private final YamlTree tree;
    private final Diagnostics diagnostics;
    private final String pointer;
    private final JsonNode node;

    Fields(YamlTree tree, Diagnostics diagnostics) {
        this(tree, diagnostics, "", tree.root());
    }

    private Fields(YamlTree tree, Diagnostics diagnostics, String pointer, JsonNode node) {
        this.tree = tree;
        this.diagnostics = diagnostics;
        this.pointer = pointer;
        this.node = node;
    }

    YamlTree tree() {
        return tree;
    }

    boolean isMapping() {
        return node.isObject();
    }

    SourcePos pos() {
        return tree.at(pointer);
    }

    SourcePos pos(String key) {
        return tree.at(YamlTree.child(pointer, key));
    }

    boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    /** Reports every key not in {@code allowed}, with the closest allowed key as a hint. */
    Fields allowOnly(Set<String> allowed, String what) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                diagnostics.error(pos(name), "unknown " + what + " key \"" + name + "\"", DidYouMean.hint(name, allowed));
            }
        }
        return this;
    }

    String text(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode value = node.get(key);
        if (value.isValueNode()) {
            return value.asText();
        }
        diagnostics.error(pos(key), "\"" + key + "\" must be text, not a " + (value.isArray() ? "list" : "mapping"));
        return null;
    }

    String requiredText(String key) {
        String value = text(key);
        if (value == null && !has(key)) {
            diagnostics.error(pos(), "missing required key \"" + key + "\"", "add a line `" + key + ": …`");
        } else if (value != null && value.isBlank()) {
            diagnostics.error(pos(key), "\"" + key + "\" must not be empty");
            return null;
        }
        return value;
    }

    Integer integer(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode value = node.get(key);
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        diagnostics.error(pos(key), "\"" + key + "\" must be a whole number, not \"" + value.asText() + "\"");
        return null;
    }

    LocalDate date(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            diagnostics.error(pos(key), "\"" + key + "\" must be a date written year-month-day, not \"" + value + "\"",
                    "for example `" + key + ": 2026-04-01`");
            return null;
        }
    }

    /** A list of text values; a single text value counts as a list of one. */
    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        if (!has(key)) {
            return out;
        }
        JsonNode value = node.get(key);
        if (value.isValueNode()) {
            out.add(value.asText());
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (item.isValueNode()) {
                    out.add(item.asText());
                } else {
                    diagnostics.error(tree.at(pointer + "/" + key + "/" + i), "each entry of \"" + key + "\" must be text");
                }
            }
        } else {
            diagnostics.error(pos(key), "\"" + key + "\" must be a list");
        }
        return out;
    }

    /** A mapping of text values, in the order written. */
    Map<String, String> textMap(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!has(key)) {
            return out;
        }
        JsonNode value = node.get(key);
        if (!value.isObject()) {
            diagnostics.error(pos(key), "\"" + key + "\" must be a mapping of names to values");
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                out.put(entry.getKey(), entry.getValue().asText());
            } else if (!entry.getValue().isNull()) {
                diagnostics.error(tree.at(pointer + "/" + key + "/" + entry.getKey()), "\"" + entry.getKey() + "\" must be text");
            }
        }
        return out;
    }

    /** A nested mapping, or null when absent (or reported when not a mapping). */
    Fields child(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode value = node.get(key);
        if (!value.isObject()) {
            diagnostics.error(pos(key), "\"" + key + "\" must be a mapping");
            return null;
        }
        return new Fields(tree, diagnostics, pointer + "/" + key, value);
    }

    /** A list of mappings; entries that are not mappings are reported and skipped. */
    List<Fields> list(String key) {
        List<Fields> out = new ArrayList<>();
        if (!has(key)) {
            return out;
        }
        JsonNode value = node.get(key);
        if (!value.isArray()) {
            diagnostics.error(pos(key), "\"" + key + "\" must be a list");
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            String itemPointer = pointer + "/" + key + "/" + i;
            if (value.get(i).isObject()) {
                out.add(new Fields(tree, diagnostics, itemPointer, value.get(i)));
            } else {
                diagnostics.error(tree.at(itemPointer), "each entry of \"" + key + "\" must be a mapping of keys to values");
            }
        }
        return out;
    }

    /** The raw node of a key, for values with free shape (response answers). */
    JsonNode raw(String key) {
        return node.get(key);
    }

    SourcePos posOf(String relativePointer) {
        return tree.at(pointer + relativePointer);
    }
}
