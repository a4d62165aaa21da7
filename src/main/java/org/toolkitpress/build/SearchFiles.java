package org.toolkitpress.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Download;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.search.SearchIndex;

/**
 * The search index of one built site, written the first time it is asked for. A build asks at
 * once; the preview asks only when a browser requests a file under {@code search/}, so a save
 * is served without waiting for the whole index (at 1,000 pages it took 93% of a one-page
 * rebuild), and a search after the save still gets the index of the site being served, never an
 * older one. Safe to ask from several threads: the index is written once and kept.
 */
public final class SearchFiles {

    /** Before the first build: no index. */
    static final SearchFiles NONE = new SearchFiles(null, null, List.of());

    private final Toolkit toolkit;
    private final Markdown markdown;
    private final List<Download> downloads;
    private List<OutputFile> written;
    private Map<String, byte[]> byPath;

    SearchFiles(Toolkit toolkit, Markdown markdown, List<Download> downloads) {
        this.toolkit = toolkit;
        this.markdown = markdown;
        this.downloads = downloads;
        if (toolkit == null) {
            this.written = List.of();
            this.byPath = Map.of();
        }
    }

    /** True for a path of the index (whether or not it is written yet). */
    public static boolean isIndexFile(String path) {
        return SearchIndex.isIndexFile(path);
    }

    /** The index's files in the order the build writes them, written now if they were not yet. */
    public synchronized List<OutputFile> files() {
        if (written == null) {
            written = SearchIndex.files(toolkit, markdown, downloads);
            Map<String, byte[]> paths = new HashMap<>();
            written.forEach(f -> paths.put(f.path(), f.bytes()));
            byPath = Map.copyOf(paths);
        }
        return written;
    }

    /** The index's file at {@code path}, written now if the index was not yet; null for a path outside it. */
    public synchronized byte[] file(String path) {
        if (!isIndexFile(path)) {
            return null;
        }
        files();
        return byPath.get(path);
    }

    /** Whether the index has been written (for the preview's tests: a save alone never writes it). */
    public synchronized boolean written() {
        return written != null;
    }
}
