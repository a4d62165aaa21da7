package org.toolkitpress.model;

import java.util.Locale;

/**
 * An enum whose constants are written in data files as their lower-case names with hyphens
 * ({@code PER_SECTION} is {@code per-section}): one spelling rule for every such keyword.
 */
public interface DataKeyword {

    String name();

    /** The keyword as a data file writes it. */
    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant a data file names, or null when {@code key} names none. */
    static <E extends Enum<E> & DataKeyword> E of(Class<E> type, String key) {
        for (E constant : type.getEnumConstants()) {
            if (constant.key().equals(key)) {
                return constant;
            }
        }
        return null;
    }
}
