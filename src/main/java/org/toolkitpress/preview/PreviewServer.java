package org.toolkitpress.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.toolkitpress.build.Rebuild;
import org.toolkitpress.build.SearchFiles;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.Toolkit;

/**
 * Serves the preview's in-memory site over HTTP with the JDK's server: pretty URLs as on a
 * static host, {@code 404.html} for unknown paths, no caching (every reload shows the latest
 * build), and the preview's own script under {@code /__toolkit/}.
 */
final class PreviewServer {

    /** What is served now: the last good site, and the latest attempt's problems. */
    record Served(long build, Rebuild.Site site, List<Diagnostic> problems) {
        Map<String, byte[]> files() {
            return site.files();
        }
    }

    /**
     * What a tab is told and what its page is marked with: the build, and the build that last
     * changed a file other than a page (a stylesheet, script, font or image), which a tab cannot
     * take in without reloading. Both start with a tag for this run of the preview, so a tab left
     * open across a restart reloads.
     */
    private record Shown(Served served, String build, String assets) {
        String event() {
            return "{\"build\":\"" + build + "\",\"assets\":\"" + assets + "\"}";
        }
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("pdf", "application/pdf"), Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"), Map.entry("ttf", "font/ttf"),
            Map.entry("ico", "image/x-icon"));

    /** Requests handled at once; more wait for a free thread. */
    private static final int THREADS = 8;

    private final HttpServer server;
    private final ExecutorService threads;
    private final LiveReload live;
    private final byte[] liveScript;
    private final String run = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    private volatile Shown shown;
    private final PdfOnDemand pdfs;

    /**
     * Takes the port, without answering yet ({@link #start}). {@code pdfs} makes the PDFs a build
     * left out when they are asked for; null when builds make them.
     */
    PreviewServer(InetSocketAddress address, Served first, PdfOnDemand pdfs) throws IOException {
        this.shown = new Shown(first, tag(first.build()), tag(first.build()));
        this.pdfs = pdfs;
        this.liveScript = resource("/toolkit-press/preview/live.js");
        this.server = HttpServer.create(address, 0);
        // Only once the port is ours: a port in use leaves no event thread behind.
        this.live = new LiveReload();
        // Requests are short (an event stream leaves its thread at once: see LiveReload), so a
        // few threads serve any number of tabs; a PDF made on demand holds one while it renders.
        this.threads = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "toolkit-preview-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::site);
        server.createContext("/__toolkit/", this::toolkit);
    }

    /** Starts answering requests. */
    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Serves a new state and tells open tabs about it. Called from one thread at a time. */
    void show(Served next) {
        Shown before = shown;
        String build = tag(next.build());
        String assets = sameAssets(before.served().files(), next.files()) ? before.assets() : build;
        shown = new Shown(next, build, assets);
        live.announce(shown.event());
    }

    private String tag(long build) {
        return run + "." + build;
    }

    /**
     * True when every file a page draws on is the same in both sites (a one-page rebuild shares
     * them). Pages and PDFs do not count: a tab takes in a new page itself and shows no PDF.
     */
    private static boolean sameAssets(Map<String, byte[]> before, Map<String, byte[]> after) {
        for (Map.Entry<String, byte[]> file : after.entrySet()) {
            if (isAsset(file.getKey()) && !Arrays.equals(file.getValue(), before.get(file.getKey()))) {
                return false;
            }
        }
        return before.keySet().stream().filter(PreviewServer::isAsset).allMatch(after::containsKey);
    }

    private static boolean isAsset(String path) {
        return Rebuild.isPageAsset(path);
    }

    int openTabs() {
        return live.openTabs();
    }

    void stop() {
        live.close();
        server.stop(0);
        threads.shutdownNow();
    }

