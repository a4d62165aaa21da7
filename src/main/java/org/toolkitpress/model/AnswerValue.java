package org.toolkitpress.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/**
 * What one answer box holds, as the web form exports it: text, or a number (a distribution's
 * percentage, a score read back from a PDF). {@link #text()} is the one way every reader sees a
 * value: a number as JavaScript's {@code String()} writes it (whole numbers without a decimal
 * point), so Java and the page scripts compare the same text.
 */
public record AnswerValue(String text, boolean number) {

    public AnswerValue {
        if (text == null) {
            throw new IllegalArgumentException("an answer's text is never null");
        }
    }

    /** A value as JSON holds it: a number, or anything else as its text. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AnswerValue ofJson(Object value) {
        return value instanceof Number n ? of(n) : of(String.valueOf(value));
    }

    /** A value written as text. */
    public static AnswerValue of(String text) {
        return new AnswerValue(text, false);
    }

    /** A value written as a number. */
    public static AnswerValue of(Number number) {
        return of(new BigDecimal(number.toString()));
    }

    /** A value written as a number. */
    public static AnswerValue of(BigDecimal number) {
        BigDecimal n = number.stripTrailingZeros();
        return new AnswerValue(n.signum() == 0 ? "0" : n.toPlainString(), true);
    }

    /** The number written, or null when the value was written as text. */
    public BigDecimal decimal() {
        return number ? new BigDecimal(text) : null;
    }

    /** Whether nothing but white space is written. */
    public boolean isBlank() {
        return text.isBlank();
    }

    /** The value as JSON writes it: a number stays a number. */
    @JsonValue
    public Object json() {
        return number ? decimal() : text;
    }
}
