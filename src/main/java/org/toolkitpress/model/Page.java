package org.toolkitpress.model;

/**
 * A guidance page. {@code sourcePath} is relative to {@code content/pages} (e.g.
 * {@code relational-approaches/toolkit-2-tips.md}); {@code url} is its output folder relative
 * to the site root with a trailing slash, or "" for the home page. {@code letters} are the
 * characters beyond ASCII its front matter and Markdown hold, where each is first written.
 */
public record Page(String sourcePath, String url, String section, FrontMatter front, Body body,
                   SourcePos pos, java.util.List<Letter> letters) {

    public String title() {
        return front.title();
    }

    public int order() {
        return front.order() == null ? Integer.MAX_VALUE : front.order();
    }

    public boolean isHome() {
        return url.isEmpty();
    }

    public boolean isSectionIndex() {
        return sourcePath.endsWith("/index.md") && sourcePath.indexOf('/') == sourcePath.lastIndexOf('/');
    }

    /** How many folders deep the page's output file sits: "" is 0, "a/" is 1. */
    public int depth() {
        return (int) url.chars().filter(c -> c == '/').count();
    }
}
