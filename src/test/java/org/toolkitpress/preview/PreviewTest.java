package org.toolkitpress.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.testing.TestSites;

/** {@code serve}: a real server on a free port, real file changes, real HTTP. */
class PreviewTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 3, 5).atStartOfDay(ZoneOffset.UTC).toInstant(),
            ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void servesFollowsEditsShowsErrorsOverTheLastGoodPageAndStops() throws Exception {
        Path project = TestSites.copy(TestSites.fixture("editors"), temp);
        Path page = project.resolve("content/pages/guidance/attendance.md");
        StringWriter log = new StringWriter();
        URI address;
        try (Preview preview = Preview.start(new PreviewOptions(project, "127.0.0.1", 0, CLOCK), new PrintWriter(log, true))) {
            address = preview.address();
            assertEquals("127.0.0.1", address.getHost());
            assertTrue(preview.port() > 0);
            PreviewClient browser = new PreviewClient(address);

            HttpResponse<String> first = browser.get("/guidance/attendance/");
            assertEquals(200, first.statusCode());
            assertTrue(first.body().contains("Every day counts."), first.body());
            assertTrue(first.body().contains("<script src=\"/__toolkit/live.js\" defer"), "the reload script is added");
            assertFalse(first.body().contains(ProblemsPanel.ID), "no problems, no panel");

            BlockingQueue<PreviewClient.Event> events = browser.events();
            PreviewClient.Event shown = PreviewClient.next(events, WAIT);

            // An edit is served without a restart, and open tabs hear about it. Only <main>
            // changed and no asset did, so a tab may take the new <main> in without reloading.
            replace(page, "Every day counts.", "Every single day counts.");
            String edited = browser.awaitPage("/guidance/attendance/", html -> html.contains("Every single day counts."), WAIT);
            PreviewClient.Event next = PreviewClient.next(events, WAIT);
            assertTrue(next.number() > shown.number());
            assertEquals(shown.assets(), next.assets(), "a page edit changes no stylesheet, script or image");
            assertEquals(mark(first.body(), "data-frame"), mark(edited, "data-frame"), "nothing outside <main> changed");
            assertEquals(next.build(), mark(edited, "data-build"));

            // An error: the panel names file, line and message; the last good page stays.
            Files.writeString(page, Files.readString(page) + "\nSee [the plan](no-such-page.md).\n");
            String broken = browser.awaitPage("/guidance/attendance/", html -> html.contains(ProblemsPanel.ID), WAIT);
            assertTrue(broken.contains("Every single day counts."), "the last good page is still served");
            assertFalse(broken.contains("See the plan"));
            assertTrue(broken.contains("content/pages/guidance/attendance.md:13:5"), broken);
            assertTrue(broken.contains("the link points to a page that does not exist"), broken);
            assertTrue(log.toString().contains("content/pages/guidance/attendance.md:13:5: error:"), log.toString());
            // Other pages carry the panel too: the preview as a whole is behind.
            assertTrue(browser.page("/").contains(ProblemsPanel.ID));

            // Fixing it clears the panel.
            replace(page, "[the plan](no-such-page.md)", "[belonging](belonging.md)");
            String fixed = browser.awaitPage("/guidance/attendance/", html -> !html.contains(ProblemsPanel.ID), WAIT);
            assertTrue(fixed.contains("guidance/belonging/\">belonging</a>"), fixed);

            // A changed stylesheet cannot be taken in by swapping <main>: the tabs are told to reload.
            String assets = mark(fixed, "data-assets");
            Files.createDirectories(project.resolve("templates/assets/css"));
            Files.writeString(project.resolve("templates/assets/css/forms.css"), "form { margin: 0; }\n");
            String restyled = browser.awaitPage("/guidance/attendance/", html -> !mark(html, "data-assets").equals(assets), WAIT);
            assertEquals(mark(restyled, "data-build"), mark(restyled, "data-assets"));
            // A new page title changes the menu, outside <main>: the frame changes.
            String frame = mark(restyled, "data-frame");
            replace(page, "title: Attendance", "title: School attendance");
            String retitled = browser.awaitPage("/guidance/attendance/", html -> html.contains("School attendance"), WAIT);
            assertNotEquals(frame, mark(retitled, "data-frame"));
        }
        PreviewClient after = new PreviewClient(address);
        assertThrows(IOException.class, () -> after.get("/"), "stopped: nothing listens any more");
    }

    /** The value of one of the preview's marks on the live script ("" when absent). */
    private static String mark(String html, String attribute) {
        Matcher value = Pattern.compile(attribute + "=\"([^\"]*)\"").matcher(html);
        return value.find() ? value.group(1) : "";
    }

    @Test
    void servesLikeAStaticHost() throws Exception {
        Path project = TestSites.copy(TestSites.fixture("editors"), temp);
        try (Preview preview = Preview.start(new PreviewOptions(project, "127.0.0.1", 0, CLOCK), new PrintWriter(new StringWriter()))) {
            PreviewClient browser = new PreviewClient(preview.address());
            HttpResponse<String> missing = browser.get("/no/such/page/");
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("Page not found"));
            HttpResponse<String> folder = browser.get("/guidance/attendance");
            assertEquals(301, folder.statusCode());
            assertEquals("/guidance/attendance/", folder.headers().firstValue("Location").orElse(""));
            HttpResponse<String> svg = browser.get("/assets/figure-placeholder.svg");
            assertEquals("image/svg+xml", svg.headers().firstValue("Content-Type").orElse(""));
            assertEquals("no-cache", svg.headers().firstValue("Cache-Control").orElse(""), "assets are revalidated");
            String tag = svg.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    preview.address().resolve("/assets/figure-placeholder.svg")).header("If-None-Match", tag).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(304, again.statusCode(), "an unchanged asset is not sent again");
            assertEquals("no-store", missing.headers().firstValue("Cache-Control").orElse(""), "pages are never cached");
            assertTrue(browser.page("/__toolkit/live.js").contains("EventSource"));
            assertEquals(404, browser.get("/../../etc/passwd").statusCode());

            // Every link a page offers leads somewhere in the preview, the footer's generated
            // pages (site map, accessibility statement) included.
            URI pageAddress = preview.address().resolve("/guidance/attendance/");
            List<String> links = Jsoup.parse(browser.page("/guidance/attendance/")).select("a[href], link[href], script[src]")
                    .stream().map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src"))
                    .filter(href -> !href.startsWith("#") && !href.contains(":")).distinct().toList();
            assertTrue(links.contains("../../accessibility/"), links.toString());
            for (String href : links) {
                String path = pageAddress.resolve(href).getPath();
                assertEquals(200, browser.get(path).statusCode(), href + " from /guidance/attendance/");
            }
        }
    }

    @Test
    void theNotFoundPageOfASiteUnderASubPathIsStyledAndEveryLinkWorks() throws Exception {
        // The minimal fixture's base_url is https://toolkit.example.org/minimal/: its 404 page
        // links from /minimal/, as the published site is served under it.
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        try (Preview preview = Preview.start(new PreviewOptions(project, "127.0.0.1", 0, CLOCK), new PrintWriter(new StringWriter()))) {
            PreviewClient browser = new PreviewClient(preview.address());
            URI missing = preview.address().resolve("/minimal/a/b/missing");
            HttpResponse<String> page = browser.get(missing.getPath());
            assertEquals(404, page.statusCode());
            org.jsoup.nodes.Document html = Jsoup.parse(page.body(), missing.toString());
            List<String> targets = new java.util.ArrayList<>();
            for (org.jsoup.nodes.Element e : html.select("a[href], link[href], script[src]")) {
                String target = (e.hasAttr("href") ? e.absUrl("href") : e.absUrl("src")).replaceAll("#.*", "");
                if (!target.equals(missing.toString())) {
                    targets.add(target);
                }
            }
            org.jsoup.nodes.Element form = html.selectFirst("form[role=search]");
            targets.add(form.absUrl("action"));
            targets.add(form.absUrl("data-search") + "index.js");
            assertTrue(targets.stream().anyMatch(t -> t.endsWith(".css")), "the page has its stylesheets: " + targets);
            assertTrue(targets.stream().filter(t -> t.contains("/minimal/")).count() > 5, targets.toString());
            List<String> broken = new java.util.ArrayList<>();
            for (String target : targets.stream().distinct().toList()) {
                URI uri = URI.create(target);
                if (uri.getAuthority().equals(missing.getAuthority()) && browser.get(uri.getPath()).statusCode() != 200) {
                    broken.add(target);
                }
            }
            assertEquals(List.of(), broken, "the 404 page's stylesheets, scripts, search and links in the preview");
            assertTrue(browser.page("/minimal/").contains("<h1"), "the home page under the sub-path");
        }
    }

    @Test
    void aTemplateChangeRerendersEveryPage() throws Exception {
        Path project = TestSites.copy(TestSites.fixture("editors"), temp);
        try (Preview preview = Preview.start(new PreviewOptions(project, "127.0.0.1", 0, CLOCK), new PrintWriter(new StringWriter()))) {
            PreviewClient browser = new PreviewClient(preview.address());
            Path templates = Files.createDirectories(project.resolve("templates"));
            String layout = new String(Files.readAllBytes(TestSites.projectRoot().resolve("templates/layout.ftlh")),
                    StandardCharsets.UTF_8);
            Files.writeString(templates.resolve("layout.ftlh"), layout.replace("<main id=\"main\" tabindex=\"-1\">",
                    "<main id=\"main\" tabindex=\"-1\"><p>Local banner</p>"));
            browser.awaitPage("/guidance/contacts/", html -> html.contains("Local banner"), WAIT);
            assertTrue(browser.page("/").contains("Local banner"));
        }
    }

    @Test
    void aBrandIsPreviewedAndItsOverlayIsWatched() throws Exception {
        Path project = TestSites.copy(TestSites.fixture("branded"), temp);
        Path page = project.resolve("brands/fixture/content/pages/guide/page.md");
        try (Preview preview = Preview.start(new PreviewOptions(project, "127.0.0.1", 0, CLOCK, "fixture"),
                new PrintWriter(new StringWriter()))) {
            PreviewClient browser = new PreviewClient(preview.address());
            String html = browser.page("/guide/page/");
            assertTrue(html.contains("FIXTURE BRAND's own text"), html);
            assertTrue(html.contains("Fixture Borough Council"), html);
            replace(page, "own text of the page", "own, edited text of the page");
            browser.awaitPage("/guide/page/", h -> h.contains("FIXTURE BRAND's own, edited text"), WAIT);
        }
    }

    @Test
    void theBuiltSiteNeverCarriesThePreviewsAdditions() {
        Build.Result result = Build.run(Configure.settings(TestSites.fixture("editors"), null, false, CLOCK));
        for (OutputFile file : result.files()) {
            String text = new String(file.bytes(), StandardCharsets.UTF_8);
            assertFalse(text.contains("/__toolkit/") || text.contains(ProblemsPanel.ID), file.path());
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), "the fixture has the text to change");
        Files.writeString(file, text.replace(from, to));
    }
}
