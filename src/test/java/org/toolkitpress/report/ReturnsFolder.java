package org.toolkitpress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.toolkitpress.testing.TestSites;

/**
 * The folder of returns the report's tests read: src/test/resources/returns/school-audit/ copied
 * into {@code temp}, plus fir-juniors.pdf filled from fir-juniors.json with the real {@code fill},
 * and locked.pdf, the same PDF encrypted with a password.
 */
public final class ReturnsFolder {

    private ReturnsFolder() {
    }

    /** The project whose audits the returns answer. */
    public static Path project() {
        return TestSites.fixture("returns");
    }

    public static Path make(Path temp) throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        Path returns = TestSites.copy(TestSites.projectRoot().resolve("src/test/resources/returns/school-audit"), temp);
        Path fir = returns.resolve("fir-juniors.pdf");
        TestSites.CliRun fill = TestSites.cli("fill", TestSites.projectRoot().resolve("src/test/resources/returns/fir-juniors.json").toString(),
                "-o", fir.toString(), "-p", project().toString());
        assertEquals(0, fill.exitCode(), fill.err());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(fir))) {
            StandardProtectionPolicy lock = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            lock.setEncryptionKeyLength(128);
            document.protect(lock);
            document.save(returns.resolve("locked.pdf").toFile());
        }
        return returns;
    }
}
