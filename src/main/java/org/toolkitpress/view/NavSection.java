package org.toolkitpress.view;

import java.util.List;

/**
 * One section of toolkit.yml in the site navigation.
 *
 * @param url     the landing page's href, or null when the section has no landing page
 * @param current whether the landing page is the page being rendered
 * @param open    whether the page being rendered is in this section
 * @param pages   the section's pages, listed only when it is open (the site map lists them all)
 */
public record NavSection(String title, String url, boolean current, boolean open, List<LinkView> pages) {
}
