package org.toolkitpress.model;

/** A {@code ::: kind id} directive embedding a data component in a page. */
public record ComponentRef(String kind, String id, SourcePos pos) {
}
