package org.toolkitpress.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one PDF may read: files inside the project, the brand and the theme (the roots of the
 * build's layered folders, symbolic links followed), nothing else — no other {@code file:}, no
 * {@code http:} or {@code https:}, no other scheme. The check stage refuses such addresses in
 * the source with a position; this is the last line of defence, and it never fetches. What it
 * refused is kept so the build can report it.
 */
final class ResourceGate implements FSStreamFactory {

    private final List<Path> roots;
    private final Set<String> refused = Collections.synchronizedSet(new LinkedHashSet<>());

    /** {@code roots}: folders on disk or inside the Toolkit Press jar. */
    ResourceGate(List<Path> roots) {
        List<Path> real = new ArrayList<>();
        for (Path root : roots) {
            real.add(real(root));
        }
        this.roots = List.copyOf(real);
    }

    /** True when the engine may read {@code uri}; otherwise remembers it as refused. */
    boolean allows(String uri) {
        if (uri != null && inRoots(uri)) {
            return true;
        }
        refused.add(uri == null ? "" : uri);
        return false;
    }

    private boolean inRoots(String uri) {
        String scheme = uri.contains(":") ? uri.substring(0, uri.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("file") && !scheme.equals("jar")) {
            return false;
        }
        try {
            URI parsed = new URI(uri);
            if (parsed.getRawQuery() != null || parsed.getRawFragment() != null && scheme.equals("file")) {
                return false;
            }
            Path path = real(Path.of(parsed).normalize());
            return roots.stream().anyMatch(root -> root.getFileSystem().equals(path.getFileSystem()) && path.startsWith(root));
        } catch (Exception malformedOrUnknownFileSystem) {
            return false;
        }
    }

    /** The path with symbolic links resolved when it exists on the default file system. */
    private static Path real(Path path) {
        if (path.getFileSystem() != FileSystems.getDefault() || !Files.exists(path)) {
            return path.toAbsolutePath().normalize();
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** The addresses refused so far, in the order first asked for. */
    List<String> refused() {
        synchronized (refused) {
            return List.copyOf(refused);
        }
    }

    /** The engine's http and https reader: refuses every address without opening a connection. */
    @Override
    public FSStream getUrl(String url) {
        refused.add(url);
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return new ByteArrayInputStream(new byte[0]);
            }

            @Override
            public Reader getReader() {
                return new StringReader("");
            }
        };
    }
}
