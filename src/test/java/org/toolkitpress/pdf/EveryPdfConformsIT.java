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
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;

/**
 * Every PDF the default content publishes passes veraPDF (PDF/UA-1 and PDF/A). The unit suite
 * validates one PDF of each kind ({@link PrintEditionTest}); this integration test, run by
 * {@code mvn verify}, validates them all, so content that trips a rule in one guide is caught.
 */
class EveryPdfConformsIT {

    @Test
    void everyPdfPassesPdfUaAndPdfA(@TempDir Path temp) throws Exception {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        Path site = temp.resolve("site");
        Build.Result result = Build.run(Configure.settings(TestSites.projectRoot(), site, true).withPdf(true));
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(site.resolve("downloads"))) {
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
