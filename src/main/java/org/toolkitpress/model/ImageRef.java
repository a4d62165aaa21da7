package org.toolkitpress.model;

/** An image written in a page body: its source as written and its alt text. */
public record ImageRef(String source, String alt, SourcePos pos) {
}
