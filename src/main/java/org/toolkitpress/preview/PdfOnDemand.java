package org.toolkitpress.preview;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.pdf.PrintEdition;
import org.toolkitpress.theme.Theme;

/**
 * The preview's PDFs when they are not made with every build: an edition's PDF is made the first
 * time its download link is opened, and kept until the next good build replaces the content it
 * was made from. Requests for the same PDF wait for one rendering; a PDF whose content was
 * replaced while it rendered is made again from the new content rather than served.
 */
final class PdfOnDemand {

    /** The content PDFs are made from, and the PDFs already made (or being made) from it. */
    private record Source(Toolkit toolkit, Theme theme, Map<String, FutureTask<OutputFile>> made) {
    }

    private final BuildSettings settings;
    private final Markdown markdown;
    private volatile Source source;

    PdfOnDemand(BuildSettings settings, Markdown markdown) {
        this.settings = settings;
        this.markdown = markdown;
    }

    /** The content has changed: PDFs made so far are out of date. */
    void replace(Toolkit toolkit, Theme theme) {
        source = toolkit == null ? null : new Source(toolkit, theme, new ConcurrentHashMap<>());
    }

    /** The PDF at {@code path} (as downloads/guide.pdf) for the current content, or null when no edition has that path. */
    byte[] pdf(String path) throws InterruptedException {
        while (true) {
            Source now = source;
            if (now == null) {
                return null;
            }
            FutureTask<OutputFile> task = new FutureTask<>(
                    () -> PrintEdition.renderOne(now.toolkit(), markdown, now.theme(), settings, path));
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
