package org.toolkitpress.view;

import org.toolkitpress.model.DisplayDate;
import org.toolkitpress.model.ToolkitInfo;

/**
 * What the templates of both editions read as {@code site}: the toolkit's settings as people read
 * them, built once per build. The website adds what only it has — the path of "What changed" and
 * the brand with links from a page's depth — through {@link #onWeb}.
 *
 * @param title       the full title: the site header, the home page, the PDF covers
 * @param shortTitle  {@code short_title}, or the title when there is none: the {@code <title>} of
 *                    every other page and the PDFs' running heads, where space is short
 * @param date        the edition date as displayed ("23 November 2026"), or ""
 * @param edition     the stamp a school quotes ("Version 2026.1 · 23 November 2026"), or ""
 * @param whatChanged the site path of the What changed page, or "" (the website only)
 * @param brand       the brand, linked from the page being rendered (the website only), or null
 */
public record SiteView(String title, String shortTitle, String description, String version, String date,
                       String language, String baseUrl, String edition, String whatChanged, BrandView brand) {

    public static SiteView of(ToolkitInfo info) {
        return new SiteView(info.title(), info.shortTitle() == null ? info.title() : info.shortTitle(),
                orEmpty(info.description()), orEmpty(info.version()), DisplayDate.of(info.date()), info.language(),
                orEmpty(info.baseUrl()), info.edition(), "", null);
    }

    /** The same settings with what only the website shows. */
    public SiteView onWeb(String whatChangedPath, BrandView linkedBrand) {
        return new SiteView(title, shortTitle, description, version, date, language, baseUrl, edition,
                whatChangedPath, linkedBrand);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
