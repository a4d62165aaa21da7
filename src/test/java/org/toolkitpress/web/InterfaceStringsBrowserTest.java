package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.PluralRule;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/**
 * The interface strings (templates/strings/) as an editor changes them: a project's file and a
 * brand's laid over the theme's key by key, the brand's winning, on a built page, in a page
 * script's status line in Chromium and in a PDF read back; and strings.js formatting the same
 * cases as the Java side (src/test/resources/rules/wording-cases.json).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterfaceStringsBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BRAND = "council";

    private Path site;
    private Build.Result built;

    @BeforeAll
    void build(@TempDir Path temp) throws IOException {
        Path project = TestSites.copy(TestSites.fixture("scored"), temp);
        // Only the blank form is printed: the test reads its contents list.
        TestSites.printOnly(project, "editions:\n  - id: inclusion-audit\n    audit: inclusion-audit\n");
        Files.writeString(project.resolve("content/pages/index.md"),
                Files.readString(project.resolve("content/pages/index.md")) + "\nA claim.[^1]\n\n[^1]: Its source.\n");
        // A principle set in the default layout, whose examples' heading is the theme's word.
        Files.writeString(Files.createDirectories(project.resolve("content/data/principles")).resolve("values.yml"), """
                id: values
                title: Our values
                principles:
                  - id: safety
                    title: Safety
                    description: Children feel safe.
                    examples:
                      - A calm space.
                """);
        Files.writeString(project.resolve("content/pages/values.md"), "---\ntitle: Values\n---\n\n::: principles values\n");
        Path strings = Files.createDirectories(project.resolve("templates/strings"));
        Files.writeString(strings.resolve("en.yml"), """
                # yaml-language-server: $schema=../../schemas/strings.schema.json
                layout.footer.site-map: Every page
                footnote.back: Return to the text of note {number}
                audit.export.button: Export (project)
                print.contents: Inside this form
                """);
        Path brand = TestSites.copy(TestSites.fixture("branded").resolve("brands/second"), Files.createDirectories(project.resolve("brands")));
        Files.move(brand, brand.resolveSibling(BRAND));
        Path brandStrings = Files.createDirectories(project.resolve("brands/" + BRAND + "/templates/strings"));
        Files.writeString(brandStrings.resolve("en.yml"), """
                audit.export.button: Save a copy
                audit.status.cleared: Every answer was wiped from this form.
                print.contents.plan: Plan of action
                audit.section.scores: "Points in this section:"
                audit.figure.mean: Average
                audit.summary.scores.caption: Points by section
                principles.examples: What it looks like
                audit.progress.answered:
                  one: "{answered} of {count} question done"
                  other: "{answered} of {count} questions done"
                audit.progress.in-section: "{progress} here."
                audit.compare-result.no-change: Same as before
                search-result.kind.question: Form question
                audit.print-heading.printed: "Printed on {date}"
                audit.results.change-based-on:
                  one: "over {answered} of {count} question"
                  other: "over {answered} of {count} questions"
                audit.long-date.month.december: Rhagfyr
                downloads.size.kb: "{size} kilobytes"
                accessibility.contrast.role.banner: The top bar
                audit.pdf-file.too-long:
                  one: "Too long for the PDF: {boxes}."
                  other: "Too long for the PDF: {boxes}."
                """);
        site = temp.resolve("site");
        built = Build.run(Configure.settings(project, site, true, BRAND, TestSites.CLOCK).withPdf(true));
        assertFalse(built.diagnostics().hasErrors(), built.diagnostics().sorted().toString());
    }

    private BrowserSession browser;

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private String page() {
        return TestSites.read(site.resolve("index.html"));
    }

    @Test
    void theProjectsWordsReplaceTheThemesOnABuiltPage() {
        String html = page();
        assertTrue(html.contains("site-map/\">Every page</a>"), "the project's footer link");
        assertFalse(html.contains(">Site map</a>"), "the theme's word is gone");
        assertTrue(html.contains("class=\"footnote-back\" aria-label=\"Return to the text of note 1\">&#8617;</a>"),
                "the back-link keeps its arrow and gets the project's numbered name");
        // A key the project leaves alone is the theme's.
        assertTrue(html.contains(">Skip to main content</a>"));
    }

    @Test
    void theBrandsWordsReplaceTheProjectsKeyByKey() {
        String html = page();
        assertTrue(html.contains("data-action=\"export\">Save a copy</button>"), "the brand's button");
        assertFalse(html.contains("Export (project)"), "the brand wins over the project for the same key");
        assertTrue(html.contains("Use “Save a copy” to keep a copy"), "the privacy note names the button as it reads");
        assertTrue(html.contains("Every page"), "the project's other keys still count under a brand");
    }

    @Test
    void anAuditsResultsAndSectionFiguresSpeakTheBrandsWords() {
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page());
        org.jsoup.nodes.Element section = html.selectFirst("[data-scores]");
        assertTrue(section != null && section.selectFirst(".scores-label").text().equals("Points in this section:"),
                "a section's scores line: " + section);
        assertTrue(section.text().contains("Average:"), "a figure's name, given as plain text: " + section.text());
        assertFalse(html.text().contains("Mean score"), "the theme's name for the figure is gone");
        assertEquals("Points by section", html.selectFirst(".audit-summary caption").text());
    }

    @Test
    void aPrincipleSetsDefaultHeadingIsTheBrandsWord() {
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(TestSites.read(site.resolve("values/index.html")));
        assertEquals("What it looks like", html.selectFirst("section[aria-labelledby=principle-safety] h3").text());
        assertFalse(html.text().contains("Examples in practice"));
    }

    @Test
    void theBuildsOwnWordsOnTheDownloadsAndAccessibilityPagesAreTheBrands() {
        org.jsoup.nodes.Document downloads = org.jsoup.Jsoup.parse(TestSites.read(site.resolve("downloads/index.html")));
        assertTrue(downloads.text().matches(".*\\b\\d+ kilobytes\\b.*"), "a PDF's size in the brand's unit: " + downloads.text());
        assertFalse(downloads.text().matches(".*\\d KB\\b.*"), "the theme's unit is gone");
        org.jsoup.nodes.Document statement = org.jsoup.Jsoup.parse(TestSites.read(site.resolve("accessibility/index.html")));
        List<String> roles = statement.select("table tbody tr > :first-child").eachText();
        assertTrue(roles.contains("The top bar") && !roles.contains("The banner"), "the contrast table's role: " + roles);
        assertTrue(roles.contains("Body text"), "a role the brand leaves alone: " + roles);
    }

    @Test
    void aPdfPrintsTheOverriddenWords() throws IOException {
        Path pdf = site.resolve("downloads/inclusion-audit.pdf");
        assertTrue(Files.exists(pdf), built.files().stream().map(f -> f.path()).toList().toString());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0]+", " ");
        }
        assertTrue(text.contains("Inside this form"), "the project's contents heading");
        assertTrue(text.contains("Plan of action"), "the brand's contents entry");
        assertFalse(text.contains("Contents"), "the theme's heading is gone");
    }

    @Test
    void aScriptsStatusLineSpeaksTheBrandsWords() {
        browser = BrowserSession.serving(site, BrowserSession.Kind.HEADLESS_SHELL_WITHOUT_FRAMES);
        browser.openFresh("");
        browser.waitFor("[data-audit-tools]:not([hidden])", Duration.ofSeconds(10));
        browser.driver().findElement(By.cssSelector("[data-action=clear]")).click();
        browser.driver().findElement(By.cssSelector("[data-action=clear-confirm]")).click();
        assertTrue(browser.waitUntil("document.querySelector('[data-save-status]').textContent === args[0]",
                Duration.ofSeconds(5), "Every answer was wiped from this form."),
                "status: " + browser.js().executeScript("return document.querySelector('[data-save-status]').textContent;"));
        // The form's progress lines (audit-rules.js, audit-checking.js), after the clear: nothing answered.
        String progress = (String) browser.js().executeScript("return document.querySelector('[data-progress]').textContent;");
        assertTrue(progress.matches("0 of \\d+ questions done\\."), progress);
        assertTrue((Boolean) browser.js().executeScript("return Array.prototype.every.call("
                + "document.querySelectorAll('[data-section-progress]:not([hidden])'), function (p) { return / done here\\.$/.test(p.textContent); })"
                + " && document.querySelectorAll('[data-section-progress]:not([hidden])').length > 0;"), "each section's progress line");
        // The comparison's and the PDF tools' words are the brand's in the page's strings, and the
        // PDF tools' note on answers too long for their box is made from the brand's message.
        assertEquals("Same as before", browser.js().executeScript("return ToolkitStrings.text('audit.compare-result.no-change');"));
        String note = (String) browser.js().executeScript("var form = document.querySelector('form[data-audit]');"
                + "var box = form.querySelector('textarea');"
                + "return form.toolkitPdf.tooLongNote([{name: box.id, tooltip: box.name}]).map(function (p) { return typeof p === 'string' ? p : p.text; }).join('');");
        assertTrue(note.startsWith(" Too long for the PDF: ") && note.endsWith(".") && !note.contains("What you wrote"), note);
        // The running head of a printed form (audit-rules.js): the day of printing in the brand's words.
        assertEquals("\"Form · Printed on 4 Rhagfyr 2026\"", browser.js().executeScript(
                "return ToolkitAudit.printHeading('', 'Form', '', ToolkitAudit.longDate(new Date(2026, 11, 4)));"));
        assertEquals("over 2 of 3 questions", browser.js().executeScript("return ToolkitAudit.basedOnText(2, 3);"),
                "what a section's change is based on, in the brand's words");
        // A search result's kind, written into the index by the build, as the results list shows it.
        browser.driver().findElement(By.id("site-search-q")).sendKeys("governors");
        assertTrue(browser.waitUntil("document.querySelector('[data-search-status]').innerText.indexOf('governors') >= 0",
                Duration.ofSeconds(10)), "the search answers");
        String where = (String) browser.js().executeScript(
                "return document.querySelector('.site-search-list li .site-search-context').textContent;");
        assertTrue(where.startsWith("Form question · "), where);
        browser.giveBackBrowser();
    }

    @Test
    void stringsJsFormatsTheSharedCasesAsJavaDoes() throws IOException {
        try (BrowserSession session = BrowserSession.start(TestSites.fixture("minimal"))) {
            session.open("guide/");
            Object loaded = session.js().executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "var s = document.createElement('script'); s.src = '../theme/js/strings.js';"
                    + "s.onload = function () { done(typeof window.ToolkitStrings.format); };"
                    + "s.onerror = function () { done('not loaded'); }; document.head.appendChild(s);");
            assertEquals("function", loaded, "the built site publishes strings.js");
            JsonNode cases = JSON.readTree(TestSites.projectRoot().resolve("src/test/resources/rules/wording-cases.json").toFile()).get("cases");
            JsonNode got = JSON.readTree((String) session.js().executeScript("var S = window.ToolkitStrings;"
                    + "return JSON.stringify(JSON.parse(arguments[0]).map(function (c) {"
                    + "  try { return S.format(c.language, c.message, c.values); } catch (e) { return 'threw: ' + e.message; } }));",
                    JSON.writeValueAsString(cases)));
            assertEquals(cases.size(), got.size());
            for (int i = 0; i < cases.size(); i++) {
                assertEquals(cases.get(i).get("text").asText(), got.get(i).asText(), cases.get(i).get("case").asText());
            }
            // The table both sides keep, against the browser's own CLDR data: every whole number to 200.
            @SuppressWarnings("unchecked")
            List<String> disagreements = (List<String>) session.js().executeScript("var S = window.ToolkitStrings, out = [];"
                    + "['en', 'en-GB', 'cy'].forEach(function (tag) { var cldr = new Intl.PluralRules(tag);"
                    + "  for (var n = 0; n <= 200; n++) { if (cldr.select(n) !== S.pluralCategory(tag, n)) {"
                    + "    out.push(tag + ' ' + n + ': CLDR ' + cldr.select(n) + ', ours ' + S.pluralCategory(tag, n)); } } });"
                    + "return out;");
            assertEquals(List.of(), disagreements);
            java.util.Map<String, List<String>> javaRules = new java.util.LinkedHashMap<>();
            for (String tag : List.of("en-GB", "cy")) {
                javaRules.put(tag, java.util.stream.LongStream.rangeClosed(0, 200).mapToObj(n -> PluralRule.category(tag, n)).toList());
            }
            @SuppressWarnings("unchecked")
            List<String> javaDisagreements = (List<String>) session.js().executeScript("var ours = JSON.parse(arguments[0]), out = [];"
                    + "Object.keys(ours).forEach(function (tag) { var cldr = new Intl.PluralRules(tag);"
                    + "  ours[tag].forEach(function (category, n) { if (cldr.select(n) !== category) {"
                    + "    out.push(tag + ' ' + n + ': CLDR ' + cldr.select(n) + ', Java ' + category); } }); });"
                    + "return out;", JSON.writeValueAsString(javaRules));
            assertEquals(List.of(), javaDisagreements);
            // The default footnote back-link, named and numbered, passes axe-core.
            assertEquals("Back to reference 1", session.js().executeScript(
                    "return document.querySelector('a.footnote-back').getAttribute('aria-label');"));
            assertEquals(List.of(), session.axeViolations());
        }
    }
}
