package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.toolkitpress.testing.BrowserSession;

/**
 * Pages of a PDF as two browser viewers draw them, in a headless Chromium: pdf.js (Mozilla's
 * renderer, Firefox's viewer; the {@code org.webjars:pdf-js} WebJar on the test classpath,
 * served with the PDFs from loopback) and Chromium's own PDF viewer (PDFium). Each drawing
 * knows where the page lies in its pixels, so a widget's rectangle (PDF points) can be compared
 * between a blank and a filled form. A form can also be filled and saved in pdf.js's viewer as
 * Firefox does it ({@link #firefoxFill}).
 */
final class PdfViewers implements AutoCloseable {

    /** The WebJar's files, under its version (read from the WebJar's own pom.properties). */
    private static final String WEBJAR = "META-INF/resources/webjars/pdf-js/" + webjarVersion() + "/";

    /**
     * pdf.js draws at 1 pixel a point (72 dpi): a radio button's disc is some 5 pixels across,
     * a letter of the answers' text some 4, plenty to tell a mark from none.
     */
    static final double PDFJS_SCALE = 1;

    /**
     * The browser window while a viewer shows a page, whole: some 1.1 pixels a point for an A4
     * page, about pdf.js's scale above.
     */
    private static final Dimension VIEW = new Dimension(700, 1000);

    /** A page as drawn, with where the page lies in the image: its top left corner and pixels per point. */
    record Drawn(BufferedImage image, double left, double top, double pixelsPerPoint, float pageHeight) {
    }

    /** The session pdf.js draws in, and the one Chromium's own viewer draws in (the full browser's). */
    private final BrowserSession pdfJsSession;
    private final BrowserSession viewerSession;
    /** The session whose browser the viewer being used now draws in. */
    private BrowserSession using;
    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Path> pdfs = new ConcurrentHashMap<>();

    /**
     * pdf.js in {@code pdfJs}'s browser, which clears what pdf.js's viewer stores for its origin
     * (its view history) when it goes back to the pool, and Chromium's own viewer in
     * {@code viewer}'s: pdf.js is a page like any other, drawn as well by the headless shell for
     * a fraction of the full browser's CPU, and only the full browser has Chromium's PDF viewer.
     * One session may be both.
     */
    PdfViewers(BrowserSession pdfJs, BrowserSession viewer) {
        this.pdfJsSession = pdfJs;
        this.viewerSession = viewer;
        this.using = pdfJs;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads = Executors.newFixedThreadPool(2);
        server.createContext("/", this::serve);
        server.setExecutor(threads);
        server.start();
        pdfJs.alsoServes(origin());
    }

