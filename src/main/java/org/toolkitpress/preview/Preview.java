package org.toolkitpress.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.Diagnostic;

/**
 * A running preview: builds the site in memory, serves it, and rebuilds on every saved change.
 * Start one with {@link #start}; {@link #close} stops the watcher and the server.
 */
public final class Preview implements AutoCloseable {

    private final BuildSettings settings;
    private final SiteBuilder builder;
    private final PrintWriter log;
    private final PreviewServer server;
    private final Watcher watcher;
    private final PdfOnDemand pdfs;
    private final String host;
    private long build;

    private Preview(PreviewOptions options, PrintWriter log) throws IOException {
        this.settings = Configure.settings(options.project(), null, false, options.brand(), options.clock())
                .withPdf(options.pdf());
        this.builder = new SiteBuilder(settings);
        this.pdfs = options.pdf() ? null : new PdfOnDemand(settings, builder.markdown());
        this.log = log;
        this.host = options.host();
        // Take the port first: a port in use fails fast, before any building.
        this.server = new PreviewServer(new InetSocketAddress(InetAddress.getByName(host), options.port()),
                new PreviewServer.Served(0, Map.of(), List.of()), pdfs);
        try {
            long start = System.nanoTime();
            SiteBuilder.Attempt first = builder.build(Plan.all());
            report(first, start, "built the site");
            madeFrom(first);
            server.show(new PreviewServer.Served(build, first.files(), first.diagnostics()));
            this.watcher = new Watcher(settings.project(), this::changed);
        } catch (IOException | RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    /** Builds the site, starts serving it and starts watching the project. */
    public static Preview start(PreviewOptions options, PrintWriter log) throws IOException {
        return new Preview(options, log);
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
        Plan plan = Plan.of(paths, settings.project());
        if (plan.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        SiteBuilder.Attempt attempt = builder.build(plan);
        report(attempt, start, describe(paths));
        madeFrom(attempt);
        server.show(new PreviewServer.Served(build, attempt.files(), attempt.diagnostics()));
    }

    /** After a good build, PDFs made on demand so far are out of date (before the new site is shown). */
    private void madeFrom(SiteBuilder.Attempt attempt) {
        if (pdfs != null && attempt.ok()) {
            pdfs.replace(builder.toolkit(), builder.theme());
        }
    }

    /** Prints what a rebuild did, or its problems, to the terminal. */
    private void report(SiteBuilder.Attempt attempt, long start, String what) {
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
        List<String> names = paths.stream().filter(p -> p.startsWith(settings.project()))
                .map(p -> settings.project().relativize(p).toString().replace('\\', '/')).sorted().toList();
        if (names.size() == 1) {
            return "changed " + names.get(0);
        }
        return "changed " + names.size() + " files";
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            log.println("toolkit: could not stop watching files cleanly: " + e.getMessage());
        }
        server.stop();
        log.flush();
    }
}
