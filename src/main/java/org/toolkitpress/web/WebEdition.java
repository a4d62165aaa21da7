package org.toolkitpress.web;

import org.toolkitpress.model.DisplayDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Asset;
import org.toolkitpress.model.Download;
import org.toolkitpress.model.Heading;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.ReviewStatus;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.model.ToolkitInfo;
import org.toolkitpress.theme.Theme;
import org.toolkitpress.view.SiteMap;

/**
 * Render web: takes the checked {@link Toolkit}, gives the files of the website — one
 * {@code index.html} per page (pretty URLs, relative links), the home page, a 404 page, a site
 * map, the theme's assets and the content's assets. Pages render in parallel; nothing is written.
 */
public final class WebEdition {

    static final String THEME_ASSETS = "templates/assets";
    static final String THEME_OUTPUT = "theme/";

    private WebEdition() {
    }

    /**
     * The website, with a Downloads page and "download as PDF" links for {@code downloads} (the
     * PDFs the print edition made or, in a preview, will make), and its accessibility statement.
     */
    public static List<OutputFile> render(Toolkit toolkit, Markdown markdown, Theme theme, BuildSettings settings,
                                          List<Download> downloads) {
        SiteMap siteMap = SiteMap.of(toolkit);
        List<Page> reading = siteMap.reading();
        List<OutputFile> out = new ArrayList<>(pages(toolkit, markdown, theme, settings, siteMap, reading, downloads));
        out.add(AccessibilityStatement.render(toolkit, markdown, theme, downloads));
        out.add(special("404.html", "404.ftlh", siteMap, toolkit, theme));
        out.add(special("site-map/index.html", "site-map.ftlh", siteMap, toolkit, theme));
        if (!downloads.isEmpty()) {
            out.add(DownloadsPage.render(downloads, toolkit, theme));
        }
        if (WhatChanged.isPublished(toolkit)) {
            out.add(WhatChanged.render(toolkit, theme, common(toolkit, "../")));
        }
        if (toolkit.info().baseUrl() != null) {
            out.add(sitemapXml(reading, toolkit.info()));
        }
        out.addAll(BrandTheme.files(toolkit));
        theme.files().list(THEME_ASSETS).forEach((relative, file) ->
                out.add(new OutputFile(THEME_OUTPUT + relative.substring(THEME_ASSETS.length() + 1), read(file))));
        for (Asset asset : toolkit.assets()) {
            out.add(new OutputFile(asset.outputPath(), read(asset.file())));
        }
        return out;
    }

    /**
     * Only the HTML of the given pages (by source path), with "download as PDF" links for
     * {@code downloads}, and the accessibility statement (it counts the pages' figures, which
     * any page edit can change): for a preview that renders again only what an edit touched.
     * The caller decides that the rest of the site is unaffected.
     */
    public static List<OutputFile> pages(Toolkit toolkit, Markdown markdown, Theme theme, BuildSettings settings,
                                         Set<String> sourcePaths, List<Download> downloads) {
        SiteMap siteMap = SiteMap.of(toolkit);
        List<Page> wanted = siteMap.reading().stream().filter(p -> sourcePaths.contains(p.sourcePath())).toList();
        List<OutputFile> out = new ArrayList<>(pages(toolkit, markdown, theme, settings, siteMap, wanted, downloads));
        out.add(AccessibilityStatement.render(toolkit, markdown, theme, downloads));
        return out;
    }

