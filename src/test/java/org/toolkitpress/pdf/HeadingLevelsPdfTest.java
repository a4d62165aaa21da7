package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.testing.TestSites;

/**
 * Headings that pass {@code check} never skip a level in what is built: a page using every level
 * from ## to ######, going back up, a heading in a quotation, a continuum straight under the
 * title (its "Evidenced through" was once an h3 there: veraPDF's PDF/UA-1 rule 7.4.2-1 failed)
 * and a principle set between headings. The content that skips is refused by {@code check}
 * (sites/invalid/heading-levels, {@code InvalidSitesTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeadingLevelsPdfTest {

    private static final String PAGE = """
            ---
            title: Levels
            ---

            ::: continuum stages

            ## Two

            ### Three

            #### Four

            ##### Five

            ###### Six

            > ### Three in a quotation
            >
            > Words.

            ## Two again

            ### Three before a component

            ::: principles key-principles

            ### Three after the component

            #### Four after the component
            """;

    private Path site;
    private Build.Result result;

    @BeforeAll
    void build(@TempDir Path temp) throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        Path project = TestSites.copy(TestSites.fixture("components"), temp.resolve("project"));
        Path yml = project.resolve("content/toolkit.yml");
        Files.writeString(yml, Files.readString(yml) + "editions:\n  - id: guide\n    sections: [guide]\n");
        Files.writeString(project.resolve("content/pages/guide/levels.md"), PAGE);
        site = temp.resolve("site");
        result = Build.run(org.toolkitpress.configure.Configure.settings(project, site, true, TestSites.CLOCK).withPdf(true));
    }

    @Test
    void thePdfPassesPdfUaWithEveryLevelUsed() throws IOException {
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        byte[] pdf = Files.readAllBytes(site.resolve("downloads/guide.pdf"));
        assertEquals(List.of(), VeraPdf.failures(pdf));
        List<Integer> levels = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            headings(document.getDocumentCatalog().getStructureTreeRoot(), levels);
        }
        assertTrue(levels.contains(6), "the page's ###### is tagged H6: " + levels);
        assertNoSkip(levels, "the PDF's heading tags");
    }

    @Test
    void theWebPageNeverSkipsALevel() throws IOException {
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        List<Integer> levels = new ArrayList<>();
        for (Element h : Jsoup.parse(site.resolve("guide/levels/index.html").toFile()).select("h1, h2, h3, h4, h5, h6")) {
            levels.add(h.tagName().charAt(1) - '0');
        }
        assertTrue(levels.contains(6), "the page's ###### is an h6: " + levels);
        assertNoSkip(levels, "the web page's headings");
    }

    private static void assertNoSkip(List<Integer> levels, String what) {
        assertEquals(1, levels.get(0), what + " start at level 1: " + levels);
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(levels.get(i) <= levels.get(i - 1) + 1, what + " skip a level at " + i + ": " + levels);
        }
    }

    /** The heading tags of the structure tree, in reading order. */
    private static void headings(PDStructureNode node, List<Integer> levels) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                String type = element.getStructureType();
                if (type.matches("H[1-6]")) {
                    levels.add(type.charAt(1) - '0');
                }
                headings(element, levels);
            }
        }
    }
}
