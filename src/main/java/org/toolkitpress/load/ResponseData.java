package org.toolkitpress.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.AnswerValue;
import org.toolkitpress.model.Answers;
import org.toolkitpress.model.ItemAnswer;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.SourcePos;

/**
 * A response file's fields, already checked by its schema, read into a {@link Response}: the
 * answers with where each was written, so {@code check} can point at a wrong answer's line.
 */
final class ResponseData {

    private ResponseData() {
    }

    static Response of(Fields f) {
        Map<String, ItemAnswer> answers = new LinkedHashMap<>();
        Map<String, SourcePos> positions = new LinkedHashMap<>();
        JsonNode raw = f.raw("answers");
        if (raw != null && raw.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = raw.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> item = it.next();
                Map<String, AnswerValue> parts = new LinkedHashMap<>();
                positions.put(item.getKey(), f.posOf("/answers/" + item.getKey()));
                for (Iterator<Map.Entry<String, JsonNode>> p = item.getValue().fields(); p.hasNext(); ) {
                    Map.Entry<String, JsonNode> part = p.next();
                    JsonNode v = part.getValue();
                    positions.put(item.getKey() + "/" + part.getKey(),
                            f.posOf("/answers/" + item.getKey() + "/" + part.getKey()));
                    if (v.isNumber()) {
                        parts.put(part.getKey(), AnswerValue.of(v.decimalValue()));
                    } else if (v.isValueNode() && !v.isNull()) {
                        parts.put(part.getKey(), AnswerValue.of(v.asText()));
                    }
                }
                answers.put(item.getKey(), new ItemAnswer(parts));
            }
        }
        JsonNode header = f.raw("header");
        if (header != null && header.isObject()) {
            // Kept as the item "header" (a reserved item id), so a header value's errors point at its line.
            header.fieldNames().forEachRemaining(k -> positions.put("header/" + k, f.posOf("/header/" + k)));
        }
        Integer version = f.integer("version");
        return new Response(f.text("id"), f.text("audit"), version == null ? 1 : version,
                f.text("title"), f.textMap("header"), new Answers(answers), f.textMap("closing"), plan(f), f.pos(), positions);
    }

    /** The response's action plan rows, in order; older exports have none. */
    private static List<Response.PlanRow> plan(Fields f) {
        List<Response.PlanRow> out = new ArrayList<>();
        for (Fields row : f.list("plan")) {
            out.add(new Response.PlanRow(text(row, "item"), text(row, "action"), text(row, "who"), text(row, "by"), text(row, "measure")));
        }
        return List.copyOf(out);
    }

    private static String text(Fields row, String key) {
        return row.text(key) == null ? "" : row.text(key);
    }
}
