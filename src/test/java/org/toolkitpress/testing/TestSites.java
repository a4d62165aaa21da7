package org.toolkitpress.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.toolkitpress.build.Build;
import org.toolkitpress.cli.Main;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;

/** Helpers for tests that build whole sites: fixtures, temporary copies, the CLI in-process. */
public final class TestSites {

    private TestSites() {
    }

    /** The repository root (Surefire passes it; an IDE runs from it). */
    public static Path projectRoot() {
        return Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
    }

    /** A whole-site fixture under src/test/resources/sites/. */
    public static Path fixture(String name) {
        return projectRoot().resolve("src/test/resources/sites").resolve(name);
    }

    /** A fresh copy of a folder in {@code temp}, so a test may change or build it freely. */
    public static Path copy(Path source, Path temp) {
        return tree(source, temp.resolve(source.getFileName().toString()), (from, to) -> Files.copy(from, to));
    }

    /**
     * Replaces the editions of a copied project's {@code content/toolkit.yml}, and everything
     * after them, with {@code tail} (YAML that starts with {@code editions:}, or with settings
     * such as {@code base_url} and then the editions): a test prints only the PDFs it reads.
     */
    public static void printOnly(Path project, String tail) {
        Path toolkitYml = project.resolve("content/toolkit.yml");
        try {
            String yml = Files.readString(toolkitYml);
            Files.writeString(toolkitYml, yml.substring(0, yml.indexOf("\neditions:")) + "\n" + tail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of a folder's tree whose files are hard links to the originals: a real folder for
     * whoever walks it, made in milliseconds, sharing the bytes. Read-only, like the original.
     */
    public static Path linkedCopy(Path source, Path target) {
        return tree(source, target, (from, to) -> Files.createLink(to, from));
    }

    private interface FileCopy {
        void copy(Path from, Path to) throws IOException;
    }

    private static Path tree(Path source, Path target, FileCopy file) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.sorted().toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    file.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The day tests build on, so review-date notices do not change as the calendar moves. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    /** The settings of a web-only build of {@code project} into {@code site} on {@link #CLOCK}'s day, written or not. */
    public static BuildSettings webOnly(Path project, Path site, boolean write) {
        return Configure.settings(project, site, write, CLOCK).withPdf(false);
    }

    /** Builds a project into {@code out} (publishing when the build succeeds), on {@link #CLOCK}'s day. */
    public static Build.Result build(Path project, Path out) {
        return Build.run(Configure.settings(project, out, true, CLOCK));
    }

    /** A site built once in this JVM: its folder (read-only to tests) and the build's result. */
    public record Built(Path site, Build.Result result) {
    }

    /** What a shared build is: a project, with or without PDFs, and the name of a change made to a copy of it ("" for none). */
    private record Recipe(Path project, boolean pdf, String variant) {
    }

    /** Builds under way or done, one per recipe; a build fails every caller the same way. */
    private static final Map<Recipe, CompletableFuture<Built>> BUILT = new ConcurrentHashMap<>();

    private static final Path SHARED = sharedFolder();

    /**
     * {@code project} built (published, on {@link #CLOCK}'s day, with its PDFs when {@code pdf})
     * once per test JVM and shared by every test that only reads it: a fresh build from the
     * fixture on each run of the suite, never a copy from an earlier one. The first caller
     * builds; others wait for it. A test that changes a site works on its own {@link #copy}.
     */
    public static Built built(Path project, boolean pdf) {
        return built(new Recipe(project.toAbsolutePath().normalize(), pdf, ""), null);
    }

    /** A change made to a fresh copy of a project before it is built. */
    public interface Change {
        void apply(Path project) throws IOException;
    }

    /**
     * The default content (this repository's {@code content/}) copied, changed by {@code change},
     * then built with its PDFs once per test JVM and shared as {@link #built(Path, boolean)} is:
     * for classes that read the same variant of the default content (settings or pages added),
     * each distinct PDF then built once and validated once. {@code name} names the variant, and
     * one name must always mean the same change: the first caller's change is the one built.
     */
    public static Built builtVariant(String name, Change change) {
        return built(new Recipe(projectRoot(), true, name), change);
    }

    private static Built built(Recipe recipe, Change change) {
        CompletableFuture<Built> mine = new CompletableFuture<>();
        CompletableFuture<Built> theirs = BUILT.putIfAbsent(recipe, mine);
        String what = recipe.project().getFileName() + (recipe.variant().isEmpty() ? "" : " (" + recipe.variant() + ")")
                + (recipe.pdf() ? " with PDFs" : "");
        if (theirs != null) {
            if (theirs.isDone()) {
                return theirs.join();
            }
            Timeline.mark("wait", what);
            Built built = theirs.join();
            Timeline.mark("waited", what);
            return built;
        }
        Timeline.mark("build", what);
        try {
            Path folder = Files.createTempDirectory(SHARED, "site");
            Path project = recipe.project();
            if (change != null) {
                project = Files.createDirectories(folder.resolve("project"));
                copy(recipe.project().resolve("content"), project);
                change.apply(project);
            }
            Path site = folder.resolve("site");
            Build.Result result = Build.run(Configure.settings(project, site, true, CLOCK).withPdf(recipe.pdf()));
            Timeline.mark("built", what);
            if (!result.published()) {
                throw new IllegalStateException(what + " did not build: " + result.diagnostics().sorted());
            }
            Built built = new Built(site, result);
            mine.complete(built);
            return built;
        } catch (IOException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Where the shared sites live; removed when the JVM ends. */
    private static Path sharedFolder() {
        try {
            Path folder = Files.createTempDirectory("toolkit-press-shared-sites");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder), "delete shared sites"));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one run of the command line printed and returned. */
    public record CliRun(int exitCode, String out, String err) {
    }

    public static CliRun cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
