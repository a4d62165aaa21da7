package org.toolkitpress.model;

import java.util.Locale;

/**
 * A {@code ::: kind id} directive embedding a data component in a page, with the heading written
 * directly above it ({@code above}, null when the line before is not a heading; known only while
 * rendering).
 */
public record ComponentRef(String kind, String id, SourcePos pos, Heading above) {

    public ComponentRef(String kind, String id, SourcePos pos) {
        this(kind, id, pos, null);
    }

    /**
     * The id of the heading directly above when it already says the component's {@code title}
     * (the same words, whatever their case or spacing), or null. The component then does not print
     * its title a second time and is labelled by that heading instead: the page's contents list
     * and heading levels are the page's own, and a reader hears the title once.
     */
    public String headingSaying(String title) {
        if (above == null || above.id().isEmpty() || title == null) {
            return null;
        }
        return words(above.text()).equals(words(title)) ? above.id() : null;
    }

    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
