package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.load.Load;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.testing.TestSites;
import org.toolkitpress.theme.Theme;

/**
 * A PDF reads nothing from outside the project, the brand and the theme: an image written into
 * a data file with a {@code file:///} address is reported by check at its line and never
 * embedded, even when the check is skipped; an address that reaches the engine from a template
 * is refused there and reported.
 */
class ResourceAccessTest {

    /** The secret image's size: no image of this size may appear in any PDF. */
    private static final int WIDTH = 7;
    private static final int HEIGHT = 13;

    private static Path secret(Path temp) throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path file = outside.resolve("secret.png");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 6, 0xff00ff);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static Path project(Path temp, String description) throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.createDirectories(project.resolve("content/pages/guide"));
        Files.createDirectories(project.resolve("content/data/principles"));
        Files.writeString(project.resolve("content/toolkit.yml"), """
                title: Resources
                version: "1"
                date: 2026-01-15
                sections:
                  - id: guide
                    title: Guide
                editions:
                  - id: guide
                    title: Guide
                    sections: [guide]
                """);
        Files.writeString(project.resolve("content/pages/index.md"), "---\ntitle: Home\n---\n\nHome.\n");
        Files.writeString(project.resolve("content/pages/guide/index.md"),
                "---\ntitle: Guide\n---\n\nThe principles.\n\n::: principles values\n");
        Files.writeString(project.resolve("content/data/principles/values.yml"), """
                id: values
                title: Values
                principles:
                  - id: safety
                    title: Safety
                    description: |
                """ + description.indent(6));
        return project;
    }

    private static List<PDImageXObject> images(byte[] pdf) throws IOException {
        List<PDImageXObject> out = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        out.add(image);
                    }
                }
            }
        }
        return out;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The errors of a full build with PDFs, which must not publish. */
    private static List<String> buildErrors(Path project, Path site) {
        Build.Result result = Build.run(Configure.settings(project, site, true, TestSites.CLOCK).withPdf(true));
        assertFalse(result.published());
        return result.diagnostics().sorted().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }

    /** The PDFs as the engine makes them when no check has run (a check that missed something). */
    private static PrintEdition.Result renderWithoutCheck(Path project) {
        BuildSettings settings = Configure.settings(project, null, false, TestSites.CLOCK).withPdf(true);
        Markdown markdown = Markdown.create();
        Toolkit toolkit = Load.toolkit(settings, markdown, new Diagnostics());
        return PrintEdition.render(toolkit, markdown, Theme.create(settings.files()), settings, line -> { });
    }

    @Test
    void aFileImageInADataFileIsReportedAtItsLineAndNeverEmbedded(@TempDir Path temp) throws IOException {
        Path secret = secret(temp);
        String address = secret.toUri().toString();
        Path project = project(temp, "Feeling safe.\n\n<img src=\"" + address + "\" alt=\"secret\">\n\n![secret](" + address + ")\n");
        Path site = temp.resolve("site");

        List<String> errors = buildErrors(project, site);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("content/data/principles/values.yml:9:7: error: raw HTML <img>")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("content/data/principles/values.yml:9:7: error: the image uses the scheme \"file:\"")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("content/data/principles/values.yml:11:7: error: the image uses the scheme \"file:\"")), errors.toString());
        assertFalse(Files.exists(site));

        // Even with the check skipped, the renderer leaves the image out and the engine never reads it.
        PrintEdition.Result print = renderWithoutCheck(project);
        byte[] pdf = print.files().get(0).bytes();
        assertTrue(images(pdf).stream().noneMatch(i -> i.getWidth() == WIDTH && i.getHeight() == HEIGHT), "the secret image is embedded");
        assertTrue(text(pdf).contains("<img src="), "refused raw HTML is printed as text");
    }

    @Test
    void theEngineRefusesAFileOutsideTheProjectFromATemplateAndSaysSo(@TempDir Path temp) throws IOException {
        Path secret = secret(temp);
        Path project = project(temp, "Feeling safe.\n");
        Path template = Files.createDirectories(project.resolve("templates/components")).resolve("principles.ftlh");
        Files.writeString(template, "<div class=\"principles\"><p>Our principles</p><img src=\"" + secret.toUri()
                + "\" alt=\"secret\"/><img src=\"../outside/secret.png\" alt=\"also secret\"/>"
                + "<img src=\"https://tracker.example.com/pixel.png\" alt=\"tracker\"/></div>\n");
        Path site = temp.resolve("site");

        List<String> errors = buildErrors(project, site);
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/toolkit.yml:8:5: error: the PDF downloads/guide.pdf asked for \"" + secret.toUri()
                + "\", which is not a file of the project, the brand or the theme; it was not read"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("asked for \"https://tracker.example.com/pixel.png\"")), errors.toString());
        assertFalse(Files.exists(site));

        PrintEdition.Result print = renderWithoutCheck(project);
        OutputFile pdf = print.files().get(0);
        assertTrue(images(pdf.bytes()).isEmpty(), "an image from outside the project is embedded");
        assertEquals(3, print.problems().size());
    }
}