    private static List<OutputFile> pages(Toolkit toolkit, Markdown markdown, Theme theme, BuildSettings settings,
                                          SiteMap siteMap, List<Page> wanted, List<Download> downloads) {
        Components components = new Components(toolkit, markdown, theme);
        List<Page> reading = siteMap.reading();
        Map<String, Page> bySource = new HashMap<>();
        Map<Page, Integer> position = new IdentityHashMap<>();
        for (Page page : toolkit.pages()) {
            bySource.put(page.sourcePath(), page);
        }
        for (int i = 0; i < reading.size(); i++) {
            position.put(reading.get(i), i);
        }
        LocalDate today = settings.today();
        if (wanted.size() == 1) {
            // One page renders faster on this thread than through a pool.
            Page page = wanted.get(0);
            return List.of(page(page, position.get(page), reading, bySource, siteMap, toolkit, markdown, theme, components,
                    today, downloads));
        }
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        try {
            return pool.submit(() -> wanted.parallelStream()
                    .map(page -> page(page, position.get(page), reading, bySource, siteMap, toolkit, markdown, theme,
                            components, today, downloads))
                    .toList()).join();
        } finally {
            pool.shutdown();
        }
    }

    private static OutputFile page(Page page, int at, List<Page> reading, Map<String, Page> bySource, SiteMap siteMap,
                                   Toolkit toolkit, Markdown markdown, Theme theme, Components components,
                                   LocalDate today, List<Download> downloads) {
        Map<String, Object> model = common(toolkit, PageContext.root(page));
        PageContext context = new PageContext(page, bySource, components, model);
        model.put("page", pageModel(page, today));
        model.put("content", Theme.markup(markdown.render(page.body(), context)));
        model.put("toc", page.body().headings().stream().filter(h -> h.level() <= 3).map(WebEdition::tocEntry).toList());
        model.put("nav", nav(page, siteMap));
        model.put("breadcrumbs", breadcrumbs(page, siteMap));
        model.put("prev", at > 0 ? link(page, reading.get(at - 1)) : null);
        model.put("next", at + 1 < reading.size() ? link(page, reading.get(at + 1)) : null);
        if (page.isHome()) {
            model.put("parts", parts(page, siteMap));
        }
        model.put("downloads", DownloadsPage.offeredOn(page, downloads));
        String html = theme.render(page.isHome() ? "home.ftlh" : "page.ftlh", model);
        return new OutputFile(page.url() + "index.html", html.getBytes(StandardCharsets.UTF_8));
    }

    /** Values every template sees: the toolkit's settings, its brand and the way back to the site root. */
    static Map<String, Object> common(Toolkit toolkit, String root) {
        ToolkitInfo info = toolkit.info();
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", info.title());
        site.put("shortTitle", info.shortTitle() == null ? info.title() : info.shortTitle());
        site.put("description", info.description() == null ? "" : info.description());
        site.put("version", info.version() == null ? "" : info.version());
        site.put("date", DisplayDate.of(info.date()));
        site.put("language", info.language());
        site.put("brand", BrandTheme.model(toolkit.brand(), root));
        // The stamp a school quotes ("Version 2026.1 · 23 November 2026"); print editions use it too.
        site.put("edition", info.edition());
        site.put("whatChanged", WhatChanged.isPublished(toolkit) ? WhatChanged.PATH : "");
        model.put("site", site);
        model.put("root", root);
        model.put("home", root.isEmpty() ? "./" : root);
        model.put("theme", root + THEME_OUTPUT);
        return model;
    }

    private static Map<String, Object> pageModel(Page page, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", page.title() == null ? "" : page.title());
        m.put("summary", page.front().summary() == null ? "" : page.front().summary());
        m.put("url", page.url());
        m.put("source", page.sourcePath());
        m.put("isHome", page.isHome());
        m.put("lastReviewed", date(page.front().lastReviewed()));
        m.put("reviewBy", date(page.front().reviewBy()));
        // Judged on the build's day: a published site shows the notice from its next build on.
        m.put("reviewOverdue", ReviewStatus.of(page, today) == ReviewStatus.OVERDUE);
        return m;
    }

    private static String date(LocalDate date) {
        return DisplayDate.of(date);
    }

    private static Map<String, Object> tocEntry(Heading heading) {
        return Map.of("level", heading.level(), "id", heading.id(), "text", heading.text());
    }

