package org.toolkitpress.model;

/** A link written in a page body, as written. */
public record LinkRef(String target, SourcePos pos) {
}
