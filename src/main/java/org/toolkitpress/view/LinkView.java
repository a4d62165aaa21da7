package org.toolkitpress.view;

/**
 * A link to a page as navigation, breadcrumbs, the pager and the home page's parts show it.
 *
 * @param url     relative to the page being rendered (or from the site root for pages outside it)
 * @param current whether it is the page being rendered ({@code aria-current})
 * @param summary the page's summary, or ""
 */
public record LinkView(String title, String url, boolean current, String summary) {
}
