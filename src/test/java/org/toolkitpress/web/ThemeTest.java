package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.testing.TestSites;

/**
 * The default theme's promises, read from the HTML of the real default content: every page is
 * in a language, has one h1, a skip link to its main landmark and named navigation; the theme's
 * files come from the site itself; nothing runs from an attribute; and the stylesheet keeps its
 * font, focus and print rules.
 */
class ThemeTest {

    private static final Set<String> BRAND_COLOURS = Set.of("--brand-primary", "--brand-secondary",
            "--brand-accent", "--brand-link", "--brand-text", "--brand-background");

    /** The built site in memory: output path → file contents. */
    private static Map<String, byte[]> site;
    /** The HTML pages of the site, parsed, by output path. */
    private static Map<String, Document> pages;

    @BeforeAll
    static void buildDefaultContent(@TempDir Path out) {
        Build.Result result = Build.run(Configure.settings(TestSites.projectRoot(), out.resolve("site"), false));
        assertFalse(result.diagnostics().hasErrors(), () -> "the default content must build: " + result.diagnostics());
        site = new LinkedHashMap<>();
        pages = new LinkedHashMap<>();
        for (OutputFile file : result.files()) {
            site.put(file.path(), file.bytes());
            if (file.path().endsWith(".html")) {
                pages.put(file.path(), Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8)));
            }
        }
        assertTrue(pages.size() > 40, () -> "expected the whole default toolkit, got " + pages.size() + " pages");
        assertTrue(pages.containsKey("404.html") && pages.containsKey("site-map/index.html") && pages.containsKey("index.html"));
    }

    @Test
    void everyPageHasALanguageAndExactlyOneMainHeading() {
        pages.forEach((path, page) -> {
            assertFalse(page.selectFirst("html").attr("lang").isBlank(), () -> path + ": <html> needs a lang");
            assertEquals(1, page.select("h1").size(), () -> path + ": exactly one h1");
            assertFalse(page.title().isBlank(), () -> path + ": a <title>");
        });
    }

    @Test
    void everyPageStartsWithASkipLinkToItsMainLandmark() {
        pages.forEach((path, page) -> {
            Element first = page.body().selectFirst("a[href]");
            assertNotNull(first, () -> path);
            assertEquals("#main", first.attr("href"), () -> path + ": the first link skips to the content");
            assertTrue(first.hasClass("skip-link"), () -> path);
            assertEquals(1, page.select("main").size(), () -> path + ": one main landmark");
            assertEquals("main", page.getElementById("main").tagName(), () -> path + ": #main is the main landmark");
            assertEquals(1, page.select("body > header").size(), () -> path + ": a banner");
            assertEquals(1, page.select("body > footer").size(), () -> path + ": a content info landmark");
        });
    }

    @Test
    void everyNavigationIsNamedUniquelyAndTheSiteNavigationIsEverywhere() {
        pages.forEach((path, page) -> {
            Element siteNav = page.selectFirst("nav.site-nav");
            assertNotNull(siteNav, () -> path + ": the site navigation is on every page (WCAG 3.2.3)");
            assertNotNull(siteNav.selectFirst("details.site-nav-menu > summary"),
                    () -> path + ": the navigation collapses without JavaScript");
            Set<String> names = new HashSet<>();
            for (Element nav : page.select("nav")) {
                String name = accessibleName(page, nav);
                assertFalse(name.isBlank(), () -> path + ": every nav has a name: " + nav.cssSelector());
                assertTrue(names.add(name), () -> path + ": two navs are both called \"" + name + "\"");
            }
        });
    }

    @Test
    void aGuidancePageMarksItselfInTheNavigationAndBreadcrumbs() {
        Document page = pages.get("relational-approaches/toolkit-2-tips/index.html");
        assertNotNull(page);
        List<Element> current = page.select(".site-nav [aria-current=page]");
        assertEquals(1, current.size());
        assertEquals(page.selectFirst("h1").text(), current.get(0).text());
        assertEquals(page.selectFirst("h1").text(), page.selectFirst(".breadcrumbs [aria-current=page]").text());
        assertNotNull(page.selectFirst("nav.pager a[rel=prev]"));
        assertNotNull(page.selectFirst("nav.pager a[rel=next]"));
        assertTrue(page.select("nav.toc a[href^=#]").size() > 5, "the on-page contents lists the headings");
    }

    @Test
    void theThemeIsServedFromTheSiteItself() {
        pages.forEach((path, page) -> {
            for (Element element : page.select("link[href], script[src], img[src], source[src], iframe, object, embed")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                assertFalse(url.matches("(?i)^(https?:)?//.*"), () -> path + ": a request to another site: " + element);
            }
            Element css = page.selectFirst("link[rel=stylesheet][href$=css/site.css]");
            assertNotNull(css, () -> path + ": links the theme's stylesheet");
            for (Element asset : page.select("link[rel=stylesheet], link[rel=icon], script[src]")) {
                String url = asset.hasAttr("href") ? asset.attr("href") : asset.attr("src");
                assertTrue(site.containsKey(resolve(path, url)), () -> path + ": " + url + " is not in the site");
            }
        });
    }

    @Test
    void nothingRunsFromAnAttribute() {
        pages.forEach((path, page) -> {
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertFalse(attribute.getKey().toLowerCase().startsWith("on"),
                            () -> path + ": inline event handler " + attribute.getKey() + " on " + element.cssSelector());
                    assertFalse(attribute.getValue().strip().toLowerCase().startsWith("javascript:"),
                            () -> path + ": javascript: URL on " + element.cssSelector());
                }
            }
        });
    }

    @Test
    void theStylesheetCarriesItsFontFocusAndPrintRules() {
        String css = new String(site.get("theme/css/site.css"), StandardCharsets.UTF_8);
        assertTrue(css.contains("@font-face"), "the font is declared");
        assertTrue(css.contains("font-display: swap"), "text shows while the font loads");
        assertTrue(css.contains(":focus-visible"), "focus is styled");
        assertTrue(css.contains("@media print"), "web pages print cleanly");
        assertFalse(Pattern.compile("outline\\s*:\\s*(none|0)\\b").matcher(css).find(), "focus outlines are never removed");

        Matcher url = Pattern.compile("url\\(\"?([^\")]+)\"?\\)").matcher(css);
        int fonts = 0;
        while (url.find()) {
            String target = url.group(1);
            assertFalse(target.matches("(?i)^(https?:)?//.*"), "the stylesheet fetches " + target);
            assertTrue(site.containsKey(resolve("theme/css/site.css", target)), target + " is not in the site");
            fonts += target.endsWith(".ttf") ? 1 : 0;
        }
        assertTrue(fonts >= 4, "regular, italic, bold and bold italic are self-hosted");
        assertTrue(site.containsKey("theme/fonts/OFL.txt"), "the font's licence travels with it");
    }

    @Test
    void brandColoursAreDeclaredOnceInBrandCssAndTheStylesheetsOnlyUseThem() throws IOException {
        String css = new String(site.get("theme/brand.css"), StandardCharsets.UTF_8);
        Matcher root = Pattern.compile("(?s):root\\s*\\{(.*?)}").matcher(css);
        assertTrue(root.find(), "a :root block");
        String docs = Files.readString(TestSites.projectRoot().resolve("docs/theme.md")).replaceAll("\\s+", " ");
        for (String colour : BRAND_COLOURS) {
            Matcher declared = Pattern.compile(Pattern.quote(colour) + "\\s*:\\s*(#[0-9a-f]{6})").matcher(root.group(1));
            assertTrue(declared.find(), colour + " is on :root");
            // The neutral defaults are the ones docs/theme.md promises, e.g. "primary `#1d4f73`".
            String name = colour.substring("--brand-".length());
            assertTrue(docs.contains(name + " `" + declared.group(1) + "`"), colour + ": " + declared.group(1) + " is not in docs/theme.md");
            assertFalse(declared.find(), colour + " is declared exactly once");
        }
        // One source: the theme's stylesheets use the colours but never write a default of their own.
        try (var files = Files.list(TestSites.projectRoot().resolve("templates/assets/css"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".css")).toList()) {
                String text = Files.readString(file);
                assertFalse(Pattern.compile("--brand-[a-z]+\\s*:").matcher(text).find(), file + " declares a brand colour");
                assertFalse(Pattern.compile("var\\(\\s*--brand-[a-z]+\\s*,").matcher(text).find(), file + " has a fallback colour");
            }
        }
    }

    @Test
    void theReviewLineShowsBothDatesWhenAPageHasThem(@TempDir Path temp) throws IOException {
        Path project = temp.resolve("project");
        Files.createDirectories(project.resolve("content/pages/guide"));
        Files.writeString(project.resolve("content/toolkit.yml"), """
                title: Review Test
                language: en-GB
                sections:
                  - id: guide
                    title: Guide
                """);
        Files.writeString(project.resolve("content/pages/index.md"), "---\ntitle: Home\n---\n\nWelcome.\n");
        Files.writeString(project.resolve("content/pages/guide/index.md"), """
                ---
                title: Guide
                last_reviewed: 2025-04-01
                review_by: 2026-04-01
                ---

                Text.
                """);
        Build.Result result = Build.run(Configure.settings(project, temp.resolve("site"), false));
        assertFalse(result.diagnostics().hasErrors(), () -> result.diagnostics().toString());
        OutputFile guide = result.files().stream().filter(f -> f.path().equals("guide/index.html")).findFirst().orElseThrow();
        Element line = Jsoup.parse(new String(guide.bytes(), StandardCharsets.UTF_8)).selectFirst(".review-line");
        assertNotNull(line);
        assertEquals("Last reviewed: 1 April 2025 · Review by: 1 April 2026", line.text());
    }

    /** A landmark's name from aria-label, or the text of the element aria-labelledby names. */
    private static String accessibleName(Document page, Element element) {
        if (element.hasAttr("aria-label")) {
            return element.attr("aria-label").strip();
        }
        List<String> parts = new ArrayList<>();
        for (String id : element.attr("aria-labelledby").trim().split("\\s+")) {
            Element label = id.isEmpty() ? null : page.getElementById(id);
            if (label != null) {
                parts.add(label.text());
            }
        }
        return String.join(" ", parts).strip();
    }

    /** A relative URL resolved against an output file's path, as a site path. */
    private static String resolve(String from, String relative) {
        String path = URI.create("https://site.invalid/" + from).resolve(relative).getPath().substring(1);
        return path.endsWith("/") ? path + "index.html" : path;
    }
}
