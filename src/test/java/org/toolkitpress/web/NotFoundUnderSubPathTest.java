package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.testing.TestSites;

/**
 * The 404 page of a site published under a sub-path: a server answers any missing address under
 * it with 404.html, and from there the search form (its no-JavaScript target, its scripts and
 * index) and every link must reach the site under that sub-path, on the host that answered.
 */
class NotFoundUnderSubPathTest {

    @TempDir
    Path temp;

    @Test
    void theSearchFormAndEveryLinkWorkUnderTheSubPathAtAnyDepth() throws Exception {
        // The minimal fixture's base_url is https://toolkit.example.org/minimal/; here it is
        // served from a loopback host under the same path, as a staging copy would be.
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path site = temp.resolve("site");
        Build.Result result = TestSites.build(project, site);
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        HttpServer server = serve(site, "/minimal/");
        try {
            URI missing = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/minimal/a/b/c/missing");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(missing).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, page.statusCode());
            Document html = Jsoup.parse(page.body(), missing.toString());
            assertEquals("Page not found", html.selectFirst("h1").text());

            Element form = html.selectFirst("form[role=search]");
            String action = form.absUrl("action");
            List<String> targets = new ArrayList<>(List.of(action, form.absUrl("data-search") + "index.js"));
            for (String script : form.attr("data-search-scripts").split(" ")) {
                targets.add(missing.resolve(script).toString());
            }
            TreeSet<String> links = new TreeSet<>();
            for (Element e : html.select("a[href], link[href], script[src]")) {
                String target = e.hasAttr("href") ? e.absUrl("href") : e.absUrl("src");
                if (!target.startsWith(missing.toString())) {
                    links.add(target.replaceAll("#.*", ""));
                }
            }
            assertTrue(links.size() > 5, "the 404 page links to the site's parts: " + links);
            targets.addAll(links);

            List<String> broken = new ArrayList<>();
            for (String target : targets) {
                URI uri = URI.create(target);
                if (!uri.getAuthority().equals(missing.getAuthority()) || !uri.getPath().startsWith("/minimal/")) {
                    broken.add("elsewhere: " + target);
                    continue;
                }
                int status = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    broken.add(status + " " + target);
                }
            }
            assertEquals(List.of(), broken, "the form, its scripts and every link reach the site under /minimal/ on this host");
            assertTrue(Jsoup.parse(http.send(HttpRequest.newBuilder(URI.create(action)).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).title().startsWith("Site map"), "the form leads to the site map");
        } finally {
            server.stop(0);
        }
    }

    /** A static host with the site under {@code prefix}, answering missing addresses with 404.html as GitHub Pages does. */
    private static HttpServer serve(Path site, String prefix) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = path.startsWith(prefix) ? site.resolve(path.substring(prefix.length())).normalize() : null;
            if (file != null && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            boolean found = file != null && file.startsWith(site) && Files.isRegularFile(file);
            byte[] body = Files.readAllBytes(found ? file : site.resolve("404.html"));
            exchange.sendResponseHeaders(found ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }
}
