package org.toolkitpress.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.toolkitpress.model.OutputFile;

/**
 * The files of a published site by path, each read from the site only when asked for: a build
 * that wrote its pages as they rendered reports what it made without holding it in memory
 * (at 5,000 pages the HTML alone is over 100 MB). Reading a file the site no longer holds (it
 * was replaced since) fails.
 */
final class PublishedFiles extends AbstractList<OutputFile> implements RandomAccess {

    private final Path site;
    private final List<String> paths;

    PublishedFiles(Path site, List<String> paths) {
        this.site = site;
        this.paths = List.copyOf(paths);
    }

    @Override
    public OutputFile get(int index) {
        String path = paths.get(index);
        try {
            return new OutputFile(path, Files.readAllBytes(site.resolve(path)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the published file " + path, e);
        }
    }

    @Override
    public int size() {
        return paths.size();
    }
}
