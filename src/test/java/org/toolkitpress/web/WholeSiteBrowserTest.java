package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/**
 * The default site in Chromium as a visitor meets it: every page reflows at 320 px, and the 404
 * page works at whatever missing address a server answers with it (links to the page itself,
 * such as the skip link, are not followed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholeSiteBrowserTest {

    private BrowserSession browser;

    @BeforeAll
    void start() {
        // With the PDFs, so the Downloads page lists them as a published site does.
        browser = BrowserSession.start(TestSites.projectRoot(), true);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theNotFoundPageIsStyledAndItsLinksWorkAtANestedAddress() throws Exception {
        browser.driver().manage().window().setSize(new Dimension(1200, 900));
        browser.open("a/b/c/missing");
        assertEquals("Page not found", browser.driver().findElement(org.openqa.selenium.By.tagName("h1")).getText());
        Boolean styled = (Boolean) browser.js().executeScript(
                "return Array.from(document.styleSheets).some(function (s) {"
                        + " return s.href && s.href.endsWith('/theme/css/site.css') && s.cssRules.length > 0; });");
        assertTrue(styled, "site.css loaded at /a/b/c/missing");
        @SuppressWarnings("unchecked")
        List<String> targets = (List<String>) browser.js().executeScript(
                "var seen = {};"
                        + "document.querySelectorAll('a[href], link[href], script[src], img[src]').forEach(function (e) {"
                        + "  var u = new URL(e.href || e.src); u.hash = '';"
                        + "  if (u.origin === location.origin && u.pathname !== location.pathname) { seen[u.href] = true; } });"
                        + "return Object.keys(seen);");
        assertTrue(targets.size() > 10, "the 404 page links to the site's parts: " + targets);
        HttpClient http = HttpClient.newHttpClient();
        List<String> broken = new ArrayList<>();
        for (String target : targets) {
            int status = http.send(HttpRequest.newBuilder(URI.create(target)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                broken.add(status + " " + target);
            }
        }
        assertEquals(List.of(), broken, "every link and asset of the 404 page resolves");
    }

    @Test
    void everyPageFitsA320PixelScreenWithoutSidewaysScrolling() throws IOException {
        browser.driver().manage().window().setSize(new Dimension(320, 900));
        long inner = (Long) browser.js().executeScript("return window.innerWidth");
        assertTrue(inner <= 320, "the window is 320 px wide or less: " + inner);
        List<String> pages = pages();
        pages.add("a/b/c/missing");
        assertTrue(pages.contains("downloads/"), "the default site has a Downloads page");
        List<String> wide = new ArrayList<>();
        for (String page : pages) {
            browser.open(page);
            long width = (Long) browser.js().executeScript("return document.documentElement.scrollWidth");
            if (width > inner) {
                wide.add(page + " is " + width + " px wide");
            }
        }
        browser.driver().manage().window().setSize(new Dimension(1200, 900));
        assertEquals(List.of(), wide, "pages wider than the " + inner + " px screen");
    }

    @Test
    void theDownloadsTableStacksAt320PixelsAndStaysATable() {
        browser.driver().manage().window().setSize(new Dimension(320, 900));
        browser.open("downloads/");
        String display = (String) browser.js().executeScript(
                "return getComputedStyle(document.querySelector('table.downloads tbody tr')).display");
        assertEquals("block", display, "rows stack at 320 px");
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = browser.driver().executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) tree.get("nodes");
        List<String> roles = nodes.stream().map(n -> n.get("role")).filter(r -> r instanceof Map<?, ?>)
                .map(r -> String.valueOf(((Map<?, ?>) r).get("value"))).toList();
        browser.driver().manage().window().setSize(new Dimension(1200, 900));
        assertTrue(roles.contains("table"), "still a table to assistive technology: " + roles);
        assertTrue(roles.contains("columnheader") && roles.contains("cell") && roles.contains("row"),
                "rows, column headers and cells kept: " + roles);
    }

    /** The address of every page the build wrote, from its files. */
    private List<String> pages() throws IOException {
        Path site = browser.work().resolve("site");
        try (Stream<Path> walk = Files.walk(site)) {
            List<String> pages = new ArrayList<>(walk.filter(p -> p.getFileName().toString().equals("index.html"))
                    .map(p -> site.relativize(p.getParent()).toString().replace('\\', '/'))
                    .map(p -> p.isEmpty() ? "" : p + "/").sorted().toList());
            assertFalse(pages.isEmpty());
            return pages;
        }
    }
}
