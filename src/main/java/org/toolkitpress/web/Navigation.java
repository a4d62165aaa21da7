package org.toolkitpress.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.Wording;
import org.toolkitpress.view.LinkView;
import org.toolkitpress.view.NavSection;
import org.toolkitpress.view.PartView;
import org.toolkitpress.view.SiteMap;

/**
 * The ways between pages of the website, built once per build from the {@link SiteMap}: the
 * section navigation, breadcrumbs, previous and next, and the home page's list of parts, each
 * with links relative to the page they appear on.
 */
final class Navigation {

    private final SiteMap siteMap;
    private final Wording wording;
    private final Map<Page, Integer> position = new IdentityHashMap<>();

    Navigation(SiteMap siteMap, Wording wording) {
        this.siteMap = siteMap;
        this.wording = wording;
        List<Page> reading = siteMap.reading();
        for (int i = 0; i < reading.size(); i++) {
            position.put(reading.get(i), i);
        }
    }

    SiteMap siteMap() {
        return siteMap;
    }

    /** The sections, with the section of {@code page} open and listing its pages. */
    List<NavSection> nav(Page page) {
        List<NavSection> nav = new ArrayList<>();
        for (SiteMap.Part part : siteMap.parts()) {
            boolean open = part.section().id().equals(page.section());
            // Only the open section lists its pages, so a page's menu grows with its section, not the site.
            nav.add(new NavSection(part.section().title(),
                    part.landing() == null ? null : PageContext.href(page, part.landing().url()),
                    part.landing() == page, open, open ? links(page, part.pages()) : List.of()));
        }
        return nav;
    }

    /**
     * Every section with all its pages, linked from {@code root}, none open: the navigation of
     * pages outside any section (the 404 page, the site map, Downloads) and the site map's list.
     */
    List<NavSection> sections(String root) {
        List<NavSection> sections = new ArrayList<>();
        for (SiteMap.Part part : siteMap.parts()) {
            sections.add(new NavSection(part.section().title(),
                    part.landing() == null ? null : root + part.landing().url(), false, false,
                    part.pages().stream().map(p -> new LinkView(p.title(), root + p.url(), false, summary(p))).toList()));
        }
        return sections;
    }

    List<LinkView> breadcrumbs(Page page) {
        if (page.isHome()) {
            return List.of();
        }
        List<LinkView> crumbs = new ArrayList<>();
        crumbs.add(home(PageContext.href(page, "")));
        SiteMap.Part part = siteMap.partOf(page);
        if (part != null && part.landing() != null && part.landing() != page) {
            crumbs.add(link(page, part.landing()));
        }
        return crumbs;
    }

    /** The first crumb of every page but the home page. */
    LinkView home(String url) {
        return home(url, wording);
    }

    static LinkView home(String url, Wording wording) {
        return new LinkView(wording.text("layout.home"), url, false, "");
    }

    /** The interface strings the pages are rendered with. */
    Wording wording() {
        return wording;
    }

    /** The page before {@code page} in reading order, or null. */
    LinkView previous(Page page) {
        int at = position.get(page);
        return at > 0 ? link(page, siteMap.reading().get(at - 1)) : null;
    }

    /** The page after {@code page} in reading order, or null. */
    LinkView next(Page page) {
        int at = position.get(page);
        return at + 1 < siteMap.reading().size() ? link(page, siteMap.reading().get(at + 1)) : null;
    }

    /** Each section with its landing page and pages, as the home page lists them. */
    List<PartView> parts(Page home) {
        return siteMap.parts().stream().map(part -> new PartView(part.section().title(),
                part.landing() == null ? null : link(home, part.landing()), links(home, part.pages()))).toList();
    }

    private static List<LinkView> links(Page from, List<Page> to) {
        return to.stream().map(p -> link(from, p)).toList();
    }

    static LinkView link(Page from, Page to) {
        return new LinkView(to.title() == null ? "" : to.title(), PageContext.href(from, to.url()), from == to, summary(to));
    }

    private static String summary(Page page) {
        return page.front().summary() == null ? "" : page.front().summary();
    }
}
