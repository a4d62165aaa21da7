package org.toolkitpress.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Change;
import org.toolkitpress.build.Rebuild;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.testing.TestSites;

/** {@code serve}'s PDFs: made when a download link is opened, or with every build under {@code --pdf}. */
class PreviewPdfTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 3, 5).atStartOfDay(ZoneOffset.UTC).toInstant(),
            ZoneOffset.UTC);
    private static final String PDF = "/downloads/case-study.pdf";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path temp;

    @BeforeAll
    static void quiet() {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    @Test
    void makesAPdfWhenItsLinkIsOpenedAndAgainAfterAnEdit() throws Exception {
        Path project = project();
        Path page = project.resolve("content/pages/case-study/index.md");
        try (Preview preview = Preview.start(new PreviewOptions(project, "127.0.0.1", 0, CLOCK), new PrintWriter(new StringWriter(), true))) {
            PreviewClient browser = new PreviewClient(preview.address());
            String downloads = browser.page("/downloads/");
            assertTrue(downloads.contains("href=\"../downloads/case-study.pdf\""), downloads);
            assertTrue(downloads.contains("Made when opened"), "no page count or size before the PDF exists");
            assertTrue(browser.page("/case-study/").contains("case-study.pdf"), "the guide page links its PDF");

            // Two tabs open the link at once: both get the same PDF.
            CompletableFuture<HttpResponse<byte[]>> other = fetchAsync(preview, PDF);
            HttpResponse<byte[]> first = fetch(preview, PDF);
            assertPdf(first);
            assertArrayEquals(first.body(), other.get().body());
            assertTrue(text(first.body()).contains("At the start of the academic year 2017/18"));

            Files.writeString(page, Files.readString(page).replace("At the start of the academic year 2017/18",
                    "At the very start of the academic year 2017/18"));
            browser.awaitPage("/case-study/", html -> html.contains("At the very start"), Duration.ofSeconds(15));
            HttpResponse<byte[]> edited = fetch(preview, PDF);
            assertPdf(edited);
            assertTrue(text(edited.body()).contains("At the very start of the academic year"), "the PDF follows the edit");

            assertEquals(404, fetch(preview, "/downloads/no-such-edition.pdf").statusCode());
        }
    }

    @Test
    void withPdfEveryBuildMakesThePdfsAndTheDownloadsPageMeasuresThem() throws Exception {
        Path project = project();
        try (Preview preview = Preview.start(new PreviewOptions(project, "127.0.0.1", 0, CLOCK, null, true),
                new PrintWriter(new StringWriter(), true))) {
            String downloads = new PreviewClient(preview.address()).page("/downloads/");
            assertFalse(downloads.contains("Made when opened"), downloads);
            HttpResponse<byte[]> pdf = fetch(preview, PDF);
            assertPdf(pdf);
            int pages;
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                pages = document.getNumberOfPages();
            }
            assertTrue(downloads.contains("(PDF, " + pages + " pages, "), downloads);
            // The web stage's accessibility statement lists the PDFs the build made.
            String statement = new PreviewClient(preview.address()).page("/accessibility/");
            // Its size as the Downloads page gives it: kilobytes to the nearest whole one.
            String size = Math.max(1, Math.round(pdf.body().length / 1024.0)) + " KB";
            assertTrue(downloads.contains("(PDF, " + pages + " pages, " + size), downloads);
            assertTrue(statement.contains("<a href=\"../downloads/case-study.pdf\">case-study.pdf</a> (PDF, " + size + ")"), statement);
        }
    }

    @Test
    void aPdfWhoseContentIsReplacedWhileItRendersIsMadeAgainFromTheNewContent() throws Exception {
        Path project = project();
        Path page = project.resolve("content/pages/case-study/index.md");
        BuildSettings settings = Configure.settings(project, null, false, CLOCK);
        Markdown markdown = Markdown.create();
        Rebuild.Site before = Rebuild.after(Change.all(), Rebuild.Site.NONE, settings, markdown).site();
        Files.writeString(page, Files.readString(page).replace("At the start of", "Right at the start of"));
        Rebuild.Site after = Rebuild.after(Change.all(), Rebuild.Site.NONE, settings, markdown).site();

        // The first PDF is held while it renders until the content has been replaced under it.
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch replaced = new CountDownLatch(1);
        List<Rebuild.Site> madeFrom = new CopyOnWriteArrayList<>();
        PdfOnDemand pdfs = new PdfOnDemand((site, path) -> {
            madeFrom.add(site);
            rendering.countDown();
            try {
                assertTrue(replaced.await(60, TimeUnit.SECONDS), "the content was replaced");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return Rebuild.pdf(site, path, settings, markdown);
        });
        pdfs.replace(before);
        FutureTask<byte[]> asked = new FutureTask<>(() -> pdfs.pdf("downloads/case-study.pdf"));
        new Thread(asked, "a tab asking for the PDF").start();
        assertTrue(rendering.await(60, TimeUnit.SECONDS), "the PDF started rendering");
        pdfs.replace(after);
        replaced.countDown();
        assertTrue(text(asked.get(120, TimeUnit.SECONDS)).contains("Right at the start of the academic year"),
                "not the PDF of the old content");
        assertEquals(List.of(before, after), madeFrom, "made once from each content, the new one last");
        assertEquals(null, pdfs.pdf("downloads/nothing.pdf"));
    }

    /** The project's own content with one small edition, as the print edition's tests use. */
    private Path project() throws IOException {
        Path project = TestSites.copy(TestSites.projectRoot().resolve("content"), temp.resolve("project")).getParent();
        TestSites.printOnly(project, """
                editions:
                  - id: case-study
                    sections: [case-study]
                """);
        return project;
    }

    private HttpResponse<byte[]> fetch(Preview preview, String path) throws IOException, InterruptedException {
        return http.send(request(preview, path), HttpResponse.BodyHandlers.ofByteArray());
    }

    private CompletableFuture<HttpResponse<byte[]>> fetchAsync(Preview preview, String path) {
        return http.sendAsync(request(preview, path), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest request(Preview preview, String path) {
        return HttpRequest.newBuilder(preview.address().resolve(path)).timeout(Duration.ofSeconds(60)).build();
    }

    private static void assertPdf(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF", new String(response.body(), 0, 4, StandardCharsets.ISO_8859_1));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
