package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * Every PDF the default content publishes passes veraPDF (PDF/UA-1 and PDF/A), so content that
 * trips a rule in one guide is caught. It reads the suite's one build of the default content with
 * its PDFs ({@link TestSites#built}), the build {@link PrintEditionTest}, {@link StrayRulesTest}
 * and the browser tests read: this check was an integration test once, in a JVM of its own that
 * built the content again after the unit tests; here it runs beside them, and the other classes'
 * checks of the same files are answered from {@link VeraPdf}'s cache.
 */
class EveryPdfConformsTest {

    @Test
    void everyPdfPassesPdfUaAndPdfA() throws Exception {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        TestSites.Built built = TestSites.built(TestSites.projectRoot(), true);
        assertTrue(built.result().published(), () -> built.result().diagnostics().sorted().toString());
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(built.site().resolve("downloads"))) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        assertTrue(pdfs.size() >= 3, "the default content publishes guides, forms and a filled form: " + pdfs);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        pdfs.parallelStream().forEach(pdf -> {
            try {
                VeraPdf.failures(Files.readAllBytes(pdf)).forEach(f -> failures.add(pdf.getFileName() + ": " + f));
            } catch (java.io.IOException e) {
                failures.add(pdf.getFileName() + ": " + e);
            }
        });
        assertEquals(List.of(), failures);
    }
}
