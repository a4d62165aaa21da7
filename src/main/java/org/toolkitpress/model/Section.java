package org.toolkitpress.model;

/** A top-level part of the toolkit, named in toolkit.yml and backed by a folder of pages. */
public record Section(String id, String title, SourcePos pos) {
}
