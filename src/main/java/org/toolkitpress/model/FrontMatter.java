package org.toolkitpress.model;

import java.time.LocalDate;

/**
 * A page's front matter. Only {@code title} is required; absent values are null.
 * {@code reviewByPos} is where {@code review_by} is written, so review warnings point at it.
 */
public record FrontMatter(String title, String summary, String section, Integer order,
                          LocalDate lastReviewed, LocalDate reviewBy, SourcePos reviewByPos) {

    /** Front matter without a known position for its review date. */
    public FrontMatter(String title, String summary, String section, Integer order,
                       LocalDate lastReviewed, LocalDate reviewBy) {
        this(title, summary, section, order, lastReviewed, reviewBy, null);
    }
}
