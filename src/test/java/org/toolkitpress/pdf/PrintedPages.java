package org.toolkitpress.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Every glyph printed on each page of a PDF (its content, not its fields' appearances), where
 * PDFBox's text stripper puts it: read in one pass over the file, once per JVM for the same bytes.
 * Several test classes measure the same guides page by page, test after test ({@link
 * PrintLayoutTest}, {@link PrintBreaksTest}, {@link GreyscaleLegibilityTest}); reading a page's
 * glyphs is the dear part, so it is done once and the tests work on the plain values kept here.
 */
final class PrintedPages {

    /** One glyph as the text stripper placed it: points from the page's top left, its text and its font's name (or null). */
    record Glyph(float x, float y, float width, float height, float widthOfSpace, float size, String font, String text) {

        static Glyph of(TextPosition g) {
            return new Glyph(g.getXDirAdj(), g.getYDirAdj(), g.getWidthDirAdj(), g.getHeightDir(), g.getWidthOfSpace(),
                    g.getFontSizeInPt(), g.getFont().getName(), g.getUnicode());
        }

        /** Set in a bold face, as its font's name says. */
        boolean bold() {
            return font != null && font.contains("Bold");
        }
    }

    /** A page: its media box's size (points) and its glyphs in the order the stripper wrote them. */
    record Page(float width, float height, List<Glyph> glyphs) {

        boolean landscape() {
            return width > height;
        }
    }

    /** Pages already read, by the file's SHA-256; under way or done. */
    private static final Map<String, CompletableFuture<List<Page>>> READ = new ConcurrentHashMap<>();

    /** The file a thread last asked for (the same array, not only the same bytes) and its pages. */
    private record Last(WeakReference<byte[]> pdf, List<Page> pages) {
    }

    /**
     * Each thread's last answer. The tests ask again for the same array page after page
     * ({@code PrintLayoutTest.PrintedLine.body} once a page of a whole-toolkit guide); hashing
     * its megabytes for each question cost more than reading the glyphs once: SHA-256 took 6.6%
     * of the PDF classes' test JVM under JFR (docs/performance-log.md, "Late evening of
     * 1 December: the test JVM's JIT, its young generation, glyphs asked for again").
     */
    private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

    private PrintedPages() {
    }

    /** Every page of {@code pdf}, read once per JVM for the same bytes; callers only read the lists. */
    static List<Page> of(byte[] pdf) {
        Last last = LAST.get();
        if (last != null && last.pdf().get() == pdf) {
            return last.pages();
        }
        List<Page> pages = ofBytes(pdf);
        LAST.set(new Last(new WeakReference<>(pdf), pages));
        return pages;
    }

    private static List<Page> ofBytes(byte[] pdf) {
        String key = sha256(pdf);
        CompletableFuture<List<Page>> mine = new CompletableFuture<>();
        CompletableFuture<List<Page>> theirs = READ.putIfAbsent(key, mine);
        if (theirs != null) {
            try {
                return theirs.join();
            } catch (CompletionException e) {
                throw (RuntimeException) e.getCause();
            }
        }
        try {
            List<Page> pages = read(pdf);
            mine.complete(pages);
            return pages;
        } catch (RuntimeException e) {
            // The next caller reads again (and fails the same way, with its own stack) rather than inheriting this one's.
            READ.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static List<Page> read(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<List<Glyph>> glyphs = new ArrayList<>();
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                glyphs.add(new ArrayList<>());
            }
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    List<Glyph> page = glyphs.get(getCurrentPageNo() - 1);
                    positions.forEach(g -> page.add(Glyph.of(g)));
                }
            };
            stripper.getText(pdf);
            List<Page> pages = new ArrayList<>();
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                PDRectangle box = pdf.getPage(page).getMediaBox();
                pages.add(new Page(box.getWidth(), box.getHeight(), List.copyOf(glyphs.get(page))));
            }
            return List.copyOf(pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
