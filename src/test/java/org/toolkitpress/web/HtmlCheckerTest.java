package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every page of the built default site and of the audit-shapes gallery passes the W3C Nu HTML
 * Checker (the checker behind validator.w3.org/nu, pinned in pom.xml) with no error. The checker
 * runs in this JVM, its schema set up once, over all the files: one start-up for the lot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlCheckerTest {

    /** The checker's own name for the HTML schema with all its extra checks (what vnu.jar uses). */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    @TempDir
    static Path temp;

    private final List<String> errors = new ArrayList<>();
    private Path current;
    private SimpleDocumentValidator checker;
    private Path defaultSite;

    @BeforeAll
    void setUpChecker() throws Exception {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings (such as a guessed language) are not errors; the standard is 0 errors.
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        // No Log4j set-up (its log goes to SLF4J), no URL logging, no language detection.
        checker = new SimpleDocumentValidator(false, false, false);
        checker.setUpMainSchema(SCHEMA, handler);
        checker.setUpValidatorAndParsers(handler, true, false);
    }

    @Test
    void everyPageOfTheDefaultSiteHasNoError() throws Exception {
        assertNoErrors(defaultSite(), 30);
    }

    /**
     * Issue 15: a search box on every page, in a labelled search landmark, whose form leads to
     * the site map without JavaScript. Checked here because this class has every page built.
     */
    @Test
    void everyPageOfTheDefaultSiteHasTheSearchBox() throws IOException {
        Path site = defaultSite();
        for (Path page : pages(site)) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            Element form = html.selectFirst("header form[role=search]");
            assertTrue(form != null, site.relativize(page) + " has a search landmark in its header");
            assertEquals("Site", form.attr("aria-label"), site.relativize(page).toString());
            assertTrue(form.selectFirst("label[for=site-search-q]") != null && form.selectFirst("input#site-search-q[type=search]") != null,
                    site.relativize(page) + " has a labelled search box");
            // The 404 page is served at any address, so its links start at the site's root.
            String action = form.attr("action");
            Path target = (action.startsWith("/") ? site.resolve(action.substring(1)) : page.getParent().resolve(action)).normalize();
            Path map = Files.isDirectory(target) ? target.resolve("index.html") : target;
            assertTrue(Files.isRegularFile(map) && Jsoup.parse(map.toFile(), "UTF-8").title().startsWith("Site map"),
                    site.relativize(page) + ": the form leads to the site map, not " + action);
        }
    }

    private Path defaultSite() {
        if (defaultSite == null) {
            defaultSite = built(TestSites.projectRoot());
        }
        return defaultSite;
    }

    @Test
    void everyPageOfTheAuditShapesGalleryHasNoError() throws Exception {
        assertNoErrors(built(TestSites.fixture("audit-shapes")), 2);
    }

    /** The checker as set up here does report errors: a duplicate id and a stray end tag. */
    @Test
    void theCheckerFindsErrors() throws Exception {
        Path page = temp.resolve("invalid/index.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!doctype html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><p id=\"a\">one</p><p id=\"a\">two</span></body></html>");
        errors.clear();
        current = Path.of("invalid/index.html");
        check(page);
        assertEquals(2, errors.size(), errors.toString());
    }

    private static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The suite's one build of {@code project} without PDFs (read only here). */
    private static Path built(Path project) {
        return TestSites.built(project, false).site();
    }

    /** Checks every .html file under {@code site}; at least {@code pages} of them, so a build that lost its pages fails. */
    private void assertNoErrors(Path site, int pages) throws Exception {
        errors.clear();
        List<Path> html = pages(site);
        assertTrue(html.size() >= pages, "only " + html.size() + " pages in " + site);
        for (Path page : html) {
            current = site.relativize(page);
            check(page);
        }
        assertEquals(List.of(), errors, errors.size() + " errors in " + html.size() + " pages");
    }

    private void check(Path page) throws IOException {
        try {
            checker.checkHtmlFile(page.toFile(), true);
        } catch (org.xml.sax.SAXException e) {
            errors.add(current + ": the checker stopped: " + e.getMessage());
        }
    }
}
