package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Pages of a PDF rendered by poppler's {@code pdftoppm}, and whether a widget's area changed between two renderings. */
final class RenderedPages {

    static final int DPI = 72;

    private RenderedPages() {
    }

    /** Pages already rendered in this JVM, by renderer, the file's SHA-256 and page; under way or done. */
    private static final Map<String, CompletableFuture<BufferedImage>> RENDERED = new ConcurrentHashMap<>();

    /**
     * The page ({@code pageIndex} from 0) rendered by {@code pdftoppm} (poppler-utils), read back as an image.
     * A page of the same bytes is rendered once per JVM (the blank form's page is compared with each
     * filled widget on it); callers only read the image. {@code prefix} names the PNG poppler writes.
     */
    static BufferedImage poppler(Path pdf, int pageIndex, Path prefix) throws Exception {
        return once("poppler", pdf, pageIndex, () -> pdftoppm(pdf, pageIndex, DPI, false, prefix));
    }

    /**
     * One page ({@code pageIndex} from 0) of {@code pdf} drawn by {@code pdftoppm} at {@code dpi},
     * in poppler's greyscale when {@code gray}, as the image {@link ImageIO} made of poppler's PNG
     * before (3 bytes a pixel, blue green red; a grey pixel has its grey in every channel), with
     * the same pixels. Poppler writes its uncompressed bitmap (PPM, or PGM when grey), which is
     * read here as it is: compressing a PNG cost poppler about 8 times its drawing (an A4 page at
     * 200 dpi 0.55 s against 0.07 s of CPU), only for ImageIO to undo it.
     */
    static BufferedImage pdftoppm(Path pdf, int pageIndex, int dpi, boolean gray, Path prefix) throws Exception {
        int page = pageIndex + 1;
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("pdftoppm", "-r", String.valueOf(dpi),
                "-singlefile", "-f", String.valueOf(page), "-l", String.valueOf(page)));
        if (gray) {
            command.add("-gray");
        }
        command.addAll(java.util.List.of(pdf.toString(), prefix.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "pdftoppm finishes");
        assertEquals(0, process.exitValue(), output);
        Path written = prefix.resolveSibling(prefix.getFileName() + (gray ? ".pgm" : ".ppm"));
        BufferedImage image = portable(Files.readAllBytes(written), gray);
        Files.delete(written);
        return image;
    }

    /**
     * A binary PGM ({@code P5}, grey) or PPM ({@code P6}, colour) of 8-bit samples as an image of
     * {@link BufferedImage#TYPE_3BYTE_BGR}; {@code gray} says which pdftoppm was asked for.
     */
    static BufferedImage portable(byte[] file, boolean gray) {
        int[] at = {0};
        String magic = token(file, at);
        assertEquals(gray ? "P5" : "P6", magic, "pdftoppm wrote a binary " + (gray ? "PGM" : "PPM"));
        int width = Integer.parseInt(token(file, at));
        int height = Integer.parseInt(token(file, at));
        assertEquals("255", token(file, at), "8 bits a sample");
        int start = at[0] + 1; // one white-space character ends the header
        int channels = gray ? 1 : 3;
        assertEquals((long) width * height * channels, file.length - start, "the bitmap's size");
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int pixel = 0, in = start, out = 0; pixel < width * height; pixel++, in += channels, out += 3) {
            bgr[out] = file[in + channels - 1];
            bgr[out + 1] = file[in + (channels == 3 ? 1 : 0)];
            bgr[out + 2] = file[in];
        }
        return image;
    }

    /** The next header token of a PNM file from {@code at[0]}, skipping white space and comments; {@code at[0]} left on the character after it. */
    private static String token(byte[] file, int[] at) {
        int i = at[0];
        while (i < file.length && (Character.isWhitespace(file[i]) || file[i] == '#')) {
            if (file[i] == '#') {
                while (i < file.length && file[i] != '\n') {
                    i++;
                }
            } else {
                i++;
            }
        }
        int start = i;
        while (i < file.length && !Character.isWhitespace(file[i])) {
            i++;
        }
        at[0] = i;
        return new String(file, start, i - start, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The page rendered by PDFBox at {@link #DPI}, once per JVM for the same bytes, as {@link #poppler}. */
    static BufferedImage pdfBox(Path pdf, int pageIndex) throws Exception {
        return once("pdfbox", pdf, pageIndex, () -> {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                return new PDFRenderer(document).renderImageWithDPI(pageIndex, DPI);
            }
        });
    }

    private interface Render {
        BufferedImage run() throws Exception;
    }

    private static BufferedImage once(String renderer, Path pdf, int pageIndex, Render render) throws Exception {
        String key = renderer + " " + sha256(Files.readAllBytes(pdf)) + " " + pageIndex;
        CompletableFuture<BufferedImage> mine = new CompletableFuture<>();
        CompletableFuture<BufferedImage> theirs = RENDERED.putIfAbsent(key, mine);
        if (theirs != null) {
            try {
                return theirs.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        try {
            BufferedImage image = render.run();
            mine.complete(image);
            return image;
        } catch (Exception | AssertionError e) {
            // The next caller renders again (and fails the same way, with its own message) rather than inheriting this one's.
            RENDERED.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Whether any pixel inside {@code rect} (PDF points, origin bottom left) differs. */
    static boolean differsInside(BufferedImage before, BufferedImage after, PDRectangle rect) {
        assertEquals(before.getHeight(), after.getHeight());
        float scale = DPI / 72f;
        int x0 = Math.round(rect.getLowerLeftX() * scale);
        int x1 = Math.round(rect.getUpperRightX() * scale);
        int y0 = before.getHeight() - Math.round(rect.getUpperRightY() * scale);
        int y1 = before.getHeight() - Math.round(rect.getLowerLeftY() * scale);
        assertFalse(x1 <= x0 || y1 <= y0, "the widget has an area: " + rect);
        for (int y = Math.max(0, y0); y < Math.min(before.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(before.getWidth(), x1); x++) {
                if (before.getRGB(x, y) != after.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first page with a radio button on it (the cover and the contents mention the options too). */
    static int firstQuestionPage(PDDocument pdf) throws IOException {
        for (int page = 0; page < pdf.getNumberOfPages(); page++) {
            for (PDAnnotation annotation : pdf.getPage(page).getAnnotations()) {
                if (annotation instanceof PDAnnotationWidget widget && widget.getAppearance() != null
                        && widget.getAppearance().getNormalAppearance().isSubDictionary()) {
                    return page;
                }
            }
        }
        throw new AssertionError("no page has a radio button");
    }
}
