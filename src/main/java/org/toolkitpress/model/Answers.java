package org.toolkitpress.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response's answers: item id → {@link ItemAnswer}, in the order written. The same shape the web
 * form exports ({@code answers} in its JSON), imports and fills a PDF with.
 */
public record Answers(@JsonValue Map<String, ItemAnswer> items) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Answers {
        // Kept in the order written: an export and the fields of a PDF list answers as the form does.
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    /** No answers. */
    public static final Answers NONE = new Answers(Map.of());

    /** The answer to {@code item}; {@link ItemAnswer#NONE} when none was given. */
    public ItemAnswer of(String item) {
        return items.getOrDefault(item, ItemAnswer.NONE);
    }

    /** Whether anything was written for {@code item}. */
    public boolean has(String item) {
        return items.containsKey(item);
    }
}
