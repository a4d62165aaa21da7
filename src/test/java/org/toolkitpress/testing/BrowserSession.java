package org.toolkitpress.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;

/**
 * A built site served over loopback HTTP and one headless Chromium driving it: the harness of
 * the real-browser tests. Both are shared: the site is built once per JVM ({@link TestSites#built})
 * and the browser is lent by {@link BrowserPool}, clean for each session, when the session first
 * needs it ({@link #driver}); {@link #giveBackBrowser} lends it to other classes while the test
 * works without it. Skips (a JUnit assumption) when the browser or chromedriver is missing,
 * unless the environment says {@code CI=true}, where the browser tests must run.
 *
 * <p>Two browsers, one Blink ({@link Kind}): most classes run in Chromium's headless shell
 * ({@code $CHROME_HEADLESS_SHELL}, else Debian's {@code chromium-headless-shell}), which renders,
 * prints and runs scripts as the full browser does for about a third of its CPU, and by default
 * without drawing frames (cheaper again; a class that takes screenshots asks for the shell with
 * frames); a class that needs what only the full browser has (its own PDF viewer) asks for the
 * full one. The full browser is {@code $CHROME_BIN}, else Debian's {@code /usr/bin/chromium}; where the shell is not
 * installed, or {@code CHROME_BIN} names another browser and {@code CHROME_HEADLESS_SHELL} no
 * shell for it, the shell's classes run in the full browser too. The driver is
 * {@code $CHROMEDRIVER}, else {@code $CHROMEWEBDRIVER/chromedriver}, else
 * {@code /usr/bin/chromedriver}. GitHub's Ubuntu runners set {@code CHROME_BIN} and
 * {@code CHROMEWEBDRIVER} to Google Chrome and the chromedriver built for that very version.
 */
public final class BrowserSession implements AutoCloseable {

    /** Which Chromium a class runs in. */
    public enum Kind {
        /**
         * Chromium's headless shell (the "old headless" mode, as its own program): the same Blink,
         * V8 and printing as the full browser without the browser around them (profile services,
         * extensions, the UI's compositor). Measured on the trauma-informed audit form: a start
         * 0.25 s of CPU against 0.87 s, a page load a quarter of the full browser's, a WebDriver
         * round trip about 60%, axe-core the same (docs/performance-log.md, "Later still on 1
         * December: the headless shell for the browser classes"). It has no PDF viewer: sent to a
         * PDF, it stays on the page it was on. This kind draws frames: for a class that takes
         * screenshots or whose pages wait for a frame ({@code requestAnimationFrame}).
         */
        HEADLESS_SHELL,
        /**
         * The headless shell with its compositor on the renderer's main thread
         * ({@code --disable-threaded-compositing}, as Blink's own layout tests run): the same
         * layout, styles, scripts, events and printing, a quarter to a third less CPU for a
         * keystroke, a click or a load (docs/performance-log.md, "Evening of 1 December:
         * Chromium's CPU in the browser classes, class by class"), but headless it then
         * draws no frame at all: a screenshot never comes back and {@code requestAnimationFrame}
         * never calls back (found with {@code LiveReloadBrowserTest}, whose preview marks a
         * shown page in the next frame). The kind of the classes that do neither, the default.
         */
        HEADLESS_SHELL_WITHOUT_FRAMES,
        /** The full browser in its headless mode: for Chromium's own PDF viewer (PDFium in the browser's UI). */
        FULL
    }

    /**
     * Debian's headless shell, the program itself: the package's {@code /usr/bin} wrapper runs it
     * without {@code exec}, so chromedriver, which stops the process it started when a browser
     * does not quit at once, would stop the wrapper and leave the browser running.
     */
    private static final Path DEBIAN_HEADLESS_SHELL = Path.of("/usr/lib/chromium/chromium-headless-shell");

    private static final Path CHROMIUM = browser(System.getenv());
    private static final Path HEADLESS_SHELL = headlessShell(System.getenv());
    private static final Path CHROMEDRIVER = chromedriver(System.getenv());

    private final Path work;
    private final HttpServer server;
    private final ExecutorService serverThreads;
    private final Kind kind;
    /** The origins whose storage goes when the browser goes back: the site's, and any the test serves beside it. */
    private final List<String> origins = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The browser lent to this session, or null while it has none. */
    private BrowserPool.Pooled browser;

