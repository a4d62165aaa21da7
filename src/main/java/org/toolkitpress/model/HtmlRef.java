package org.toolkitpress.model;

/** Raw HTML written in a page body, checked against the allow-list. */
public record HtmlRef(String html, SourcePos pos) {
}
