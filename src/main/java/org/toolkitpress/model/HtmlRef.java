package org.toolkitpress.model;

/**
 * Raw HTML written in Markdown, checked against the allow-list. {@code source} maps the
 * Markdown text the fragment was found in, where it starts at {@code start}.
 */
public record HtmlRef(String html, SourcePos pos, SourceMap source, int start) {

    /** Where a character of the fragment was written in its file. */
    public SourcePos at(int offsetInFragment) {
        return source.at(start + offsetInFragment);
    }
}
