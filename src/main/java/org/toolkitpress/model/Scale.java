package org.toolkitpress.model;

import java.util.List;
import java.util.Map;

/**
 * How an audit item is answered. A distribution spreads 100% over a continuum's stages; a choice
 * picks one labelled option; a score picks one number from {@code min} to {@code max} (its
 * {@code options} are those points in order, id and label the number, meaning the point's label
 * when the scale gives one); text is free writing.
 */
public record Scale(String id, Type type, String continuum, Map<String, String> labels,
                    List<Option> options, Integer min, Integer max, SourcePos pos) {

    public enum Type implements DataKeyword {
        DISTRIBUTION, CHOICE, SCORE, TEXT;

        /** The type written in a data file ({@code distribution}, {@code choice}, {@code score}, {@code text}), or null. */
        public static Type of(String key) {
            return DataKeyword.of(Type.class, key);
        }
    }

    /**
     * One answer of a choice scale (or one point of a score scale). {@code colour} ({@code #rrggbb},
     * or null) is drawn as a swatch beside the label, never instead of it.
     */
    public record Option(String id, String label, String meaning, String colour) {

        public Option(String id, String label, String meaning) {
            this(id, label, meaning, null);
        }
    }

    public boolean isDistribution() {
        return type == Type.DISTRIBUTION;
    }

    public boolean isChoice() {
        return type == Type.CHOICE;
    }

    public boolean isText() {
        return type == Type.TEXT;
    }

    public boolean isScore() {
        return type == Type.SCORE;
    }

    /** A score scale's highest point (0 for other scales or a score scale without points). */
    public int maxPoint() {
        return isScore() && !options.isEmpty() ? max : 0;
    }
}
