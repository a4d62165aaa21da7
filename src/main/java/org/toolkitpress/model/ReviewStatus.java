package org.toolkitpress.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a page stands against its {@code review_by} date on a given day. "Due soon" is the
 * 30 days before the date, so editors hear about a review while there is time to do it.
 */
public enum ReviewStatus {
    /** The review date has passed. */
    OVERDUE("overdue"),
    /** The review date is today or within the next 30 days. */
    DUE_SOON("due soon"),
    /** The review date is more than 30 days away. */
    CURRENT("current"),
    /** The page has no review date. */
    NOT_SET("no date");

    public static final int WARNING_DAYS = 30;

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    /** The words used in reports: "overdue", "due soon", "current", "no date". */
    public String label() {
        return label;
    }

    /** True when editors should be told: overdue or due soon. */
    public boolean needsAttention() {
        return this == OVERDUE || this == DUE_SOON;
    }

    public static ReviewStatus of(LocalDate reviewBy, LocalDate today) {
        if (reviewBy == null) {
            return NOT_SET;
        }
        long days = ChronoUnit.DAYS.between(today, reviewBy);
        if (days < 0) {
            return OVERDUE;
        }
        return days <= WARNING_DAYS ? DUE_SOON : CURRENT;
    }

    public static ReviewStatus of(Page page, LocalDate today) {
        return of(page.front().reviewBy(), today);
    }
}
