package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;

/**
 * A guide PDF of the minimal fixture with some Markdown added to its second page, for the tests of
 * the fallback fonts (Welsh letters, symbols): built twice, the same bytes both times; and which
 * pages hold a text and which use a font, to show a fallback font is used exactly where needed.
 */
final class FallbackGuide {

    private FallbackGuide() {
    }

    /** The guide's PDF with {@code markdown} appended to guide/second.md, checked to build the same bytes twice. */
    static byte[] with(Path temp, String markdown) throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path page = project.resolve("content/pages/guide/second.md");
        Files.writeString(page, Files.readString(page) + markdown);
        Files.writeString(project.resolve("content/toolkit.yml"),
                Files.readString(project.resolve("content/toolkit.yml")) + "editions:\n  - id: guide\n    sections: [guide]\n");
        byte[] pdf = build(project, temp.resolve("site"));
        assertArrayEquals(pdf, build(project, temp.resolve("again")), "the same content makes the same bytes");
        return pdf;
    }

    private static byte[] build(Path project, Path site) throws IOException {
        Build.Result result = Build.run(Configure.settings(project, site, true, TestSites.CLOCK).withPdf(true));
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        return Files.readAllBytes(site.resolve("downloads/guide.pdf"));
    }

    /** The numbers (from 1) of the pages whose text holds {@code text}. */
    static List<Integer> pagesHolding(PDDocument document, String text) throws IOException {
        List<Integer> pages = new ArrayList<>();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            PDFTextStripper one = new PDFTextStripper();
            one.setStartPage(i);
            one.setEndPage(i);
            if (one.getText(document).contains(text)) {
                pages.add(i);
            }
        }
        return pages;
    }

    /** The numbers (from 1) of the pages whose content uses a font whose name holds {@code font}. */
    static List<Integer> pagesUsing(PDDocument document, String font) throws IOException {
        List<Integer> pages = new ArrayList<>();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            PDResources resources = document.getPage(i - 1).getResources();
            for (COSName name : resources.getFontNames()) {
                if (resources.getFont(name).getName().contains(font)) {
                    pages.add(i);
                    break;
                }
            }
        }
        return pages;
    }
}
