package org.toolkitpress.model;

/**
 * A figure placeholder written in a page body ({@code ::: figure Caption} … {@code :::}): a figure
 * this edition does not reproduce, with its caption, whether a text description stands in for it,
 * and whether a closing line ends it (an unclosed one swallows the rest of the page).
 */
public record FigureRef(String caption, boolean described, boolean closed, SourcePos pos) {
}
