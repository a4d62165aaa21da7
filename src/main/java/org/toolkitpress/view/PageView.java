package org.toolkitpress.view;

/**
 * The page being rendered, as templates read it ({@code page}). Pages not written in Markdown
 * (the 404 page, the site map, Downloads…) have only a title.
 *
 * @param lastReviewed  the display date, or ""
 * @param reviewBy      the display date, or ""
 * @param reviewOverdue whether the review date has passed on the build's day
 */
public record PageView(String title, String summary, String url, String source, String lastReviewed,
                       String reviewBy, boolean reviewOverdue) {

    /** A page that is not written in Markdown, known by its title alone. */
    public static PageView titled(String title) {
        return new PageView(title, "", "", "", "", "", false);
    }
}
