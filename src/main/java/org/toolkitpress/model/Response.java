package org.toolkitpress.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A filled-in audit: header values, answers by item id then part, and closing fields. The same
 * shape is exported and imported by the web form and fills a PDF. Answer values are numbers
 * (distribution percentages) or strings. {@code positions} says where each answer was written.
 */
public record Response(String id, String audit, int version, String title, Map<String, String> header,
                       Map<String, Map<String, Object>> answers, Map<String, String> closing,
                       SourcePos pos, Map<String, SourcePos> positions) {

    /** Where an answer was written: key {@code item} or {@code item/part}. */
    public SourcePos at(String item, String part) {
        SourcePos found = positions.get(part == null ? item : item + "/" + part);
        return found != null ? found : positions.getOrDefault(item, pos);
    }

    /** The response in the shape the web form exports and imports: {@code {audit, version, header, answers, closing}}. */
    public Map<String, Object> exported() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("audit", audit);
        out.put("version", version);
        out.put("header", header);
        out.put("answers", answers);
        out.put("closing", closing);
        return out;
    }
}
