package org.toolkitpress.configure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a build may publish. Publishing replaces the output folder whole, so it may only ever
 * replace a folder it can prove it made: every published site carries a {@link #MARKER} file,
 * and a folder is accepted only when it does not exist yet, is empty, or carries the marker. The
 * project, its ancestors and its source folders are refused wherever they stand, even when they
 * look replaceable. Configure applies the whole rule before a build starts; publish applies
 * {@link #replaceable} again just before it swaps, in case the folder changed meanwhile.
 */
public final class OutputFolder {

    /** The file in every published site that proves the folder is an earlier Toolkit Press output. */
    public static final String MARKER = ".toolkit-press-site";

    /** What the marker says to someone who opens it; the same every build, so output stays byte-identical. */
    public static final String MARKER_TEXT = "This folder is a site published by Toolkit Press; "
            + "the next build replaces it whole, so keep nothing of your own in it.\n";

    /** The project's own folders: a site may never replace them or be published inside them. */
    private static final List<String> SOURCES = List.of("content", "templates", Configure.BRANDS, "schemas", ".git");

    private static final String OWN_FOLDER = "publish into a folder of its own: leave out -o for site/ in the project, "
            + "or give a new or empty folder";

    private OutputFolder() {
    }

    /** Why a folder cannot take the site, with what to do instead. */
    public record Refusal(String message, String hint) {
    }

    /**
     * Why {@code output} may not take the site of {@code project} (built with the brand folder
     * {@code brand}, or null), or null when it may.
     */
    public static Refusal refusal(Path project, Path brand, Path output) {
        return refusal(project, brand, output, home());
    }

    /** As {@link #refusal(Path, Path, Path)}, with the user's home folder (or null) given. */
    static Refusal refusal(Path project, Path brand, Path output, Path home) {
        Refusal misplaced = misplaced(project, brand, output, home);
        return misplaced != null ? misplaced : replaceable(output);
    }

    /**
     * Why {@code output} is no place for sites of {@code project} wherever it stands, whatever it
     * holds (the project, a folder above it, one of its sources…), or null. This alone is asked of
     * the folder that holds the sites of {@code --all-brands}, which is never replaced itself.
     */
    public static Refusal misplaced(Path project, Path output) {
        return misplaced(project, null, output, home());
    }

    private static Path home() {
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home);
    }

    private static Refusal misplaced(Path project, Path brand, Path output, Path home) {
        Path out = output.toAbsolutePath().normalize();
        if (out.getParent() == null) {
            return new Refusal(says(out, "it is the root of the file system"), OWN_FOLDER);
        }
        Path real = real(out);
        Path root = real(project.toAbsolutePath().normalize());
        if (home != null && real.equals(real(home.toAbsolutePath().normalize()))) {
            return new Refusal(says(out, "it is your home folder"), OWN_FOLDER);
        }
        if (real.equals(root)) {
            return new Refusal(says(out, "it is the project folder"), OWN_FOLDER);
        }
        if (root.startsWith(real)) {
            return new Refusal(says(out, "it holds the project folder"), OWN_FOLDER);
        }
        for (String source : SOURCES) {
            Path folder = root.resolve(source);
            if (real.startsWith(folder)) {
                return new Refusal(says(out, (real.equals(folder) ? "it is the project's " : "it is inside the project's ")
                        + source + "/ folder"), OWN_FOLDER);
            }
        }
        for (Path part : real) {
            if (part.toString().equals(".git")) {
                return new Refusal(says(out, "it is inside a Git folder"), OWN_FOLDER);
            }
        }
        if (brand != null && real.startsWith(real(brand.toAbsolutePath().normalize()))) {
            return new Refusal(says(out, "it is the brand folder or inside it"), OWN_FOLDER);
        }
        return null;
    }

    /**
     * Why publishing may not replace {@code output} as it stands on disk, or null when it may: it
     * does not exist, is an empty folder, or is a folder holding the {@link #MARKER}.
     */
    public static Refusal replaceable(Path output) {
        Path out = output.toAbsolutePath().normalize();
        if (out.getParent() == null) {
            return new Refusal(says(out, "it is the root of the file system"), OWN_FOLDER);
        }
        if (Files.isSymbolicLink(out)) {
            return new Refusal(says(out, "it is a symbolic link"), "give the folder it points to instead");
        }
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            return new Refusal(says(out, "it is a file, not a folder"), "give a new or empty folder for the site");
        }
        if (Files.isRegularFile(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isEmpty()) {
                return null;
            }
        } catch (IOException e) {
            return new Refusal(says(out, "it cannot be read (" + e + ")"), "give a new or empty folder for the site");
        }
        return new Refusal(says(out, "it holds files that Toolkit Press did not make (it has no " + MARKER + " file)"),
                "if it is a site built before Toolkit Press marked its sites, delete it yourself and build again; "
                        + "otherwise give a new or empty folder with -o");
    }

    private static String says(Path out, String why) {
        return "will not publish into " + out + ": " + why;
    }

    /**
     * The path with symbolic links in its existing part resolved, so a link cannot disguise the
     * project or one of its folders; the part that does not exist yet is kept as written.
     */
    private static Path real(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path)).normalize();
        } catch (IOException e) {
            return path;
        }
    }
}
