package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;

/**
 * The project's PDFs built with {@code base_url}: every link works once the PDF is emailed or
 * printed: each is an absolute address, and those into the toolkit start with base_url.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintLinksTest {

    private static final String BASE = "https://toolkit.example.org/schools/";

    private final Map<String, byte[]> pdfs = new TreeMap<>();

    @BeforeAll
    void build(@TempDir Path temp) throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        Path project = Files.createDirectories(temp.resolve("project"));
        TestSites.copy(TestSites.projectRoot().resolve("content"), project);
        Path toolkit = project.resolve("content/toolkit.yml");
        String yml = Files.readString(toolkit);
        assertFalse(yml.contains("base_url:"), "the example project sets no base_url of its own");
        Files.writeString(toolkit, yml.replaceFirst("\ndate: ", "\nbase_url: " + BASE + "\ndate: "));
        Path site = temp.resolve("site");
        Build.Result result = Build.run(Configure.settings(project, site, true).withPdf(true));
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        try (Stream<Path> files = Files.list(site.resolve("downloads"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                pdfs.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        assertTrue(pdfs.size() >= 3, pdfs.keySet().toString());
    }

    private static List<String> uris(PDDocument document) throws IOException {
        List<String> uris = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
        }
        return uris;
    }

    @Test
    void everyLinkIsAbsoluteAndLinksIntoTheToolkitStartWithBaseUrl() throws IOException {
        List<String> wrong = new ArrayList<>();
        int intoToolkit = 0;
        for (Map.Entry<String, byte[]> pdf : pdfs.entrySet()) {
            try (PDDocument document = Loader.loadPDF(pdf.getValue())) {
                for (String uri : uris(document)) {
                    if (!uri.matches("(https?|mailto):.+")) {
                        wrong.add(pdf.getKey() + ": " + uri);
                    } else if (uri.startsWith("https://toolkit.example.org") && !uri.startsWith(BASE)) {
                        wrong.add(pdf.getKey() + ": " + uri + " (not under base_url)");
                    } else if (uri.startsWith(BASE)) {
                        intoToolkit++;
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(intoToolkit >= pdfs.size(), "each PDF links back to the toolkit at least once (its cover or its fillable copy)");
    }

    @Test
    void theGuidesStayPdfUaAndPdfA() {
        List<String> failures = new ArrayList<>();
        pdfs.entrySet().parallelStream().forEach(e -> VeraPdf.failures(e.getValue()).forEach(f -> {
            synchronized (failures) {
                failures.add(e.getKey() + ": " + f);
            }
        }));
        assertEquals(List.of(), failures);
    }
}
