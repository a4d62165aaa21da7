package org.toolkitpress.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the toolkit shows them to readers in every edition: "23 November 2026". */
public final class DisplayDate {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DisplayDate() {
    }

    /** The date in words, or "" when there is none. */
    public static String of(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }
}
