package org.toolkitpress.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.toolkitpress.build.Change;
import org.toolkitpress.build.Rebuild;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.SourcePos;

/**
 * A running preview: builds the site in memory, serves it, and rebuilds on every saved change.
 * Start one with {@link #start}; {@link #close} stops the watcher and the server.
 *
 * <p>Rebuilds run one at a time, on the watcher's thread. Files saved while one runs gather in
 * the watcher and make the next one, so no save is lost; the watcher starts before the first
 * build, so every save after that build has read the files is seen.
 */
public final class Preview implements AutoCloseable {

    /** One rebuild. The preview's is {@link Rebuild#after}; a test may wrap it to hold or fail a rebuild. */
    @FunctionalInterface
    interface Step {
        Rebuild.Attempt build(Change change, Rebuild.Site last);
    }

    private final BuildSettings settings;
    // One parser for the preview's whole life, as one build would have.
    private final Markdown markdown = Markdown.create();
    private final Step step;
    private final PrintWriter log;
    private final PreviewServer server;
    private final PdfOnDemand pdfs;
    private final String host;
    private volatile Watcher watcher;
    private Rebuild.Site site = Rebuild.Site.NONE;
    private long build;

    private Preview(PreviewOptions options, PrintWriter log, UnaryOperator<Step> around) throws IOException {
        this.settings = Configure.settings(options.project(), null, false, options.brand(), options.clock())
                .withPdf(options.pdf());
        this.step = around.apply((change, last) -> Rebuild.after(change, last, settings, markdown));
        this.pdfs = options.pdf() ? null : new PdfOnDemand(settings, markdown);
        this.log = log;
        this.host = options.host();
        // Take the port first: a port in use fails fast, before any building.
        this.server = new PreviewServer(new InetSocketAddress(InetAddress.getByName(host), options.port()),
                new PreviewServer.Served(0, Rebuild.Site.NONE, List.of()), pdfs);
    }

    /** Starts watching the project, starts serving, and builds the site; returns once it is built. */
    public static Preview start(PreviewOptions options, PrintWriter log) throws IOException {
        return start(options, log, UnaryOperator.identity());
    }

    /** As {@link #start(PreviewOptions, PrintWriter)}, with each rebuild passed through {@code around} (for tests). */
    static Preview start(PreviewOptions options, PrintWriter log, UnaryOperator<Step> around) throws IOException {
        Preview preview = new Preview(options, log, around);
        try {
            preview.begin();
        } catch (IOException | RuntimeException | Error e) {
            preview.close();
            throw e;
        }
        return preview;
    }

    /**
     * Watching comes first: a save made from now on is either read by the first build or seen
     * by the watcher, which waits for this method to finish before it rebuilds. Until the first
     * build is shown, a tab that asks gets a stand-in page that reloads by itself.
     */
    private synchronized void begin() throws IOException {
        watcher = new Watcher(settings.project(), this::changed);
        server.start();
        rebuild(Change.all(), Set.of(), "built the site");
    }

    /** The address to open in a browser. */
    public URI address() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + server.port() + "/");
    }

    public int port() {
        return server.port();
    }

    /** How many browser tabs are listening for reloads (for tests and the terminal). */
    public int openTabs() {
        return server.openTabs();
    }

    private synchronized void changed(Set<Path> paths) {
        Change change = Change.of(paths, settings.project());
        if (!change.isEmpty()) {
            rebuild(change, paths, describe(paths));
        }
    }

    /**
     * Builds again and serves the outcome. Nothing a rebuild throws stops the preview: a fault
     * (a bug, a template that calls itself until the stack runs out, a page too big for memory)
     * is shown in the problems panel like a content error, and the next save builds everything
     * again from disk.
     */
    private void rebuild(Change change, Set<Path> paths, String what) {
        long start = System.nanoTime();
        Rebuild.Attempt attempt;
        try {
            attempt = step.build(change, site);
        } catch (RuntimeException | Error fault) {
            attempt = Rebuild.failed(site, fault(fault, paths));
        }
        site = attempt.site();
        report(attempt, start, what);
        // After a good build, PDFs made on demand so far are out of date (before the new site is shown).
        if (pdfs != null && attempt.ok()) {
            pdfs.replace(site);
        }
        // The index is not written here: the first request for one of its files writes it, from this site.
        server.show(new PreviewServer.Served(build, site, attempt.diagnostics()));
    }

    /** A fault in a rebuild as a problem to show, at the file that was saved (or the project's settings). */
    private Diagnostics fault(Throwable fault, Set<Path> paths) {
        List<String> saved = names(paths);
        SourcePos at = SourcePos.file(saved.size() == 1 ? saved.get(0) : "content/toolkit.yml");
        Diagnostics diagnostics = new Diagnostics();
        if (fault instanceof StackOverflowError) {
            diagnostics.error(at, "the rebuild nested too deeply and stopped (StackOverflowError)",
                    "a template that includes or calls itself without end, or Markdown nested hundreds of levels, "
                            + "does this: undo the last change and save again");
        } else if (fault instanceof OutOfMemoryError) {
            diagnostics.error(at, "the rebuild ran out of memory and stopped",
                    "a very large page or data file does this: make it smaller, or give Java more memory (-Xmx)");
        } else {
            diagnostics.error(at, "the rebuild stopped on an internal error: " + fault,
                    "this is a fault in Toolkit Press, not in your content; please report it. Save again to retry");
        }
        if (System.getenv("TOOLKIT_DEBUG") != null) {
            // For a bug report: each cause and where it was thrown, one line each, not a trace.
            for (Throwable cause = fault; cause != null; cause = cause.getCause()) {
                StackTraceElement[] frames = cause.getStackTrace();
                log.println("  cause: " + cause + (frames.length > 0 ? " at " + frames[0] : ""));
            }
        }
        return diagnostics;
    }

    /** Prints what a rebuild did, or its problems, to the terminal. */
    private void report(Rebuild.Attempt attempt, long start, String what) {
        build++;
        double millis = (System.nanoTime() - start) / 1e6;
        for (Diagnostic d : attempt.diagnostics()) {
            log.println(d.format());
        }
        if (attempt.ok()) {
            log.println(String.format(Locale.ROOT, "%s: %s%d file%s in %.0f ms", what, attempt.whole() ? "whole site, " : "",
                    attempt.rendered(), attempt.rendered() == 1 ? "" : "s", millis));
        } else {
            long errors = attempt.diagnostics().stream().filter(Diagnostic::isError).count();
            log.println(String.format(Locale.ROOT, "%s: %d error%s; still showing the last version that built",
                    what, errors, errors == 1 ? "" : "s"));
        }
        log.flush();
    }

    private String describe(Set<Path> paths) {
        List<String> names = names(paths);
        return names.size() == 1 ? "changed " + names.get(0) : "changed " + names.size() + " files";
    }

    /** Project-relative paths of the saved files, sorted. */
    private List<String> names(Set<Path> paths) {
        return paths.stream().filter(p -> p.startsWith(settings.project()))
                .map(p -> settings.project().relativize(p).toString().replace('\\', '/')).sorted().toList();
    }

    @Override
    public void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            log.println("toolkit: could not stop watching files cleanly: " + e.getMessage());
        }
        server.stop();
        log.flush();
    }
}
