package org.toolkitpress.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.model.OutputFile;

/**
 * Publish: takes the output files of a successful build, writes them into a new folder beside
 * the site and swaps it in, so a visitor or a failed build never sees a half-written site and
 * files of older builds never linger. The only stage that writes.
 */
public final class Publish {

    private static final int IO_THREADS = 4;

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
        List<Path> targets = new ArrayList<>(files.size());
        for (OutputFile file : files) {
            if (!LayeredFiles.isSafe(file.path()) || !seen.add(file.path())) {
                throw new IOException("refusing to write output path \"" + file.path() + "\" (unsafe or written twice)");
            }
            Path target = staging.resolve(file.path()).normalize();
            if (!target.startsWith(staging)) {
                throw new IOException("refusing to write outside the site: " + file.path());
            }
            targets.add(target);
        }
        Files.createDirectories(staging);
        inParallel(files.size(), i -> {
            Files.createDirectories(targets.get(i).getParent());
            Files.write(targets.get(i), files.get(i).bytes());
        });
    }

    /** An I/O step for one file of many. */
    private interface FileStep {
        void run(int index) throws IOException;
    }

    /**
     * Runs one I/O step per file on a few threads: writing thousands of small files is bound by
     * the disk's queue, not the CPU, and several requests in flight roughly halve the time.
     */
    private static void inParallel(int count, FileStep step) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(IO_THREADS);
        try {
            List<Future<?>> pending = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                pending.add(pool.submit(() -> {
                    step.run(index);
                    return null;
                }));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while publishing", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        List<Path> regular = all.stream().filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        inParallel(regular.size(), i -> Files.delete(regular.get(i)));
        for (Path p : all) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(p);
            }
        }
    }
}
