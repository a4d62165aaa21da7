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
import java.util.stream.Stream;
import org.toolkitpress.build.Build;
import org.toolkitpress.cli.Main;
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
        Path target = temp.resolve(source.getFileName().toString());
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.sorted().toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The day tests build on, so review-date notices do not change as the calendar moves. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    /** Builds a project into {@code out} (publishing when the build succeeds), on {@link #CLOCK}'s day. */
    public static Build.Result build(Path project, Path out) {
        return Build.run(Configure.settings(project, out, true, CLOCK));
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
