package org.toolkitpress.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.model.OutputFile;

/**
 * Publish: takes the output files of a successful build, writes them into a new folder beside
 * the site and swaps it in, so a visitor or a failed build never sees a half-written site and
 * files of older builds never linger. The only stage that writes.
 */
public final class Publish {

    private Publish() {
    }

    public static void site(List<OutputFile> files, Path output) {
        Path parent = output.toAbsolutePath().getParent();
        String name = output.getFileName().toString();
        Path staging = parent.resolve("." + name + ".building-" + ProcessHandle.current().pid());
        Path previous = parent.resolve("." + name + ".previous-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(parent);
            delete(staging);
            write(files, staging);
            delete(previous);
            if (Files.exists(output)) {
                Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (Files.exists(previous)) {
                    Files.move(previous, output, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            delete(previous);
        } catch (IOException e) {
            try {
                delete(staging);
            } catch (IOException ignored) {
                // The original failure is the one worth reporting.
            }
            throw new UncheckedIOException("cannot publish the site to " + output, e);
        }
    }

    private static void write(List<OutputFile> files, Path staging) throws IOException {
        Set<String> seen = new HashSet<>();
        for (OutputFile file : files) {
            if (!LayeredFiles.isSafe(file.path()) || !seen.add(file.path())) {
                throw new IOException("refusing to write output path \"" + file.path() + "\" (unsafe or written twice)");
            }
            Path target = staging.resolve(file.path()).normalize();
            if (!target.startsWith(staging)) {
                throw new IOException("refusing to write outside the site: " + file.path());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.bytes());
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
