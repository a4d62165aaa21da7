package org.toolkitpress.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The key pages of the print edition as small PNGs for docs/pdf.md, so a reviewer sees the
 * print edition without building it: 60 dpi, in a 256-colour palette (a few tens of KB each).
 * Written by {@code mvn -o test -Dtest=PrintLayoutTest -Dprint.reference=docs/images}.
 */
final class ReferencePages {

    private ReferencePages() {
    }

    static void write(Map<String, byte[]> pdfs, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (PDDocument guide = Loader.loadPDF(pdfs.get("whole-toolkit.pdf"));
             PDDocument form = Loader.loadPDF(pdfs.get("trauma-informed-schools-audit.pdf"));
             PDDocument filled = Loader.loadPDF(pdfs.get("example-audit-lovely-primary.pdf"))) {
            png(guide, 0, folder.resolve("print-cover.png"));
            png(guide, 1, folder.resolve("print-contents.png"));
            png(guide, PrintLayoutTest.continuumPage(pdfs.get("whole-toolkit.pdf")), folder.resolve("print-continuum.png"));
            // The example answers this audit: the same page of both, blank and filled.
            png(form, pageWith(form, "Do staff have up to date knowledge"), folder.resolve("print-form.png"));
            png(filled, pageWith(filled, "Do staff have up to date knowledge"), folder.resolve("print-form-filled.png"));
        }
    }

    private static int pageWith(PDDocument pdf, String text) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(pdf).contains(text)) {
                return page - 1;
            }
        }
        throw new IllegalStateException("no page holds " + text);
    }

    private static void png(PDDocument pdf, int page, Path file) throws IOException {
        BufferedImage rgb = new PDFRenderer(pdf).renderImageWithDPI(page, 60);
        BufferedImage indexed = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_INDEXED, palette());
        // Nearest colour, not dithered: flat bands and clean text compress well.
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int c = rgb.getRGB(x, y);
                int r = c >> 16 & 0xff;
                int g = c >> 8 & 0xff;
                int b = c & 0xff;
                int index = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) < 24
                        ? Math.round((r + g + b) / 3f * 39 / 255)
                        : 40 + Math.round(r / 51f) * 36 + Math.round(g / 51f) * 6 + Math.round(b / 51f);
                indexed.getRaster().setSample(x, y, 0, index);
            }
        }
        ImageIO.write(indexed, "png", file.toFile());
    }

    /** 40 greys (text and its anti-aliasing) and a 6 × 6 × 6 colour cube (stage and brand colours). */
    private static IndexColorModel palette() {
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        int i = 0;
        for (int grey = 0; grey < 40; grey++, i++) {
            r[i] = g[i] = b[i] = (byte) Math.round(grey * 255 / 39.0);
        }
        for (int red = 0; red < 6; red++) {
            for (int green = 0; green < 6; green++) {
                for (int blue = 0; blue < 6; blue++, i++) {
                    r[i] = (byte) (red * 51);
                    g[i] = (byte) (green * 51);
                    b[i] = (byte) (blue * 51);
                }
            }
        }
        return new IndexColorModel(8, 256, r, g, b);
    }
}
