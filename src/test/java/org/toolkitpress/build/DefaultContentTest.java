package org.toolkitpress.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.testing.TestSites;

/**
 * Builds the real default content: it must build without errors, contain every section of
 * every source document (the phrases in src/test/resources/seed-coverage/), link only to pages
 * and files that exist, and come out byte-identical when built twice.
 */
class DefaultContentTest {

    @TempDir
    static Path temp;

    static Build.Result first;
    static Map<String, byte[]> site;

    @BeforeAll
    static void buildDefaultContent() {
        first = TestSites.build(TestSites.projectRoot(), temp.resolve("site"));
        site = new TreeMap<>();
        for (OutputFile f : first.files()) {
            site.put(f.path(), f.bytes());
        }
    }

    @Test
    void buildsWithoutErrors() {
        List<Diagnostic> errors = first.diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
        assertTrue(errors.isEmpty(), () -> errors.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        assertTrue(first.pages() >= 40, "pages: " + first.pages());
        assertTrue(site.containsKey("index.html") && site.containsKey("404.html") && site.containsKey("site-map/index.html"));
    }

    /** Lower case, straight quotes, plain hyphens, single spaces: how manifests are compared. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\u2018\u2019\u201b\u2032`]", "'").replaceAll("[\u201c\u201d\u201e\u2033]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-").replace('\u00a0', ' ')
                .replaceAll("\\s+", " ").strip();
    }

    @Test
    void everySectionOfEverySourceDocumentIsPresent() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, byte[]> e : site.entrySet()) {
            if (e.getKey().endsWith(".html")) {
                Document doc = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8));
                for (Element main : doc.select("main")) {
                    text.append(' ').append(main.text()).append(' ');
                    main.select("input[value], textarea").forEach(i -> text.append(' ').append(i.val()));
                }
            }
        }
        String haystack = normalise(text.toString());
        Path manifests = TestSites.projectRoot().resolve("src/test/resources/seed-coverage");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(manifests)) {
            for (Path manifest : files.sorted().toList()) {
                for (String line : Files.readAllLines(manifest)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    checked++;
                    if (!haystack.contains(normalise(line))) {
                        missing.add(manifest.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertTrue(checked > 1000, "the manifests should list well over a thousand phrases, found " + checked);
        assertTrue(missing.isEmpty(), missing.size() + " of " + checked + " phrases missing:\n" + String.join("\n", missing));
    }

    @Test
    void relativeLinksPointAtPublishedFiles() {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : site.entrySet()) {
            if (!e.getKey().endsWith(".html") || e.getKey().equals("404.html")) {
                continue;
            }
            Document doc = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8));
            String dir = e.getKey().contains("/") ? e.getKey().substring(0, e.getKey().lastIndexOf('/') + 1) : "";
            for (Element a : doc.select("a[href], link[href], script[src], img[src]")) {
                String ref = a.hasAttr("href") ? a.attr("href") : a.attr("src");
                if (ref.matches("^[a-z]+:.*") || ref.startsWith("#") || ref.startsWith("//")) {
                    continue;
                }
                String path = Path.of(dir + ref.replaceAll("#.*", "")).normalize().toString().replace('\\', '/');
                String target = ref.replaceAll("#.*", "").endsWith("/") || path.isEmpty() ? (path.isEmpty() ? "" : path + "/") + "index.html" : path;
                if (!site.containsKey(target)) {
                    broken.add(e.getKey() + " -> " + ref);
                }
            }
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    @Test
    void noThirdPartyRequestsNoCookies() {
        for (Map.Entry<String, byte[]> e : site.entrySet()) {
            if (!e.getKey().endsWith(".html") && !e.getKey().endsWith(".css") && !e.getKey().endsWith(".js")) {
                continue;
            }
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            assertFalse(text.contains("document.cookie"), e.getKey());
            if (e.getKey().endsWith(".html")) {
                Document doc = Jsoup.parse(text);
                for (Element el : doc.select("script[src], link[href], img[src], iframe, source[src], video, audio")) {
                    String ref = el.hasAttr("src") ? el.attr("src") : el.attr("href");
                    assertFalse(ref.matches("(?i)^(https?:)?//.*"), e.getKey() + " loads " + ref);
                }
            } else {
                assertFalse(text.matches("(?s).*url\\(\\s*['\"]?(https?:)?//.*"), e.getKey() + " loads a remote url()");
                assertFalse(text.matches("(?s).*@import\\s+['\"]?(url\\()?['\"]?(https?:)?//.*"), e.getKey());
            }
        }
    }

    @Test
    void twoBuildsAreByteIdentical() {
        Build.Result second = TestSites.build(TestSites.projectRoot(), temp.resolve("site-again"));
        assertEquals(site.keySet(), second.files().stream().map(OutputFile::path).collect(Collectors.toCollection(java.util.TreeSet::new)));
        for (OutputFile f : second.files()) {
            assertArrayEquals(site.get(f.path()), f.bytes(), f.path() + " differs between two builds");
        }
    }
}
