package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;

/**
 * Two builds of the same content give the same PDF bytes (a guide and a fillable form), and with
 * the site's address known, each cover links back to the web version.
 */
class DeterminismTest {

    @Test
    void twoBuildsGiveIdenticalPdfs(@TempDir Path temp) throws Exception {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        Path project = TestSites.copy(TestSites.projectRoot().resolve("content"), temp.resolve("project"));
        project = project.getParent();
        Path toolkitYml = project.resolve("content/toolkit.yml");
        String yml = Files.readString(toolkitYml);
        // Two small editions keep the test quick; the same code makes every PDF.
        Files.writeString(toolkitYml, yml.substring(0, yml.indexOf("\neditions:")) + """

                base_url: https://toolkit.example.org/
                editions:
                  - id: case-study
                    sections: [case-study]
                  - id: partnership-working-questions
                    audit: partnership-working-questions
                """);
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        assertTrue(Build.run(Configure.settings(project, first, true).withPdf(true)).published());
        assertTrue(Build.run(Configure.settings(project, second, true).withPdf(true)).published());
        for (String pdf : new String[] {"downloads/case-study.pdf", "downloads/partnership-working-questions.pdf"}) {
            assertArrayEquals(Files.readAllBytes(first.resolve(pdf)), Files.readAllBytes(second.resolve(pdf)), pdf);
        }
        assertEquals("https://toolkit.example.org/case-study/", coverLink(first.resolve("downloads/case-study.pdf")));
        assertEquals("https://toolkit.example.org/relational-approaches/toolkit-4-partnership-working/",
                coverLink(first.resolve("downloads/partnership-working-questions.pdf")));
    }

    private static String coverLink(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDAnnotation annotation : document.getPage(0).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    return uri.getURI();
                }
            }
        }
        return null;
    }
}
