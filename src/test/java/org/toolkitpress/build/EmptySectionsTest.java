package org.toolkitpress.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.testing.TestSites;
import org.toolkitpress.testing.TestSites.CliRun;

/**
 * A section toolkit.yml lists before it has pages — "unwritten" (an empty folder) and "unmade"
 * (no folder) in the empty-sections fixture — is left out of everything the build makes, as
 * check's warning says: menus, home cards, site map, sitemap.xml, footer, search, the PDFs and
 * their contents. Read back from the built files, beside the sections that do have pages, so
 * the test cannot pass on an empty site.
 */
class EmptySectionsTest {

    @TempDir
    Path temp;

    @Test
    void aListedSectionWithNoPagesIsInNoOutputAndCheckSaysSo() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("empty-sections"), temp);
        Path out = temp.resolve("site");
        CliRun run = TestSites.cli("build", "-p", project.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/toolkit.yml:14:5: warning: the section \"unwritten\" has no pages, so the website"
                + " and the PDFs leave it out"), run.err());
        assertTrue(run.err().contains("content/toolkit.yml:16:5: warning: the section \"unmade\" has no pages"), run.err());
        assertTrue(run.err().contains("content/toolkit.yml:24:5: warning: the edition \"unwritten\" prints only sections with"
                + " no pages (unwritten), so it is not printed and the Downloads page leaves it out"), run.err());
        assertFalse(run.err().contains("warning: the edition \"whole-toolkit\""), "a guide with a section left is printed: " + run.err());

        leftOut(out, List.of("unwritten", "unmade", "Unwritten", "Unmade"), List.of("The Guide", "In Practice"));
        String home = TestSites.read(out.resolve("index.html"));
        assertTrue(home.contains("<h3>In Practice</h3>") || home.contains(">In Practice</a></h3>"), "the home page's card: " + home);
        assertTrue(TestSites.read(out.resolve("sitemap.xml")).contains("https://toolkit.example.org/empty/practice/"));
        // No empty PDF for the section's own edition; the whole toolkit prints the two sections with pages.
        assertFalse(Files.exists(out.resolve("downloads/unwritten.pdf")));
        try (Stream<Path> pdfs = Files.list(out.resolve("downloads"))) {
            assertEquals(List.of("guide.pdf", "whole-toolkit.pdf"),
                    pdfs.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList());
        }
    }

    /**
     * The preview publishes by the same rule: no PDF on demand for the empty section's guide, and
     * the section's first saved page brings it into the menus and its guide back.
     */
    @Test
    void inThePreviewASectionAppearsWithItsFirstPage() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("empty-sections"), temp);
        BuildSettings settings = Configure.settings(project, null, false, TestSites.CLOCK);
        Markdown markdown = Markdown.create();
        Rebuild.Attempt first = Rebuild.after(Change.all(), Rebuild.Site.NONE, settings, markdown);
        assertTrue(first.ok(), first.diagnostics().toString());
        String home = new String(first.site().files().get("index.html"), StandardCharsets.UTF_8);
        assertTrue(home.contains("In Practice") && !home.contains("Unwritten"), home);
        assertEquals(null, Rebuild.pdf(first.site(), "downloads/unwritten.pdf", settings, markdown));

        Path page = project.resolve("content/pages/unwritten/index.md");
        Files.writeString(page, "---\ntitle: Now Written\n---\n\n## Begun\n\nThe section's first page.\n");
        Rebuild.Attempt saved = Rebuild.after(Change.of(List.of(page), project), first.site(), settings, markdown);
        assertTrue(saved.ok(), saved.diagnostics().toString());
        String after = new String(saved.site().files().get("index.html"), StandardCharsets.UTF_8);
        assertTrue(after.contains("Unwritten Chapter Heading"), after);
        OutputFile guide = Rebuild.pdf(saved.site(), "downloads/unwritten.pdf", settings, markdown);
        assertTrue(guide != null, "the section's guide is made once it has a page");
        try (PDDocument pdf = Loader.loadPDF(guide.bytes())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("The section's first page."));
        }
    }

    /**
     * Pages have no draft state; the one way a section's pages are all unpublished is a brand
     * that hides them. Such a section is left out by the same rule, and check does not warn of it
     * (the brand meant it).
     */
    @Test
    void aSectionWhosePagesABrandHidesIsLeftOutTheSameWayWithoutAWarning() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("empty-sections"), temp);
        Files.createDirectories(project.resolve("brands/hides"));
        Files.copy(TestSites.fixture("branded").resolve("brands/second/logo.svg"), project.resolve("brands/hides/logo.svg"));
        Files.writeString(project.resolve("brands/hides/brand.yml"), """
                name: Hiding Borough Council
                logo:
                  file: logo.svg
                  alt: Hiding Borough Council
                colours:
                  primary: "#1e1e5a"
                hide:
                  - practice/index.md
                """);
        Path out = temp.resolve("site");
        CliRun run = TestSites.cli("build", "-p", project.toString(), "-o", out.toString(), "--brand", "hides");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("\"practice\""), "no warning for the section the brand hides: " + run.err());
        leftOut(out, List.of("unwritten", "unmade", "Unwritten", "Unmade", "practice", "In Practice"), List.of("The Guide"));
        try (Stream<Path> pdfs = Files.list(out.resolve("downloads"))) {
            assertEquals(List.of("guide.pdf", "whole-toolkit.pdf"),
                    pdfs.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList());
        }
    }

    /**
     * None of {@code words} in any text file of the built site (pages with their navigation,
     * footer and cards, the site map, sitemap.xml, the search index) nor in the whole-toolkit PDF's
     * text and contents; each of {@code kept} is on the pages and in that PDF, so an empty site fails.
     */
    private static void leftOut(Path out, List<String> words, List<String> kept) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(out)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        int read = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".pdf") || name.endsWith(".woff2") || name.endsWith(".png") || name.endsWith(".ico")) {
                continue;
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (String word : words) {
                assertFalse(text.contains(word), out.relativize(file) + " mentions " + word);
            }
            read++;
        }
        assertTrue(read > 20, "the website's text files were read: " + read);
        assertTrue(files.stream().anyMatch(f -> f.startsWith(out.resolve("search"))), "the search index was written");
        for (String page : List.of("index.html", "site-map/index.html", "guide/index.html", "404.html", "downloads/index.html")) {
            String html = TestSites.read(out.resolve(page));
            kept.forEach(title -> assertTrue(html.contains(title), page + " shows " + title));
        }
        try (PDDocument whole = Loader.loadPDF(out.resolve("downloads/whole-toolkit.pdf").toFile())) {
            String text = new PDFTextStripper().getText(whole);
            List<String> outline = new ArrayList<>();
            titles(whole.getDocumentCatalog().getDocumentOutline(), outline);
            assertTrue(text.contains("Second Page"), text);
            kept.forEach(title -> assertTrue(text.contains(title) && outline.contains(title), "the whole toolkit prints "
                    + title + ": " + outline));
            for (String word : words) {
                assertFalse(text.contains(word), "the whole toolkit's text mentions " + word + ": " + text);
                assertFalse(outline.stream().anyMatch(t -> t.contains(word)), "its contents mention " + word + ": " + outline);
            }
        }
    }

    /** Every bookmark title of the PDF's outline (its contents as a reader's side panel lists them). */
    private static void titles(PDOutlineNode node, List<String> into) {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            into.add(item.getTitle());
            titles(item, into);
        }
    }
}