    private static Map<String, Object> link(Page from, Page to) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", to.title() == null ? "" : to.title());
        m.put("url", PageContext.href(from, to.url()));
        m.put("current", from == to);
        m.put("summary", to.front().summary() == null ? "" : to.front().summary());
        return m;
    }

    private static List<Map<String, Object>> nav(Page page, SiteMap siteMap) {
        List<Map<String, Object>> nav = new ArrayList<>();
        for (SiteMap.Part part : siteMap.parts()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", part.section().title());
            entry.put("url", part.landing() == null ? null : PageContext.href(page, part.landing().url()));
            entry.put("current", part.landing() == page);
            boolean open = part.section().id().equals(page.section());
            entry.put("open", open);
            // Only the open section lists its pages, so a page's menu grows with its section, not the site.
            entry.put("pages", open ? part.pages().stream().map(p -> link(page, p)).toList() : List.of());
            nav.add(entry);
        }
        return nav;
    }

    private static List<Map<String, Object>> breadcrumbs(Page page, SiteMap siteMap) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        if (page.isHome()) {
            return crumbs;
        }
        crumbs.add(Map.of("title", "Home", "url", PageContext.href(page, "")));
        SiteMap.Part part = siteMap.partOf(page);
        if (part != null && part.landing() != null && part.landing() != page) {
            crumbs.add(link(page, part.landing()));
        }
        return crumbs;
    }

    private static List<Map<String, Object>> parts(Page home, SiteMap siteMap) {
        List<Map<String, Object>> parts = new ArrayList<>();
        for (SiteMap.Part part : siteMap.parts()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", part.section().title());
            entry.put("landing", part.landing() == null ? null : link(home, part.landing()));
            entry.put("pages", part.pages().stream().map(p -> link(home, p)).toList());
            parts.add(entry);
        }
        return parts;
    }

    /** A page that is not written in Markdown (404, site map), placed at the site root's depth. */
    private static OutputFile special(String path, String template, SiteMap siteMap, Toolkit toolkit, Theme theme) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        String root = "../".repeat(depth);
        // A 404 page is served at any depth, so only an absolute base keeps its links right.
        boolean absolute = path.equals("404.html") && toolkit.info().baseUrl() != null;
        Map<String, Object> model = common(toolkit, absolute ? toolkit.info().baseUrl() : root);
        List<Map<String, Object>> sections = sections(siteMap, (String) model.get("root"));
        model.put("sections", sections);
        model.put("page", Map.of("title", path.equals("404.html") ? "Page not found" : "Site map", "isHome", false));
        // The same navigation as every other page (WCAG 3.2.3), with no section open.
        model.put("nav", sections);
        model.put("breadcrumbs", List.of());
        String html = theme.render(template, model);
        return new OutputFile(path, html.getBytes(StandardCharsets.UTF_8));
    }

    /** Every section with its pages, linked from {@code root}, none open: the navigation of pages not in a section. */
    static List<Map<String, Object>> sections(SiteMap siteMap, String root) {
        List<Map<String, Object>> sections = new ArrayList<>();
        for (SiteMap.Part part : siteMap.parts()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", part.section().title());
            entry.put("url", part.landing() == null ? null : root + part.landing().url());
            entry.put("pages", part.pages().stream().map(p -> Map.of("title", p.title(), "url", root + p.url())).toList());
            entry.put("current", false);
            entry.put("open", false);
            sections.add(entry);
        }
        return sections;
    }

    private static OutputFile sitemapXml(List<Page> reading, ToolkitInfo info) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Page page : reading) {
            xml.append("  <url><loc>").append(escapeXml(info.baseUrl() + page.url())).append("</loc>");
            if (page.front().lastReviewed() != null) {
                xml.append("<lastmod>").append(page.front().lastReviewed()).append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        xml.append("</urlset>\n");
        return new OutputFile("sitemap.xml", xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