    private void toolkit(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().equals("/__toolkit/events")) {
            // Stays open after this returns: LiveReload writes to it and closes it.
            live.stream(exchange, () -> shown.event());
            return;
        }
        try (exchange) {
            if (exchange.getRequestURI().getPath().equals("/__toolkit/live.js")) {
                send(exchange, 200, "js", liveScript);
            } else {
                send(exchange, 404, "txt", "not found\n".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void site(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "txt", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Shown state = shown;
            Served now = state.served();
            String path = fromRoot(exchange.getRequestURI().getPath().substring(1), now);
            if (now.files().isEmpty()) {
                page(exchange, 200, ProblemsPanel.emptySite(state.build(), state.assets(), now.problems()));
                return;
            }
            String key = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
            byte[] body = !LayeredFiles.isSafe(key) ? null
                    : SearchFiles.isIndexFile(key) ? searchFile(exchange, now, key) : now.files().get(key);
            if (body != null && body.length == 0 && SearchFiles.isIndexFile(key)) {
                return;
            }
            if (body == null && pdfs != null && LayeredFiles.isSafe(key) && key.startsWith("downloads/") && key.endsWith(".pdf")) {
                body = onDemand(exchange, key);
                if (body != null && body.length == 0) {
                    return;
                }
            }
            if (body == null && !path.isEmpty() && now.files().containsKey(path + "/index.html")) {
                exchange.getResponseHeaders().set("Location", "/" + path + "/");
                send(exchange, 301, "txt", new byte[0]);
                return;
            }
            int status = 200;
            if (body == null) {
                status = 404;
                key = "404.html";
                body = now.files().getOrDefault(key, "not found\n".getBytes(StandardCharsets.UTF_8));
            }
            String type = extension(key);
            if (type.equals("html")) {
                page(exchange, status, ProblemsPanel.inject(new String(body, StandardCharsets.UTF_8), state.build(), state.assets(),
                        now.problems()));
            } else if (status == 200) {
                revalidated(exchange, type, body);
            } else {
                send(exchange, status, type, body);
            }
        }
    }

    /**
     * The path asked for, as a path in the site. Pages link to each other relatively, so the
     * preview serves the site from the server's root; but the 404 page links from the path of
     * {@code base_url} ({@code ToolkitInfo.basePath}), as a published site is served under it. So
     * an address under that path that names nothing at the root is read without it: the 404
     * page's stylesheet, scripts, search and links work in the preview too.
     */
    private static String fromRoot(String path, Served now) {
        Toolkit toolkit = now.site().toolkit();
        String under = toolkit == null ? "" : toolkit.info().basePath().substring(1);
        if (under.isEmpty() || !path.startsWith(under) || now.files().containsKey(path)
                || now.files().containsKey(path + (path.isEmpty() || path.endsWith("/") ? "" : "/") + "index.html")) {
            return path;
        }
        return path.substring(under.length());
    }

    /**
     * A file of the search index of the site served now, written on its first request after a
     * save; null for none; empty when a fault writing it was already answered (the page and the
     * terminal are not the place: the save itself built).
     */
    private byte[] searchFile(HttpExchange exchange, Served now, String key) throws IOException {
        try {
            return now.site().index().file(key);
        } catch (RuntimeException e) {
            String message = "could not write the search index: " + e + "\n";
            send(exchange, 500, "txt", message.getBytes(StandardCharsets.UTF_8));
            return new byte[0];
        }
    }

    /** The PDF made now for {@code key}; null for no such edition; empty when a failure was already answered. */
    private byte[] onDemand(HttpExchange exchange, String key) throws IOException {
        try {
            return pdfs.pdf(key);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(exchange, 503, "txt", "the preview is stopping\n".getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            String message = "could not make " + key + ": " + e.getMessage() + "\n";
            send(exchange, 500, "txt", message.getBytes(StandardCharsets.UTF_8));
        }
        return new byte[0];
    }

    private static void page(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, "html", html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Stylesheets, scripts, fonts and images carry an ETag and must be revalidated: a reload after
     * a save then gets "304 Not Modified" for each of them and the browser reuses what it has
     * already parsed, instead of fetching and decoding them all again.
     */
    private static void revalidated(HttpExchange exchange, String type, byte[] body) throws IOException {
        String tag = "\"" + HexFormat.of().formatHex(digest(body), 0, 12) + "\"";
        exchange.getResponseHeaders().set("ETag", tag);
        if (tag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        send(exchange, 200, type, body, "no-cache");
    }

    static byte[] digest(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        send(exchange, status, type, body, "no-store");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, String caching) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(type, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", caching);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the preview's " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
