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

    /** The folder, in {@code temp}: the fixture's files, fir-juniors.pdf and locked.pdf. */
    public static Path make(Path temp) throws IOException {
        Path returns = TestSites.copy(TestSites.projectRoot().resolve("src/test/resources/returns/school-audit"), temp);
        Pdfs pdfs = Pdfs.MADE;
        Files.write(returns.resolve("fir-juniors.pdf"), pdfs.filled());
        Files.write(returns.resolve("locked.pdf"), pdfs.locked());
        return returns;
    }

    /**
     * The two PDFs, made once per JVM (the real {@code fill} renders the whole audit) and written
     * into each folder: the classes that read them only read them.
     */
    private record Pdfs(byte[] filled, byte[] locked) {

        static final Pdfs MADE = make();

        private static Pdfs make() {
            com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
            try {
                Path temp = Files.createTempDirectory("toolkit-press-returns");
                try {
                    Path fir = temp.resolve("fir-juniors.pdf");
                    TestSites.CliRun fill = TestSites.cli("fill", TestSites.projectRoot().resolve("src/test/resources/returns/fir-juniors.json").toString(),
                            "-o", fir.toString(), "-p", project().toString());
                    assertEquals(0, fill.exitCode(), fill.err());
                    byte[] filled = Files.readAllBytes(fir);
                    try (PDDocument document = Loader.loadPDF(filled)) {
                        StandardProtectionPolicy lock = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                        lock.setEncryptionKeyLength(128);
                        document.protect(lock);
                        java.io.ByteArrayOutputStream locked = new java.io.ByteArrayOutputStream();
                        document.save(locked);
                        return new Pdfs(filled, locked.toByteArray());
                    }
                } finally {
                    TestSites.deleteTree(temp);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
