package org.toolkitpress.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One item's answer, part by part, in the order written. A part key is what {@link AnswerParts}
 * names: a part id, a stage id, {@code choice}, {@code score} or {@code evidence}, each
 * {@code @point} when answered at an assessment point.
 */
public record ItemAnswer(@JsonValue Map<String, AnswerValue> parts) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ItemAnswer {
        // Kept in the order written: an export and the fields of a PDF list answers as the form does.
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** An item nothing was written for. */
    public static final ItemAnswer NONE = new ItemAnswer(Map.of());

    /** What {@code part} holds as text, "" when nothing. */
    public String text(String part) {
        AnswerValue value = parts.get(part);
        return value == null ? "" : value.text();
    }

    /** What {@code part} holds, or null. */
    public AnswerValue get(String part) {
        return parts.get(part);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
