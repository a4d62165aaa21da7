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
import org.toolkitpress.model.SourcePos;

/**
 * Reads typed values out of one mapping of a {@link YamlTree} that its schema has already
 * validated ({@link DataSchemas}). It reports nothing: every wrong shape has been reported by the
 * schema, once. A value of the wrong shape reads as absent (null or empty), and {@link #refused()}
 * tells a reader which entries the schema refused, so it can leave them out.
 */
final class Fields {

    private final YamlTree tree;
    private final Set<String> refused;
    private final String pointer;
    private final JsonNode node;

    /** The whole file, with the pointers its schema refused. */
    Fields(YamlTree tree, Set<String> refused) {
        this(tree, refused, "", tree.root());
    }

    private Fields(YamlTree tree, Set<String> refused, String pointer, JsonNode node) {
        this.tree = tree;
        this.refused = refused;
        this.pointer = pointer;
        this.node = node;
    }

    /** Whether the schema refused this mapping or anything in it. */
    boolean refused() {
        return refused.stream().anyMatch(p -> p.equals(pointer) || p.startsWith(pointer + "/"));
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

    /** A scalar's text (a number or true/false as written), or null. */
    String text(String key) {
        JsonNode value = node.get(key);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    Integer integer(String key) {
        JsonNode value = node.get(key);
        return value != null && value.isIntegralNumber() && value.canConvertToInt() ? value.intValue() : null;
    }

    LocalDate date(String key) {
        String value = text(key);
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A list of text values; a single text value counts as a list of one. */
    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        JsonNode value = node.get(key);
        if (value != null && value.isValueNode() && !value.isNull()) {
            out.add(value.asText());
        } else if (value != null && value.isArray()) {
            value.forEach(item -> {
                if (item.isValueNode() && !item.isNull()) {
                    out.add(item.asText());
                }
            });
        }
        return out;
    }

    /** A mapping of text values, in the order written. */
    Map<String, String> textMap(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode value = node.get(key);
        if (value == null || !value.isObject()) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                out.put(entry.getKey(), entry.getValue().asText());
            }
        }
        return out;
    }

    /** A nested mapping, or null when absent or not a mapping. */
    Fields child(String key) {
        JsonNode value = node.get(key);
        return value != null && value.isObject() ? new Fields(tree, refused, YamlTree.child(pointer, key), value) : null;
    }

    /** The mappings of a list; entries that are not mappings are left out. */
    List<Fields> list(String key) {
        List<Fields> out = new ArrayList<>();
        JsonNode value = node.get(key);
        if (value == null || !value.isArray()) {
            return out;
        }
        String listPointer = YamlTree.child(pointer, key);
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isObject()) {
                out.add(new Fields(tree, refused, listPointer + "/" + i, value.get(i)));
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