    static String webjarVersion() {
        try (InputStream in = PdfViewers.class.getClassLoader().getResourceAsStream("META-INF/maven/org.webjars/pdf-js/pom.properties")) {
            assertNotNull(in, "the org.webjars:pdf-js WebJar is on the test classpath");
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The address the PDF is served at (same origin as pdf.js, which fetches it). */
    private String address(Path pdf) {
        String name = pdfs.size() + "-" + pdf.getFileName();
        for (Map.Entry<String, Path> known : pdfs.entrySet()) {
            if (known.getValue().equals(pdf)) {
                name = known.getKey();
            }
        }
        pdfs.put(name, pdf);
        return "/pdf/" + name;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = null;
        if (path.startsWith("/pdf/") && pdfs.containsKey(path.substring(5))) {
            body = Files.readAllBytes(pdfs.get(path.substring(5)));
        } else if (path.equals("/render.html")) {
            body = resource("pdfjs/render.html");
        } else if (path.startsWith("/pdfjs/") && !path.contains("..")) {
            body = resource(WEBJAR + path.substring(7));
        }
        exchange.getResponseHeaders().set("Content-Type", type(path));
        if (body != null && path.startsWith("/pdfjs/")) {
            // The WebJar's files do not change while the class runs: cached, the viewer loaded
            // again for the next PDF takes its scripts from the browser's cache and their compiled
            // code from V8's code cache, instead of fetching and compiling them anew. The PDFs are
            // never cached (a file's name is given once to one path).
            exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
        }
        exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (body != null) {
                out.write(body);
            }
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PdfViewers.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** Module scripts need a JavaScript type; the rest is read by fetch, whatever its type. */
    private static String type(String path) {
        if (path.endsWith(".mjs") || path.endsWith(".js")) {
            return "text/javascript";
        }
        if (path.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (path.endsWith(".css")) {
            return "text/css";
        }
        if (path.endsWith(".wasm")) {
            return "application/wasm";
        }
        return path.endsWith(".pdf") ? "application/pdf" : "application/octet-stream";
    }

    /**
     * The pages ({@code pages}: each index from 0, with its page box) drawn by pdf.js onto a
     * canvas in {@code mode}, the name of one of its {@code AnnotationMode}s: the PDF loaded once
     * for all of them.
     */
    Map<Integer, Drawn> pdfJs(Path pdf, SortedMap<Integer, PDRectangle> pages, String mode) {
        use(pdfJsSession);
        if (!String.valueOf(driver().getCurrentUrl()).equals(origin() + "/render.html")) {
            driver().get(origin() + "/render.html");
        }
        List<Integer> numbers = pages.keySet().stream().map(index -> index + 1).toList();
        Object result = driver().executeAsyncScript("var args = arguments, done = args[args.length - 1];"
                + "(function wait() { if (window.renderPages) {"
                + "  window.renderPages(args[0], args[1], args[2], args[3]).then(done, function (e) { done('failed: ' + e); });"
                + "} else { setTimeout(wait, 20); } })()",
                address(pdf), numbers, PDFJS_SCALE, mode);
        assertTrue(result instanceof List<?> urls && urls.size() == numbers.size(),
                "pdf.js drew the pages: " + String.valueOf(result).substring(0, Math.min(200, String.valueOf(result).length())));
        Map<Integer, Drawn> drawn = new TreeMap<>();
        int i = 0;
        for (Map.Entry<Integer, PDRectangle> page : pages.entrySet()) {
            String url = String.valueOf(((List<?>) result).get(i++));
            assertTrue(url.startsWith("data:image/png;base64,"), "pdf.js drew page " + (page.getKey() + 1));
            drawn.put(page.getKey(), new Drawn(png(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1))), 0, 0, PDFJS_SCALE,
                    page.getValue().getHeight()));
        }
        return drawn;
    }

    /**
     * The pages as pdf.js's own viewer shows them (Firefox's, here the WebJar's {@code web/viewer.html}
     * in its default forms mode, {@code AnnotationMode.ENABLE_FORMS}: the canvas leaves the form
     * widgets out and HTML controls showing each field's value lie over them), each whole page in
     * view, from a screenshot once the page and its form layer are drawn. The viewer loads the PDF
     * once and is moved from page to page as a reader would ({@code PDFViewerApplication.page}).
     * Where the page lies comes from the viewer's own layout of it.
     *
     * <p>The viewer is loaded once for a run of PDFs in the same browser: a PDF after the first is
     * opened in the viewer already shown ({@code PDFViewerApplication.open}, what the viewer's own
     * Open button does), which closes the one before and lays out and draws the new one through
     * the same code as a load, without loading the viewer's page and scripts again
     * (docs/performance-log.md, "2 December, 08:00–09:40 UTC: the suite's own steps, pdf.js's
     * viewer loaded once, one Kent build tried"). So the window is left at the viewer's size after
     * the call; the pool sets it back when the browser is given back.
     */
    Map<Integer, Drawn> firefoxViewer(Path pdf, SortedMap<Integer, PDRectangle> pages) throws InterruptedException {
        use(pdfJsSession);
        String address = address(pdf);
        String bookmark = "page=" + (pages.firstKey() + 1) + "&zoom=page-fit";
        String viewer = origin() + "/pdfjs/web/viewer.html";
        if (String.valueOf(driver().getCurrentUrl()).startsWith(viewer + "?") && driver().manage().window().getSize().equals(VIEW)) {
            // Where the first page asked for is and how it is zoomed, as the address's fragment
            // tells a load; the promise holds once the new PDF is the viewer's document.
            Object opened = driver().executeAsyncScript("var done = arguments[arguments.length - 1], app = window.PDFViewerApplication;"
                    + "app.initialBookmark = arguments[1];"
                    + "app.open({url: arguments[0]}).then(function () { done(true); }, function (e) { done('failed: ' + e); });",
                    address, bookmark);
            assertEquals(Boolean.TRUE, opened, "pdf.js's viewer opened " + pdf.getFileName());
        } else {
            driver().manage().window().setSize(VIEW);
            driver().get("about:blank");
            driver().get(viewer + "?file=" + address + "#" + bookmark);
        }
        Map<Integer, Drawn> drawn = new TreeMap<>();
        for (Map.Entry<Integer, PDRectangle> entry : pages.entrySet()) {
            int pageIndex = entry.getKey();
            PDRectangle page = entry.getValue();
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            List<?> box = null;
            while (box == null && System.nanoTime() < end) {
                Thread.sleep(100);
                // The page views looked at are this PDF's (its address, the viewer's document),
                // each whole page in view ("page-fit", which a PDF opened in place could otherwise
                // take from the viewer's history of an earlier one).
                box = (List<?>) driver().executeScript("var app = window.PDFViewerApplication, n = arguments[0];"
                        + "if (!app || app.url !== arguments[1] || !app.pdfDocument || !app.pdfViewer || app.pdfViewer.pdfDocument !== app.pdfDocument) { return null; }"
                        + "var view = app.pdfViewer.pagesCount > n ? app.pdfViewer.getPageView(n) : null;"
                        + "if (view && app.pdfViewer.currentScaleValue !== 'page-fit') { app.pdfViewer.currentScaleValue = 'page-fit'; return null; }"
                        + "if (view && app.pdfViewer.currentPageNumber !== n + 1) { app.page = n + 1; return null; }"
                        + "if (!view || view.renderingState !== 3 || !view.div.querySelector('.annotationLayer section')) { return null; }"
                        + "var r = view.div.querySelector('.canvasWrapper').getBoundingClientRect();"
                        + "return r.top >= 0 && r.bottom <= window.innerHeight ? [r.left, r.top, r.width, r.height, window.devicePixelRatio] : null;",
                        pageIndex, address);
            }
            assertNotNull(box, "pdf.js's viewer drew page " + (pageIndex + 1) + " of " + pdf.getFileName() + " with its form layer within 60 s");
            double ratio = ((Number) box.get(4)).doubleValue();
            double across = ((Number) box.get(2)).doubleValue() * ratio / page.getWidth();
            double down = ((Number) box.get(3)).doubleValue() * ratio / page.getHeight();
            assertEquals(across, down, across * 0.02, "pdf.js's viewer lays the page out in its proportions");
            BufferedImage image = settled(shot -> true, "pdf.js's viewer");
            drawn.put(pageIndex, new Drawn(image, ((Number) box.get(0)).doubleValue() * ratio, ((Number) box.get(1)).doubleValue() * ratio,
                    across, page.getHeight()));
        }
        return drawn;
    }

    /**
     * Fills a form in pdf.js's own viewer as a reader does in Firefox, and saves it with the
     * viewer's Save button ({@code #downloadButton}), which writes the viewer's form storage into
     * the PDF ({@code PDFDocumentProxy.saveDocument}, an incremental update) and downloads it:
     * Firefox's own save. Each entry is a field's full name and what the reader gives it: text
     * typed key by key into the field's box (a line break is the Enter key) or, for a radio group
     * or check box, the on-state of the button clicked (as pdf.js's annotations give it). The
     * viewer is moved to each field's page, as a reader scrolls, before it is filled.
     */
    void firefoxFill(Path pdf, List<Map.Entry<String, String>> entries) throws InterruptedException {
        use(pdfJsSession);
        driver().get("about:blank");
        driver().get(origin() + "/pdfjs/web/viewer.html?file=" + address(pdf) + "#zoom=page-width");
        Object fields = driver().executeAsyncScript("var done = arguments[arguments.length - 1], end = Date.now() + 60000;"
                + "(function wait() { var app = window.PDFViewerApplication;"
                + "  if (app && app.pdfDocument && app.pdfViewer && app.pdfViewer.pagesCount) {"
                + "    var doc = app.pdfDocument, pages = [];"
                + "    for (var n = 1; n <= doc.numPages; n++) { pages.push(doc.getPage(n).then(function (p) { return p.getAnnotations(); })); }"
                + "    Promise.all(pages).then(function (got) { var out = {};"
                + "      got.forEach(function (annotations, index) { annotations.forEach(function (a) { if (!a.fieldName) { return; }"
                + "        var type = a.checkBox ? 'checkbox' : a.radioButton ? 'radiobutton' : 'text';"
                + "        var on = a.checkBox ? a.exportValue : a.radioButton ? a.buttonValue : null;"
                + "        (out[a.fieldName] = out[a.fieldName] || []).push([a.id, index, type, on === undefined || on === null ? null : String(on)]); }); });"
                + "      done(out); }, function (e) { done('failed: ' + e); });"
                + "  } else if (Date.now() > end) { done('no document'); } else { setTimeout(wait, 100); } })()");
        assertTrue(fields instanceof Map<?, ?>, "pdf.js's viewer loaded the form: " + fields);
        Map<?, ?> byName = (Map<?, ?>) fields;
        for (Map.Entry<String, String> entry : entries) {
            List<?> widgets = (List<?>) byName.get(entry.getKey());
            assertNotNull(widgets, "pdf.js's viewer has the field " + entry.getKey());
            List<?> widget = (List<?>) widgets.get(0);
            String type = String.valueOf(widget.get(2));
            if (type.equals("radiobutton") || type.equals("checkbox")) {
                widget = widgets.stream().map(w -> (List<?>) w).filter(w -> entry.getValue().equals(w.get(3))).findFirst()
                        .orElseThrow(() -> new AssertionError(entry.getKey() + " has no button " + entry.getValue() + ": " + widgets));
            }
            WebElement box = shown(String.valueOf(widget.get(0)), ((Number) widget.get(1)).intValue());
            box.click();
            if (type.equals("text")) {
                box.sendKeys(entry.getValue().replace("\n", Keys.ENTER));
                // Leaving the box, as a reader does, commits what was typed to the viewer's storage.
                box.sendKeys(Keys.TAB);
            }
        }
        driver().findElement(By.id("downloadButton")).click();
    }

    /** The viewer's control for the widget {@code id} on page {@code page} (from 0), once the viewer shows that page's form layer. */
    private WebElement shown(String id, int page) throws InterruptedException {
        String css = "[data-element-id='" + id + "']";
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            Boolean there = (Boolean) driver().executeScript("var app = window.PDFViewerApplication;"
                    + "if (app.pdfViewer.currentPageNumber !== arguments[0] + 1) { app.page = arguments[0] + 1; }"
                    + "var el = document.querySelector(arguments[1]); if (el) { el.scrollIntoView({block: 'center'}); }"
                    + "return !!el;", page, css);
            if (there) {
                return driver().findElement(By.cssSelector(css));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("pdf.js's viewer did not show the widget " + id + " on page " + (page + 1) + " within 60 s: "
                + driver().executeScript("var app = window.PDFViewerApplication; return [app.pdfViewer.currentPageNumber,"
                + " document.querySelectorAll('.annotationLayer').length,"
                + " Array.prototype.slice.call(document.querySelectorAll('[data-element-id]'), 0, 5).map(function (e) { return e.outerHTML.slice(0, 200); }),"
                + " document.querySelector('.page') && document.querySelector('.page').outerHTML.slice(0, 600)]"));
    }

    /**
     * The pages as Chromium's own PDF viewer (PDFium) shows them, each whole page in view and the
     * toolbar hidden ({@code #page=N&toolbar=0&view=Fit}), from a screenshot taken once the
     * drawing has settled. The viewer is loaded once for the PDF's first page asked for and moved
     * on to the next ones with the Page Down key, as a reader would: it does not follow a change
     * of the address's fragment once loaded (tried: it stays on its first page), and in this view
     * each press shows the next page whole (a page reached so was drawn pixel for pixel as the same
     * page loaded with {@code #page=N}, docs/performance-log.md, "Night of 1 December: Chromium's
     * viewer moved by keys, the shell without frames"). A load costs some eight times
     * Chromium's CPU of a move; a move must change the picture, or the keys did not reach the
     * viewer. The page's place is found in the pixels (its white edge on the viewer's dark
     * background); the caller checks nothing else: its proportions must be the page's.
     */
    Map<Integer, Drawn> chromium(Path pdf, SortedMap<Integer, PDRectangle> pages) throws InterruptedException {
        use(viewerSession);
        Dimension was = driver().manage().window().getSize();
        driver().manage().window().setSize(VIEW);
        try {
            Map<Integer, Drawn> drawn = new TreeMap<>();
            Integer shown = null;
            String previous = null;
            for (Map.Entry<Integer, PDRectangle> entry : pages.entrySet()) {
                PDRectangle page = entry.getValue();
                if (shown == null) {
                    driver().get("about:blank");
                    driver().get(pdf.toUri() + "#page=" + (entry.getKey() + 1) + "&toolbar=0&view=Fit");
                } else {
                    Actions keys = new Actions(driver());
                    for (int move = shown; move < entry.getKey(); move++) {
                        keys.sendKeys(Keys.PAGE_DOWN);
                    }
                    keys.perform();
                }
                String before = previous;
                BufferedImage settled = settled(image -> pageEdges(image) != null, shot -> before == null || !before.equals(shot),
                        "Chromium's PDF viewer on page " + (entry.getKey() + 1));
                shown = entry.getKey();
                previous = lastShot;
                int[] edges = pageEdges(settled);
                double across = (edges[2] - edges[0] + 1) / (double) page.getWidth();
                double down = (edges[3] - edges[1] + 1) / (double) page.getHeight();
                assertEquals(across, down, across * 0.02, "the page found in Chromium's viewer has the page's proportions: " + Arrays.toString(edges));
                drawn.put(entry.getKey(), new Drawn(settled, edges[0], edges[1], across, page.getHeight()));
            }
            return drawn;
        } finally {
            driver().manage().window().setSize(was);
        }
    }

    /**
     * A screenshot once three in a row are the same (the drawing has settled: a viewer may draw a
     * page in passes, and its form layer after its canvas) and {@code ready} holds for it.
     */
    private BufferedImage settled(java.util.function.Predicate<BufferedImage> ready, String what) throws InterruptedException {
        return settled(ready, shot -> true, what);
    }

    /** The last screenshot {@link #settled} returned, as its PNG in base64. */
    private String lastShot;

    /** The pause between two looks at a viewer, and before the first (a picture just asked for is rarely drawn yet). */
    private static final long PAUSE_MILLIS = 300;

    /**
     * As {@link #settled(java.util.function.Predicate, String)}, and the settled screenshot (its
     * PNG in base64) must also pass {@code changed} (such as: not the picture shown before a move).
     *
     * <p>The screenshots are compared as Chromium sends them, base64 text, and only a settled one
     * is decoded, once: Chromium encodes the same pixels as the same PNG bytes (a settled viewer
     * gave one PNG in 30 screenshots in a row, docs/performance-log.md, "2 December, 02:00–02:55
     * UTC: the PDF viewers' screenshots and loads"), so equal text is an equal
     * picture, and a picture that changed is different text. A settled picture that is not
     * {@code ready} (the viewer's empty background before the page shows) is not decoded again
     * while it stays.
     */
    private BufferedImage settled(java.util.function.Predicate<BufferedImage> ready, java.util.function.Predicate<String> changed, String what)
            throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = null;
        String notReady = null;
        int same = 0;
        while (System.nanoTime() < end) {
            Thread.sleep(PAUSE_MILLIS);
            String shot = screenshot();
            same = shot.equals(last) ? same + 1 : 0;
            last = shot;
            if (same >= 2 && changed.test(shot) && !shot.equals(notReady)) {
                BufferedImage image = png(Base64.getDecoder().decode(shot));
                if (ready.test(image)) {
                    lastShot = shot;
                    return image;
                }
                notReady = shot;
            }
        }
        throw new AssertionError(what + " did not settle on a page within 60 s");
    }

    /**
     * A screenshot of the viewport as a PNG in base64, as WebDriver's own (chromedriver sends it
     * this same DevTools command) but encoded for speed: a third less of Chromium's CPU for the
     * same pixels, in a larger file (measured, docs/performance-log.md, "2 December, 02:00–02:55
     * UTC: the PDF viewers' screenshots and loads").
     */
    private String screenshot() {
        Object data = driver().executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "optimizeForSpeed", true)).get("data");
        assertTrue(data instanceof String, "Chromium gave a screenshot");
        return (String) data;
    }

