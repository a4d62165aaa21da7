package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
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
 * An audit or a filled-in audit written straight under a heading that already says its title (as
 * the default content's partnership-working page does) shows that title once: the heading stays,
 * in the page's contents list and at its level, and names the form; under any other heading, or
 * none, the component prints its own title as before; and the printed guide does the same.
 */
class ComponentTitleTest {

    /** The audit's and the response's titles as the editor writes them in the YAML below. */
    private static final String AUDIT_TITLE = "Key Questions to support Partnership Working";
    private static final String RESPONSE_TITLE = "Example: Brook Lane Primary";

    @TempDir
    static Path temp;

    private static Map<String, Document> pages;

    @BeforeAll
    static void build() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path content = project.resolve("content");
        write(content.resolve("data/audits/questions.yml"), """
                id: questions
                version: 1
                title: %s
                kind: planning
                scales:
                  text:
                    type: text
                scale: text
                sections:
                  - id: overview
                    title: Overview
                    items:
                      - id: who
                        text: Who is part of the plan?
                """.formatted(AUDIT_TITLE));
        write(content.resolve("data/responses/brook-lane.yml"), """
                id: brook-lane
                audit: questions
                version: 1
                title: "%s"
                answers:
                  who:
                    text: The family, the social worker and the form tutor.
                """.formatted(RESPONSE_TITLE));
        // The same words in another case and spacing: an editor retyping a title is not held to its capitals.
        write(content.resolve("pages/guide/same-heading.md"), """
                ---
                title: Partnership working
                ---

                ## Keeping in contact

                Text.

                ## Key questions to  support partnership working

                ::: audit questions

                ## example: brook lane primary

                ::: response brook-lane
                """);
        write(content.resolve("pages/guide/other-heading.md"), """
                ---
                title: Planning together
                ---

                ## Before you start

                Text.

                ## The form

                ::: audit questions

                ::: response brook-lane
                """);
        // The guide printed, so the printed pages can be read for the same rule.
        Files.writeString(content.resolve("toolkit.yml"), Files.readString(content.resolve("toolkit.yml"))
                + "editions:\n  - id: guide\n    sections: [guide]\n");
        Build.Result result = Build.run(Configure.settings(project, null, false).withPdf(true));
        assertEquals(List.of(), result.diagnostics().sorted(), "the project builds cleanly");
        pages = result.files().stream().filter(f -> f.path().endsWith(".html")).collect(Collectors.toMap(
                OutputFile::path, f -> Jsoup.parse(new String(f.bytes(), StandardCharsets.UTF_8))));
        byte[] pdf = result.files().stream().filter(f -> f.path().equals("downloads/guide.pdf")).findFirst()
                .orElseThrow().bytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            guide = new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0]+", " ");
        }
    }

    /** The printed guide's text, every run of white space one space. */
    private static String guide;

    private static int count(String text, String words) {
        int n = 0;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            n++;
        }
        return n;
    }

    /**
     * The printed guide names each form as the web does: once, as the editor's heading, where
     * the heading says the form's title; by the form's own title everywhere else.
     */
    @Test
    void thePrintedGuideNamesEachFormOnceAsTheWebDoes() {
        assertEquals(1, count(guide, "Key questions to support partnership working"), guide);
        assertEquals(1, count(guide, "The form " + AUDIT_TITLE), "the form's own title under another heading: " + guide);
        assertEquals(2, count(guide.toLowerCase(Locale.ROOT), AUDIT_TITLE.toLowerCase(Locale.ROOT)),
                "once on each page, whatever the case: " + guide);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The elements of a page's main content (its contents list aside) whose own text is {@code text}, whatever the case. */
    private static List<Element> saying(Document page, String text) {
        return page.select("main *").stream().filter(e -> e.closest("nav") == null)
                .filter(e -> e.ownText().strip().equalsIgnoreCase(text)).toList();
    }

    @Test
    void underAHeadingThatSaysItsTitleTheFormSaysItOnceAndIsNamedByTheHeading() {
        Document page = pages.get("guide/same-heading/index.html");
        assertNotNull(page);
        List<Element> title = saying(page, AUDIT_TITLE);
        assertEquals(List.of("h2"), title.stream().map(Element::normalName).toList(),
                "the audit's title is on the page once, as the editor's heading");
        Element heading = title.get(0);
        Element form = page.selectFirst("form.audit-form");
        assertEquals(heading.id(), form.attr("aria-labelledby"), "the heading names the form");
        assertEquals(1, page.select("nav.toc a[href=#" + heading.id() + "]").size(),
                "the heading stays in the page's contents list");

        List<Element> response = saying(page, RESPONSE_TITLE);
        assertEquals(List.of("h2"), response.stream().map(Element::normalName).toList(),
                "the filled-in audit's title is on the page once, as the editor's heading");
    }

    @Test
    void underAnyOtherHeadingTheFormKeepsItsOwnTitle() {
        Document page = pages.get("guide/other-heading/index.html");
        assertNotNull(page);
        Element title = page.selectFirst("p.audit-title");
        assertNotNull(title, "the audit prints its own title");
        assertEquals(AUDIT_TITLE, title.text());
        assertEquals(title.id(), page.selectFirst("form.audit-form").attr("aria-labelledby"));
        assertNotNull(page.selectFirst("h2:containsOwn(The form)"), "the editor's heading stays");
        assertEquals(RESPONSE_TITLE, page.selectFirst("p.response-title").text(),
                "the response after the audit (no heading above it) prints its own title");
    }
}
