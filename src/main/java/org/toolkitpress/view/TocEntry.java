package org.toolkitpress.view;

/** A heading in a page's "On this page" contents. */
public record TocEntry(int level, String id, String text) {
}
