package org.toolkitpress.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.toolkitpress.model.SourcePos;

/**
 * Merges an overlay's data file over the base file it replaces, key by key, so a brand writes
 * only what differs. Mappings merge recursively; a list of mappings that all carry an {@code id}
 * merges item by item on that id (an item with a new id is added at the end); any other value
 * (text, number, plain list) replaces the base value. Every key keeps the position of the file
 * that gave it, so messages point into the overlay or into the base as appropriate.
 */
final class YamlMerge {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlMerge() {
    }

    static YamlTree over(YamlTree base, YamlTree overlay) {
        Map<String, SourcePos> positions = new HashMap<>(base.positions());
        JsonNode merged = merge(base.root(), overlay.root(), "", "", overlay.positions(), positions);
        // Where each text value starts follows the same pointers as the keys.
        Map<String, SourcePos> values = new HashMap<>(base.values());
        merge(base.root(), overlay.root(), "", "", overlay.values(), values);
        Map<String, YamlText> sources = new HashMap<>(base.sources());
        sources.putAll(overlay.sources());
        return new YamlTree(merged, positions, values, sources, overlay.file());
    }

    /**
     * Merges {@code over} (found at {@code overPointer} in the overlay) onto {@code base} (at
     * {@code pointer} in the result), recording positions for the result's pointers.
     */
    private static JsonNode merge(JsonNode base, JsonNode over, String pointer, String overPointer,
                                  Map<String, SourcePos> overPositions, Map<String, SourcePos> positions) {
        if (base != null && base.isObject() && over.isObject()) {
            ObjectNode out = ((ObjectNode) base).deepCopy();
            for (Iterator<Map.Entry<String, JsonNode>> it = over.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = YamlTree.child(pointer, field.getKey());
                String overChild = YamlTree.child(overPointer, field.getKey());
                out.set(field.getKey(), merge(base.get(field.getKey()), field.getValue(), child, overChild,
                        overPositions, positions));
                positions.put(child, overPositions.get(overChild));
            }
            return out;
        }
        if (base != null && isListById(base) && isListById(over)) {
            Map<String, Integer> index = new LinkedHashMap<>();
            ArrayNode out = ((ArrayNode) base).deepCopy();
            for (int i = 0; i < out.size(); i++) {
                index.put(out.get(i).get("id").asText(), i);
            }
            for (int i = 0; i < over.size(); i++) {
                JsonNode item = over.get(i);
                Integer at = index.get(item.get("id").asText());
                int target = at == null ? out.size() : at;
                String itemPointer = pointer + "/" + target;
                if (at == null) {
                    out.add(NODES.objectNode());
                }
                out.set(target, merge(at == null ? null : out.get(target), item, itemPointer,
                        overPointer + "/" + i, overPositions, positions));
                positions.put(itemPointer, overPositions.get(overPointer + "/" + i));
            }
            return out;
        }
        // A replaced value: forget the base's positions below it, then take the overlay's.
        positions.keySet().removeIf(p -> p.startsWith(pointer + "/"));
        overPositions.forEach((p, pos) -> {
            if (p.startsWith(overPointer + "/")) {
                positions.put(pointer + p.substring(overPointer.length()), pos);
            }
        });
        return over.deepCopy();
    }

    private static boolean isListById(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            return false;
        }
        for (JsonNode item : node) {
            if (!item.isObject() || !item.hasNonNull("id") || !item.get("id").isValueNode()) {
                return false;
            }
        }
        return true;
    }
}
