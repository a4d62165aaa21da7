package org.toolkitpress.model;

import java.util.List;
import java.util.Map;

/**
 * How an audit item is answered. A distribution spreads 100% over a continuum's stages; a choice
 * picks one labelled option; text is free writing.
 */
public record Scale(String id, Type type, String continuum, Map<String, String> labels,
                    List<Option> options, SourcePos pos) {

    public enum Type {
        DISTRIBUTION, CHOICE, TEXT;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The type written in a data file ({@code distribution}, {@code choice}, {@code text}), or null. */
        public static Type of(String key) {
            for (Type type : values()) {
                if (type.key().equals(key)) {
                    return type;
                }
            }
            return null;
        }
    }

    public record Option(String id, String label, String meaning) {
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
}
