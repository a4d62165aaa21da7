package org.toolkitpress.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Asset;
import org.toolkitpress.model.DisplayDate;
import org.toolkitpress.model.Download;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.ReviewStatus;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.model.ToolkitInfo;
import org.toolkitpress.theme.Theme;
import org.toolkitpress.view.NavSection;
import org.toolkitpress.view.PageView;
import org.toolkitpress.view.SiteMap;
import org.toolkitpress.view.SiteView;
import org.toolkitpress.view.TocEntry;

/**
 * Render web: takes the checked {@link Toolkit}, gives the files of the website — one
 * {@code index.html} per page (pretty URLs, relative links), the home page, a 404 page, a site
 * map, the theme's assets and the content's assets. Pages render in parallel; nothing is written
 * here (a build may hand each page to the publish stage as it is done).
 */
public final class WebEdition {

    static final String THEME_ASSETS = "templates/assets";
    static final String THEME_OUTPUT = "theme/";
    static final String NOT_FOUND = "404.html";
    /** An absolute address (scheme, host) whose path, group 1, ends in "/" as base_url does. */

    private final Toolkit toolkit;
    private final Markdown markdown;
    private final Theme theme;
    private final Navigation navigation;
    private final Components components;
    private final Map<String, Page> bySource = new HashMap<>();
    private final LocalDate today;
    private final List<Download> downloads;
    private final SiteView site;
    private final Map<String, SiteView> siteByRoot = new ConcurrentHashMap<>();
    private boolean releaseTrees;

    /** What every page of one build shares: built once, read by pages rendering in parallel. */
    private WebEdition(Toolkit toolkit, Markdown markdown, Theme theme, BuildSettings settings, List<Download> downloads) {
        this.toolkit = toolkit;
        this.markdown = markdown;
        this.theme = theme;
        this.navigation = new Navigation(SiteMap.of(toolkit), toolkit.wording());
        this.components = new Components(toolkit, markdown, theme, downloads);
        for (Page page : toolkit.pages()) {
            bySource.put(page.sourcePath(), page);
        }
        this.today = settings.today();
        this.downloads = downloads;
        this.site = SiteView.of(toolkit.info());
    }

    /**
     * The website, with a Downloads page and "download as PDF" links for {@code downloads} (the
     * PDFs the print edition made or, in a preview, will make), and its accessibility statement.
     */
    public static List<OutputFile> render(Toolkit toolkit, Markdown markdown, Theme theme, BuildSettings settings,
                                          List<Download> downloads) {
        return render(toolkit, markdown, theme, settings, downloads, false);
    }

    /**
     * As {@link #render(Toolkit, Markdown, Theme, BuildSettings, List)}; {@code lastEdition} says
     * that nothing renders the pages after this (a one-shot build, its search index and PDFs
     * made): each page's syntax tree is then let go of as soon as the page has rendered.
     */
    public static List<OutputFile> render(Toolkit toolkit, Markdown markdown, Theme theme, BuildSettings settings,
                                          List<Download> downloads, boolean lastEdition) {
        return render(toolkit, markdown, theme, settings, downloads, lastEdition, null);
    }