    private BrowserSession(Path work, HttpServer server, ExecutorService serverThreads, Kind kind) {
        this.work = work;
        this.server = server;
        this.serverThreads = serverThreads;
        this.kind = kind;
        this.origins.add(origin());
    }

    /**
     * Where screenshots left for people to look at go ({@code TOOLKIT_SCREENSHOTS}, a folder), or
     * empty when not asked for. No test reads them: they show a person what a page looked like in
     * a state the test reached (the plan, the comparison, the report). Taking one needs the shell
     * with frames, which costs Chromium a quarter to a third more CPU for every key, click and
     * load of the class than the shell without (docs/performance-log.md, "2 December, 03:25–04:10
     * UTC: the browser classes' Chromium, class by class again"), so the classes that leave such
     * pictures take them, and that kind of browser, only when asked.
     */
    public static Optional<Path> screenshotsForPeople() {
        String folder = System.getenv("TOOLKIT_SCREENSHOTS");
        return folder == null || folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    /** The kind of a class that leaves screenshots for people: with frames only when they are asked for. */
    public static Kind kindForScreenshotsForPeople() {
        return screenshotsForPeople().isPresent() ? Kind.HEADLESS_SHELL : Kind.HEADLESS_SHELL_WITHOUT_FRAMES;
    }

    /** The full browser the environment names, or Debian's Chromium. */
    public static Path browser(Map<String, String> env) {
        return Path.of(env.getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
    }

    /**
     * The headless shell the environment names; else Debian's, when installed and the full
     * browser is Debian's too (chromedriver drives only its own version, and a {@code CHROME_BIN}
     * of another build comes with its driver); else the full browser.
     */
    public static Path headlessShell(Map<String, String> env) {
        if (env.containsKey("CHROME_HEADLESS_SHELL")) {
            return Path.of(env.get("CHROME_HEADLESS_SHELL"));
        }
        if (!env.containsKey("CHROME_BIN") && Files.isExecutable(DEBIAN_HEADLESS_SHELL)) {
            return DEBIAN_HEADLESS_SHELL;
        }
        return browser(env);
    }

    /** The program of a kind of browser. */
    static Path binary(Kind kind) {
        return kind == Kind.FULL ? CHROMIUM : HEADLESS_SHELL;
    }

    /**
     * The flags a kind of browser starts with beyond every browser's: the shell without frames
     * only where it is the shell (measured there; where the shell falls back to the full browser,
     * both shell kinds are the full browser as it comes).
     */
    static List<String> flags(Kind kind) {
        return kind == Kind.HEADLESS_SHELL_WITHOUT_FRAMES && !HEADLESS_SHELL.equals(CHROMIUM)
                ? List.of("--disable-threaded-compositing") : List.of();
    }

    /** The chromedriver the environment names (itself, or the folder GitHub's runners give), or Debian's. */
    public static Path chromedriver(Map<String, String> env) {
        if (env.containsKey("CHROMEDRIVER")) {
            return Path.of(env.get("CHROMEDRIVER"));
        }
        if (env.containsKey("CHROMEWEBDRIVER")) {
            return Path.of(env.get("CHROMEWEBDRIVER"), "chromedriver");
        }
        return Path.of("/usr/bin/chromedriver");
    }

    /**
     * Serves {@code project} built without PDFs (the one build of it this JVM shares, see
     * {@link TestSites#built}) and opens a browser on it.
     */
    public static BrowserSession start(Path project) {
        return start(project, false);
    }

    /**
     * As {@link #start(Path)}, with the print edition and its Downloads page when {@code pdf}.
     * The site is shared and read-only: {@code work().resolve("site")} is a copy of its folders
     * whose files are hard links to the shared ones, and a test that changes a site builds its own. The browser comes from {@link BrowserPool}.
     */
    public static BrowserSession start(Path project, boolean pdf) {
        return start(project, pdf, Kind.HEADLESS_SHELL_WITHOUT_FRAMES);
    }

    /** As {@link #start(Path, boolean)}, in the given kind of browser. */
    public static BrowserSession start(Path project, boolean pdf, Kind kind) {
        assumeChromium(kind);
        return serving(TestSites.built(project, pdf).site(), kind);
    }

    /**
     * Serves a site the test built itself (with a brand, from a project it made) and opens a
     * browser on it, as {@link #start(Path, boolean, Kind)} does for a shared build.
     */
    public static BrowserSession serving(Path site, Kind kind) {
        assumeChromium(kind);
        try {
            Path work = Files.createTempDirectory("toolkit-press-browser");
            Path served = TestSites.linkedCopy(site, work.resolve("site"));
            ExecutorService threads = Executors.newFixedThreadPool(2);
            HttpServer server = serve(served, threads);
            return new BrowserSession(work, server, threads, kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gate of the headless shell's classes: see {@link #assumeChromium(Kind)}. */
    public static void assumeChromium() {
        assumeChromium(Kind.HEADLESS_SHELL);
    }

    /**
     * The one gate of the browser tests: skips the calling test (a JUnit assumption) when the
     * browser of that kind or chromedriver is missing, unless {@code CI=true}, where that is an
     * error. (The shell's classes fall back to the full browser only where no shell is named:
     * a {@code CHROME_HEADLESS_SHELL} that is not there is a missing browser.)
     */
    public static void assumeChromium(Kind kind) {
        Path binary = binary(kind);
        boolean present = Files.isExecutable(binary) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(present, binary + " or " + CHROMEDRIVER + " is not installed; browser tests skipped outside CI");
        } else if (!present) {
            throw new IllegalStateException("CI=true but " + binary + " or " + CHROMEDRIVER + " is missing");
        }
    }

    /**
     * A headless Chromium of that kind whose downloads go to {@code downloads}; the caller quits it.
     *
     * <p>The profile is chromedriver's own, a new temporary folder that it deletes when the
     * browser quits: given a profile folder ({@code --user-data-dir}), chromedriver leaves out
     * the first page it otherwise opens the browser on ({@code data:,}), and the headless shell,
     * unlike the full browser, opens no page of its own, so chromedriver found none and failed
     * ("unable to discover open pages").
     */
    public static ChromeDriver chromium(Kind kind, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary(kind).toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,900");
        options.addArguments(flags(kind));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService.Builder builder = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort();
        // For measuring, not for tests: TOOLKIT_CHROMEDRIVER_LOG=PREFIX has each chromedriver log
        // the commands it is sent to PREFIX-N.log, which bench/wdcommands.py counts.
        if (System.getenv("TOOLKIT_CHROMEDRIVER_LOG") != null) {
            builder.withLogFile(new java.io.File(System.getenv("TOOLKIT_CHROMEDRIVER_LOG") + "-" + System.nanoTime() + ".log"));
        }
        ChromeDriverService service = builder.build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // A guard against a script that never calls back, not a speed limit: axe on a long audit
        // form takes seconds, and many times that on a loaded machine running classes side by side.
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        return driver;
    }

    /**
     * A small static file server: pretty URLs end in / and map to index.html; a missing address
     * gets the site's 404.html with status 404.
     */
    private static HttpServer serve(Path site, ExecutorService threads) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(BLANK)) {
                byte[] blank = "<!doctype html><title>blank</title>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, blank.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(blank);
                }
                return;
            }
            Path file = site.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
            byte[] body;
            int status = 200;
            if (file.startsWith(site) && Files.isRegularFile(file)) {
                body = Files.readAllBytes(file);
            } else if (Files.isRegularFile(site.resolve("404.html"))) {
                // As GitHub Pages and Apache do: the site's own 404 page, at the missing address.
                body = Files.readAllBytes(site.resolve("404.html"));
                file = site.resolve("404.html");
                status = 404;
            } else {
                body = "not found".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                status = 404;
            }
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", type(name));
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(threads);
        server.start();
        return server;
    }

    private static String type(String name) {
        for (Map.Entry<String, String> e : Map.of(".html", "text/html; charset=utf-8", ".css", "text/css",
                ".js", "text/javascript", ".svg", "image/svg+xml", ".json", "application/json",
                ".ttf", "font/ttf").entrySet()) {
            if (name.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return "application/octet-stream";
    }

    /**
     * The session's browser: taken from {@link BrowserPool} (waiting while others hold them all)
     * when the session has none, clean, its downloads going to {@link #downloads()}. A driver
     * got before {@link #giveBackBrowser} must not be used after it: it may be another class's.
     */
    public ChromeDriver driver() {
        if (browser == null) {
            BrowserPool.Pooled lent = BrowserPool.take(kind);
            try {
                Files.createDirectories(downloads());
                lent.driver().executeCdpCommand("Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads().toString()));
            } catch (IOException | RuntimeException e) {
                BrowserPool.giveBack(lent, origins);
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
            browser = lent;
        }
        return browser.driver();
    }

    public JavascriptExecutor js() {
        return driver();
    }

    /** Where the session's browser saves downloads: a folder of {@link #work()}. */
    public Path downloads() {
        return work.resolve("downloads");
    }

    /**
     * Gives the browser back to the pool while the test goes on without it (reading back and
     * validating PDFs, seconds to minutes of Java on a busy machine), so another class can use it
     * meanwhile. The next {@link #driver()} takes a browser again, clean: nothing of the page or
     * of what this site stored carries over. Nothing happens when the session holds none.
     */
    public void giveBackBrowser() {
        if (browser != null) {
            BrowserPool.Pooled lent = browser;
            browser = null;
            BrowserPool.giveBack(lent, origins);
        }
    }

    /**
     * Another origin the test serves to this browser (a server of its own beside the site's),
     * whose storage is cleared with the site's when the browser goes back to the pool.
     */
    public void alsoServes(String origin) {
        origins.add(origin);
    }

    /** The address of a page of the served site, e.g. {@code trauma-informed-schools/audit/}. */
    public String url(String page) {
        return origin() + "/" + page;
    }

    private String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void open(String page) {
        driver().get(url(page));
    }

    /**
     * Opens a page of the site with nothing saved on this device for it: {@code localStorage}
     * cleared from an empty page of the same origin first, then one load of the page. (Opening
     * the page, clearing and reloading cost a second load of a long audit form, about a second of
     * Chromium's CPU each time.) The page before is left first, so nothing it still does can save
     * into the cleared storage.
     */
    public void openFresh(String page) {
        driver().get(origin() + BLANK);
        driver().executeScript("localStorage.clear()");
        driver().get(url(page));
    }

    /**
     * Opens a page of the site with only {@code stored} saved on this device for it (as
     * {@code localStorage} items): storage cleared and filled from an empty page of the same
     * origin, then one load of the page. (Opening the page fresh, storing and reloading cost a
     * second load of a long audit form.)
     */
    public void openWithStored(String page, Map<String, String> stored) {
        driver().get(origin() + BLANK);
        driver().executeScript("localStorage.clear(); var items = arguments[0];"
                + " Object.keys(items).forEach(function (k) { localStorage.setItem(k, items[k]); });", stored);
        driver().get(url(page));
    }

    /**
     * Opens a page of the copy of the site on disk ({@code file:} address) with nothing saved on
     * this device for it: every {@code file:} page shares one storage, cleared from an empty file
     * first, then one load of the page (not load, clear, reload: two loads of a long audit form).
     */
    public void openFromDiskFresh(Path file) {
        try {
            Path blank = work.resolve("blank.html");
            if (!Files.exists(blank)) {
                Files.writeString(blank, "<!doctype html><title>blank</title>");
            }
            driver().get(blank.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver().executeScript("localStorage.clear()");
        driver().get(file.toUri().toString());
    }

    /**
     * What typing {@code text} into an empty box leaves for the page's script, given at once: the
     * box focused, its value, and one {@code input} event (bubbling, as a keystroke's), which the
     * audit form answers as it answers each keystroke (totals, plan, autosave). For a test whose
     * subject is what becomes of an answer (saved, exported, printed, put in a PDF), not the
     * keyboard: a typed character costs Chromium 6 ms on a short form and some 18–30 ms on a long
     * audit form, the form's own work on every keystroke (docs/performance-log.md, "2 December,
     * 03:25–04:10 UTC: the browser classes' Chromium, class by class again").
     * Tests about typing itself (keys, focus, when an error shows) still type with
     * {@code sendKeys}. Fails when the box is not empty, so a test cannot mean to replace text and
     * append instead.
     */
    public void setTyped(WebElement box, String text) {
        driver().executeScript("var box = arguments[0]; if (box.value !== '') { throw new Error('the box is not empty: ' + box.id); }"
                + "box.focus(); box.value = arguments[1];"
                + "box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertText', data: arguments[1]}));", box, text);
    }

    /** An empty page the server answers beside the site, for {@link #openFresh}: no site has a file named so. */
    private static final String BLANK = "/.browser-session-blank";

    /**
     * Prints the current page to PDF as the browser's print would (print styles applied) and
     * returns the PDF's text, read back with poppler's pdftotext in layout order.
     */
    public String printedText() {
        try {
            Path pdf = Files.createTempFile(work, "print", ".pdf");
            Files.write(pdf, java.util.Base64.getDecoder().decode(driver().print(new PrintOptions()).getContent()));
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new AssertionError("pdftotext failed: " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Waits until an element matching a CSS selector is in the page. The page itself looks, every
     * 20 ms, and answers once: a look from here is a WebDriver round trip (tens of milliseconds of
     * Chromium's CPU, taken from the page it waits for), and a long wait was hundreds of them.
     */
    public void waitFor(String css, Duration timeout) {
        if (!waitUntil("document.querySelector(args[0]) !== null", timeout, css)) {
            throw new AssertionError("nothing matched " + css + " within " + timeout.toMillis() + " ms");
        }
    }

    /**
     * Waits until a script expression over {@code args} (the given arguments) is true in the page,
     * the page looking every 20 ms; false if it is not within {@code timeout}. An expression that
     * throws (an element not there yet, or a bad selector) counts as not met. If the page is left
     * while it waits (a navigation the test started), the wait goes on, looking from here.
     */
    public boolean waitUntil(String condition, Duration timeout, Object... args) {
        long end = System.nanoTime() + timeout.toNanos();
        String script = "var done = arguments[arguments.length - 1];"
                + "var args = Array.prototype.slice.call(arguments, 1, arguments.length - 1);"
                + "var until = Date.now() + arguments[0];"
                + "(function look() {"
                + "  var met; try { met = !!(" + condition + "); } catch (e) { met = false; }"
                + "  if (met) { done(true); } else if (Date.now() >= until) { done(false); } else { setTimeout(look, 20); }"
                + "})();";
        Object[] all = new Object[args.length + 1];
        System.arraycopy(args, 0, all, 1, args.length);
        while (true) {
            // Below the script timeout (90 s), so a long wait is several calls, never a timed-out script.
            all[0] = Math.max(0, Math.min(60_000, (end - System.nanoTime()) / 1_000_000));
            try {
                if (Boolean.TRUE.equals(driver().executeAsyncScript(script, all))) {
                    return true;
                }
            } catch (org.openqa.selenium.JavascriptException | org.openqa.selenium.ScriptTimeoutException leftPage) {
                // The document went away under the script (a navigation), or the page stopped
                // answering for a while (a load): look again, in whatever page is there now.
                pauseBetweenLooks();
            }
            if (System.nanoTime() >= end) {
                return false;
            }
        }
    }

    private static void pauseBetweenLooks() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting on the page", e);
        }
    }

    /** A scratch folder that goes when the session ends; {@code site} in it is the served site (read-only). */
    public Path work() {
        return work;
    }

    /**
     * Runs axe-core on the whole page — the theme's shell and any data components — and returns
     * its WCAG 2.2 AA violations, one line each.
     */
    @SuppressWarnings("unchecked")
    public List<String> axeViolations() {
        // axe-core is 650 KB of script: sent to a page once, not again for each check of the same
        // page (a new page has no axe and gets it anew).
        if (!Boolean.TRUE.equals(driver().executeScript("return typeof window.axe === 'object' && typeof window.axe.run === 'function';"))) {
            driver().executeScript(Axe.SCRIPT);
        }
        // resultTypes: every violating node is still reported; passes, incomplete and
        // inapplicable results, which nothing here reads, are cut to one node each instead of a
        // selector worked out for every node of the page (a tenth of a run on an audit form with
        // axe-core 4.10.3; within the noise with 4.14.1, whose selectors are cheaper).
        Object result = driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']},"
                        + " resultTypes: ['violations']})"
                        + ".then(function (r) { done(r.violations.map(function (v) {"
                        + "  return v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }).join(' | ');"
                        + "})); }, function (e) { done(['axe failed: ' + e]); });");
        return (List<String>) result;
    }

    /** axe-core's script, read once per JVM. */
    private static final class Axe {
        static final String SCRIPT = TestSites.read(TestSites.projectRoot().resolve("src/test/resources/axe/axe.min.js"));
    }

    @Override
    public void close() {
        try {
            giveBackBrowser();
        } finally {
            server.stop(0);
            serverThreads.shutdownNow();
            TestSites.deleteTree(work);
        }
    }
}
