package org.toolkitpress.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file lookup of a build — content, data, templates, theme assets, fonts — goes through
 * this resolver. It searches an ordered list of roots and the first root holding a path wins, so
 * a brand overlay or a project can replace any built-in file by writing one at the same path.
 * Paths are relative with forward slashes; a path that would leave its root is refused.
 */
public final class LayeredFiles {

    /** One layer: a folder on disk (or inside the jar) and the name it has in messages. */
    public record Root(String name, Path dir) {
    }

    private final List<Root> roots;

    public LayeredFiles(List<Root> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The built-in defaults that ship inside the Toolkit Press jar (the default theme). */
    public static Root builtInDefaults() {
        URL url = LayeredFiles.class.getResource("/toolkit-press/defaults");
        if (url == null) {
            throw new IllegalStateException("the built-in defaults are missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // Opened by an earlier build in this JVM; the path below reuses it.
                }
            }
            return new Root("(built-in)", Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in defaults at " + url, e);
        }
    }

    public List<Root> roots() {
        return roots;
    }

    /** True when the relative path stays inside a root once normalised. */
    public static boolean isSafe(String relative) {
        if (relative == null || relative.isEmpty() || relative.startsWith("/") || relative.startsWith("\\")
                || relative.contains("\\") || relative.contains(":") || relative.indexOf('\0') >= 0) {
            return false;
        }
        Path normal = Path.of(relative).normalize();
        return !normal.toString().isEmpty() && !normal.startsWith("..");
    }

    /** The file at a relative path in the first root that has it. */
    public Optional<Path> find(String relative) {
        if (!isSafe(relative)) {
            return Optional.empty();
        }
        for (Root root : roots) {
            Path candidate = root.dir().resolve(relative).normalize();
            if (candidate.startsWith(root.dir()) && Files.isRegularFile(candidate) && staysInside(root, candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Every root's file at a relative path, top layer first: the first is the one {@link #find}
     * gives, the rest are the files it replaces.
     */
    public List<Path> all(String relative) {
        List<Path> found = new ArrayList<>();
        if (!isSafe(relative)) {
            return found;
        }
        for (Root root : roots) {
            Path candidate = root.dir().resolve(relative).normalize();
            if (candidate.startsWith(root.dir()) && Files.isRegularFile(candidate) && staysInside(root, candidate)) {
                found.add(candidate);
            }
        }
        return found;
    }

    /** The path of a resolved file relative to the root that holds it. */
    public Optional<String> relative(Path file) {
        for (Root root : roots) {
            if (file.startsWith(root.dir())) {
                return Optional.of(relativeName(root.dir(), file));
            }
        }
        return Optional.empty();
    }

    public boolean exists(String relative) {
        return find(relative).isPresent();
    }

    /**
     * Every file below a folder across all roots, as relative paths (from the roots, not the
     * folder), sorted; where two roots hold the same path the first wins.
     */
    public Map<String, Path> list(String folder) {
        Map<String, Path> found = new TreeMap<>();
        walk(folder, (root, paths) -> {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String relative = relativeName(root.dir(), file);
                boolean hidden = relative.contains("/.") || relative.startsWith(".");
                if (!hidden && (!Files.isSymbolicLink(file) || staysInside(root, file))) {
                    found.putIfAbsent(relative, file);
                }
            }
        });
        return found;
    }

    /**
     * The symbolic links below a folder (files or folders) that lead out of their root, which
     * {@link #list} leaves out: relative path to the link itself, sorted, the first root winning.
     */
    public Map<String, Path> linksOutside(String folder) {
        Map<String, Path> found = new TreeMap<>();
        walk(folder, (root, paths) -> {
            for (Path link : paths.filter(Files::isSymbolicLink).sorted().toList()) {
                if (!staysInside(root, link)) {
                    found.putIfAbsent(relativeName(root.dir(), link), link);
                }
            }
        });
        return found;
    }

    /** Walks a folder in each root that has it inside the root, top layer first. */
    private void walk(String folder, java.util.function.BiConsumer<Root, Stream<Path>> visit) {
        if (!isSafe(folder)) {
            return;
        }
        for (Root root : roots) {
            Path dir = root.dir().resolve(folder).normalize();
            if (!Files.isDirectory(dir) || !staysInside(root, dir)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                visit.accept(root, paths);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
    }

    /** How a resolved file is named in messages: project files relative to the project. */
    public String displayName(Path file) {
        for (Root root : roots) {
            if (file.startsWith(root.dir())) {
                String relative = relativeName(root.dir(), file);
                return root.name().isEmpty() ? relative : root.name() + "/" + relative;
            }
        }
        return file.toString();
    }

    /** The roots after the one that holds {@code file}: where a replaced file's original lives. */
    public LayeredFiles below(Path file) {
        for (int i = 0; i < roots.size(); i++) {
            if (file.startsWith(roots.get(i).dir())) {
                return new LayeredFiles(roots.subList(i + 1, roots.size()));
            }
        }
        return new LayeredFiles(List.of());
    }

    private static String relativeName(Path dir, Path file) {
        List<String> parts = new ArrayList<>();
        for (Path part : dir.relativize(file)) {
            parts.add(part.toString());
        }
        return String.join("/", parts);
    }

    /** Refuses a symbolic link that leads out of its root. */
    private static boolean staysInside(Root root, Path path) {
        if (!"file".equals(path.getFileSystem().provider().getScheme())) {
            return true;
        }
        try {
            return path.toRealPath().startsWith(root.dir().toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
