package org.toolkitpress.model;

import java.time.LocalDate;

/** A page's front matter. Only {@code title} is required; absent values are null. */
public record FrontMatter(String title, String summary, String section, Integer order,
                          LocalDate lastReviewed, LocalDate reviewBy) {
}
