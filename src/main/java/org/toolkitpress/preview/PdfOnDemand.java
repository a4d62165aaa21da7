package org.toolkitpress.preview;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.toolkitpress.build.Rebuild;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.OutputFile;

/**
 * The preview's PDFs when they are not made with every build: an edition's PDF is made the first
 * time its download link is opened, and kept until the next good build replaces the content it
 * was made from. Requests for the same PDF wait for one rendering; a PDF whose content was
 * replaced while it rendered is made again from the new content rather than served.
 */
final class PdfOnDemand {

    /** The site PDFs are made from, and the PDFs already made (or being made) from it. */
    private record Source(Rebuild.Site site, Map<String, FutureTask<OutputFile>> made) {
    }

    /** Makes one PDF of a site: the build's own, or in a test one that can be held while it works. */
    @FunctionalInterface
    interface Maker {
        OutputFile make(Rebuild.Site site, String path);
    }

    private final Maker maker;
    private volatile Source source;

    PdfOnDemand(BuildSettings settings, Markdown markdown) {
        this((site, path) -> Rebuild.pdf(site, path, settings, markdown));
    }

    PdfOnDemand(Maker maker) {
        this.maker = maker;
    }

    /** The content has changed: PDFs made so far are out of date. */
    void replace(Rebuild.Site site) {
        source = site.toolkit() == null ? null : new Source(site, new ConcurrentHashMap<>());
    }

    /** The PDF at {@code path} (as downloads/guide.pdf) for the current content, or null when no edition has that path. */
    byte[] pdf(String path) throws InterruptedException {
        while (true) {
            Source now = source;
            if (now == null) {
                return null;
            }
            FutureTask<OutputFile> task = new FutureTask<>(
                    () -> maker.make(now.site(), path));
            FutureTask<OutputFile> running = now.made().putIfAbsent(path, task);
            if (running == null) {
                running = task;
                task.run();
            }
            OutputFile file;
            try {
                file = running.get();
            } catch (ExecutionException e) {
                // Let the next request try again (after a fix) rather than keep the failure.
                now.made().remove(path, running);
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
            if (source == now) {
                return file == null ? null : file.bytes();
            }
            // A rebuild replaced the content while this PDF was made: make it from the new content.
        }
    }
}