    private static final int WHITE = 0xffffff;

    /**
     * The page's left, top, right and bottom pixel (inclusive), or null when no page shows: the
     * first white pixel down the middle is its top edge, the white margin just inside that edge
     * gives its left and right, and the left margin followed down gives its bottom.
     */
    private static int[] pageEdges(BufferedImage image) {
        int middle = image.getWidth() / 2;
        int top = 0;
        while (top < image.getHeight() && rgb(image, middle, top) != WHITE) {
            top++;
        }
        if (top >= image.getHeight() - 4) {
            return null;
        }
        int row = top + 3;
        int left = 0;
        while (left < middle && rgb(image, left, row) != WHITE) {
            left++;
        }
        int right = image.getWidth() - 1;
        while (right > middle && rgb(image, right, row) != WHITE) {
            right--;
        }
        int bottom = row;
        while (bottom + 1 < image.getHeight() && rgb(image, left + 3, bottom + 1) == WHITE) {
            bottom++;
        }
        return left >= middle || right <= middle ? null : new int[] {left, top, right, bottom};
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }

    private static BufferedImage png(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertNotNull(image);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether any pixel inside {@code rect} (PDF points, origin bottom left) differs between two
     * drawings of the same page; pixels on the rectangle's edge are left out, so the comparison
     * is of what the widget draws inside its border.
     */
    static boolean differsInside(Drawn before, Drawn after, PDRectangle rect) {
        return !differingPixels(before, after, rect).isEmpty();
    }

    /**
     * Whether the widget at {@code rect} holds clearly more ink in {@code after} than in
     * {@code before}: its darkness (255 less each pixel's luminance, added up) grew by at least
     * that of two square points of black. A chosen radio button's disc, a tick or a few typed
     * letters add far more; a button drawn without its state's appearance adds none.
     */
    static boolean inkAdded(Drawn before, Drawn after, PDRectangle rect) {
        double grain = after.pixelsPerPoint() * after.pixelsPerPoint();
        return differsInside(before, after, rect) && ink(after, rect) - ink(before, rect) >= 2 * grain * 255;
    }

    private static long ink(Drawn drawn, PDRectangle rect) {
        int[] box = pixels(drawn, rect);
        long ink = 0;
        for (int y = box[1]; y <= box[3]; y++) {
            for (int x = box[0]; x <= box[2]; x++) {
                int c = rgb(drawn.image(), x, y);
                ink += 255 - Math.round(0.299 * (c >> 16 & 0xff) + 0.587 * (c >> 8 & 0xff) + 0.114 * (c & 0xff));
            }
        }
        return ink;
    }

    /** The widget's pixels inside its edge in {@code drawn}: left, top, right, bottom (inclusive). */
    private static int[] pixels(Drawn drawn, PDRectangle rect) {
        int x0 = (int) Math.ceil(drawn.left() + rect.getLowerLeftX() * drawn.pixelsPerPoint()) + 1;
        int x1 = (int) Math.floor(drawn.left() + rect.getUpperRightX() * drawn.pixelsPerPoint()) - 1;
        int y0 = (int) Math.ceil(drawn.top() + (drawn.pageHeight() - rect.getUpperRightY()) * drawn.pixelsPerPoint()) + 1;
        int y1 = (int) Math.floor(drawn.top() + (drawn.pageHeight() - rect.getLowerLeftY()) * drawn.pixelsPerPoint()) - 1;
        assertFalse(x1 <= x0 || y1 <= y0, "the widget has an area: " + rect);
        return new int[] {Math.max(0, x0), Math.max(0, y0), Math.min(drawn.image().getWidth() - 1, x1), Math.min(drawn.image().getHeight() - 1, y1)};
    }

    /** The pixels inside {@code rect} that differ (x, y), for a failure's message. */
    static List<int[]> differingPixels(Drawn before, Drawn after, PDRectangle rect) {
        assertEquals(before.pixelsPerPoint(), after.pixelsPerPoint(), 0.001, "both drawings at one scale");
        int[] box = pixels(after, rect);
        double dx = before.left() - after.left();
        double dy = before.top() - after.top();
        List<int[]> differ = new java.util.ArrayList<>();
        for (int y = box[1]; y <= box[3]; y++) {
            for (int x = box[0]; x <= box[2]; x++) {
                int bx = (int) Math.round(x + dx);
                int by = (int) Math.round(y + dy);
                if (rgb(before.image(), bx, by) != rgb(after.image(), x, y)) {
                    differ.add(new int[] {x, y});
                }
            }
        }
        return differ;
    }

    /** Writes a drawing as PNG (to look at). */
    static void save(Drawn drawn, Path file) {
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(drawn.image(), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Draws in {@code session}'s browser from now on, the other session's browser given back to
     * the pool first: one class holding both would leave no browser for any other class.
     */
    private void use(BrowserSession session) {
        if (session != using) {
            using.giveBackBrowser();
            using = session;
        }
    }

    /** The browser of the viewer in use, taken again if its session gave it back between tests. */
    private ChromeDriver driver() {
        return using.driver();
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