    /**
     * As {@link #render(Toolkit, Markdown, Theme, BuildSettings, List, boolean)}; each page goes
     * to {@code pages} as soon as it has rendered, and only the other files are returned, so a
     * build writing its site holds no page longer than it takes to write it. Null keeps every
     * page in the list returned.
     */
    public static List<OutputFile> render(Toolkit toolkit, Markdown markdown, Theme theme, BuildSettings settings,
                                          List<Download> downloads, boolean lastEdition, Consumer<OutputFile> pages) {
        theme = theme.speaking(toolkit.wording());
        WebEdition web = new WebEdition(toolkit, markdown, theme, settings, downloads);
        web.releaseTrees = lastEdition;
        List<Page> reading = web.navigation.siteMap().reading();
        List<OutputFile> out = new ArrayList<>();
        if (pages == null) {
            out.addAll(web.pages(reading, settings.threads()));
        } else {
            web.pages(reading, settings.threads(), pages);
        }
        out.add(AccessibilityStatement.render(toolkit, markdown, theme, downloads));
        out.add(web.special(NOT_FOUND, "404.ftlh", toolkit.wording().text("not-found.title")));
        out.add(web.special("site-map/index.html", "site-map.ftlh", toolkit.wording().text("site-map.title")));
        if (!downloads.isEmpty()) {
            Map<String, Object> common = web.common("../");
            if (ReportPage.isPublished(toolkit)) {
                common.put("reportUrl", "../report/");
            }
            out.add(DownloadsPage.render(downloads, common, web.navigation, theme));
        }
        if (WhatChanged.isPublished(toolkit)) {
            out.add(WhatChanged.render(toolkit, theme, web.common("../")));
        }
        if (ReportPage.isPublished(toolkit)) {
            out.add(ReportPage.render(toolkit, web.common("../"), web.navigation, theme));
        }
        if (toolkit.info().baseUrl() != null) {
            out.add(web.sitemapXml(reading));
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
     * Starts parsing the templates every page of the website renders with (the page, the home
     * page, the layout they import and the brand it imports) and the component templates the
     * pages embed, on a thread of the theme's, while the build does other work.
     */
    public static void prepare(Toolkit toolkit, Theme theme) {
        Set<String> templates = new LinkedHashSet<>(List.of("page.ftlh", "layout.ftlh", "brand.ftlh", "home.ftlh"));
        for (Page page : toolkit.pages()) {
            page.body().components().forEach(ref -> {
                if (!ref.kind().isEmpty()) {
                    templates.add(Components.template(ref));
                }
            });
        }
        theme.prepare(List.copyOf(templates));
    }

    /**
     * Only the HTML of the given pages (by source path), with "download as PDF" links for
     * {@code downloads}, and the accessibility statement (it counts the pages' figures, which
     * any page edit can change): for a preview that renders again only what an edit touched.
     * The caller decides that the rest of the site is unaffected.
     */
    public static List<OutputFile> pages(Toolkit toolkit, Markdown markdown, Theme theme, BuildSettings settings,
                                         Set<String> sourcePaths, List<Download> downloads) {
        theme = theme.speaking(toolkit.wording());
        WebEdition web = new WebEdition(toolkit, markdown, theme, settings, downloads);
        List<Page> wanted = web.navigation.siteMap().reading().stream()
                .filter(p -> sourcePaths.contains(p.sourcePath())).toList();
        List<OutputFile> out = new ArrayList<>(web.pages(wanted, settings.threads()));
        out.add(AccessibilityStatement.render(toolkit, markdown, theme, downloads));
        return out;
    }

    private List<OutputFile> pages(List<Page> wanted, int threads) {
        if (wanted.size() == 1) {
            // One page renders faster on this thread than through a pool.
            return List.of(page(wanted.get(0)));
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> wanted.parallelStream().map(this::page).toList()).join();
        } finally {
            pool.shutdown();
        }
    }

    /** Renders the pages on {@code threads} threads, each handed to {@code sink} as it is done, in no fixed order. */
    private void pages(List<Page> wanted, int threads, Consumer<OutputFile> sink) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> wanted.parallelStream().forEach(p -> sink.accept(page(p)))).join();
        } finally {
            pool.shutdown();
        }
    }

    private OutputFile page(Page page) {
        Map<String, Object> model = common(PageContext.root(page));
        PageContext context = new PageContext(page, bySource, components, model, toolkit.wording());
        model.put("page", pageView(page));
        model.put("content", Theme.markup(markdown.render(page.body(), context)));
        if (releaseTrees) {
            page.body().tree().release();
        }
        model.put("toc", page.body().headings().stream().filter(h -> h.level() <= 3)
                .map(h -> new TocEntry(h.level(), h.id(), h.text())).toList());
        model.put("nav", navigation.nav(page));
        model.put("breadcrumbs", navigation.breadcrumbs(page));
        model.put("prev", navigation.previous(page));
        model.put("next", navigation.next(page));
        if (page.isHome()) {
            model.put("parts", navigation.parts(page));
        }
        model.put("downloads", DownloadsPage.offeredOn(page, downloads, toolkit.wording()));
        String html = theme.render(page.isHome() ? "home.ftlh" : "page.ftlh", model);
        return new OutputFile(page.url() + "index.html", html.getBytes(StandardCharsets.UTF_8));
    }

    /** Values every template sees: the toolkit's settings, its brand and the way back to the site root. */
    private Map<String, Object> common(String root) {
        SiteView linked = siteByRoot.computeIfAbsent(root, r -> site.onWeb(
                WhatChanged.isPublished(toolkit) ? WhatChanged.PATH : "", BrandTheme.view(toolkit.brand(), r)));
        return model(linked, root);
    }

    /** As {@link #common(String)}, for a page made outside a build's page rendering. */
    static Map<String, Object> common(Toolkit toolkit, String root) {
        return model(SiteView.of(toolkit.info()).onWeb(WhatChanged.isPublished(toolkit) ? WhatChanged.PATH : "",
                BrandTheme.view(toolkit.brand(), root)), root);
    }

    private static Map<String, Object> model(SiteView site, String root) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site);
        model.put("root", root);
        model.put("home", root.isEmpty() ? "./" : root);
        model.put("theme", root + THEME_OUTPUT);
        return model;
    }

    private PageView pageView(Page page) {
        return new PageView(page.title() == null ? "" : page.title(),
                page.front().summary() == null ? "" : page.front().summary(), page.url(), page.sourcePath(),
                DisplayDate.of(page.front().lastReviewed()), DisplayDate.of(page.front().reviewBy()),
                // Judged on the build's day: a published site shows the notice from its next build on.
                ReviewStatus.of(page, today) == ReviewStatus.OVERDUE);
    }

    /** A page that is not written in Markdown (404, site map), placed at the site root's depth. */
    private OutputFile special(String path, String template, String title) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        String root = path.equals(NOT_FOUND) ? notFoundRoot(toolkit.info()) : "../".repeat(depth);
        Map<String, Object> model = common(root);
        List<NavSection> sections = navigation.sections(root);
        model.put("sections", sections);
        model.put("page", PageView.titled(title));
        // The same navigation as every other page (WCAG 3.2.3), with no section open.
        model.put("nav", sections);
        model.put("breadcrumbs", List.of());
        String html = theme.render(template, model);
        return new OutputFile(path, html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Where the 404 page's links start. A server sends it in answer to any missing address, at any
     * depth, so relative links would only work at the root: it links from the path of
     * {@code base_url} ({@link ToolkitInfo#basePath}), which keeps every link, the search box and
     * its scripts on the host that answered.
     */
    static String notFoundRoot(ToolkitInfo info) {
        return info.basePath();
    }

    /** Every section with its pages, linked from {@code root}, none open: the navigation of pages not in a section. */
    static List<NavSection> sections(Toolkit toolkit, String root) {
        return new Navigation(SiteMap.of(toolkit), toolkit.wording()).sections(root);
    }

    /** One page in sitemap.xml: its address and the date it was last reviewed (or ""). */
    public record SitemapUrl(String loc, String lastmod) {
    }

    /** sitemap.xml for search engines: every page in reading order at its address under base_url. */
    private OutputFile sitemapXml(List<Page> reading) {
        List<SitemapUrl> urls = new ArrayList<>();
        for (Page page : reading) {
            urls.add(new SitemapUrl(toolkit.info().baseUrl() + page.url(),
                    page.front().lastReviewed() == null ? "" : page.front().lastReviewed().toString()));
        }
        String xml = theme.render("sitemap.ftlx", Map.of("urls", urls));
        return new OutputFile("sitemap.xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
