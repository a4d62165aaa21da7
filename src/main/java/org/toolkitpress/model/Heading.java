package org.toolkitpress.model;

/** A heading in a page body: its level (2–6), anchor id and plain text. */
public record Heading(int level, String id, String text, SourcePos pos) {
}
