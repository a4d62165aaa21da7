package org.toolkitpress.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.toolkitpress.configure.OutputFolder;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.SourcePos;

/**
 * Publish: takes the output files of a successful build, writes them into a new folder beside
 * the site and swaps it in, so a visitor or a failed build never sees a half-written site and
 * files of older builds never linger. Every site it writes carries {@link OutputFolder#MARKER},
 * and it replaces only a folder that carries one (or is empty). The only stage that writes.
 */
public final class Publish {

    private static final int IO_THREADS = 4;

    private Publish() {
    }

    /**
     * Publishes the files into {@code output}, replacing it whole, and returns whether it did.
     * Refuses a folder that {@link OutputFolder#replaceable} does not accept, and turns an I/O
     * failure into an error with its real cause; either way the previous site stays as it was.
     */
    public static boolean site(List<OutputFile> files, Path output, Diagnostics diagnostics) {
        SourcePos at = SourcePos.file(output.toAbsolutePath().normalize().toString());
        OutputFolder.Refusal refusal = OutputFolder.replaceable(output);
        if (refusal != null) {
            diagnostics.error(at, refusal.message(), refusal.hint());
            return false;
        }
        Leftovers.Names names = Leftovers.names(output, ProcessHandle.current().pid());
        Path staging = names.staging();
        Path previous = names.previous();
        try {
            Files.createDirectories(staging.getParent());
            delete(staging);
            write(files, staging);
            // Asked again at the last moment: someone may have put files in it during the build.
            OutputFolder.Refusal late = OutputFolder.replaceable(output);
            if (late != null) {
                delete(staging);
                diagnostics.error(at, late.message(), late.hint());
                return false;
            }
            delete(previous);
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
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
        } catch (IOException e) {
            try {
                delete(staging);
            } catch (IOException ignored) {
                // The original failure is the one worth reporting.
            }
            diagnostics.error(at, "cannot publish the site: " + cause(e),
                    "check that you may write there and that the disk has room; the previous site is unchanged");
            return false;
        }
        try {
            delete(previous);
        } catch (IOException e) {
            diagnostics.warning(at, "the site is published, but the previous one could not be removed: " + cause(e),
                    "delete " + previous + " yourself, or build again to try once more");
        }
        return true;
    }

    /**
     * Tidies what a publish killed half-way (power cut, {@code kill -9}) left beside
     * {@code output}; see {@link Leftovers}. A problem here is a warning: the build can go on.
     */
    public static void recover(Path output, Diagnostics diagnostics) {
        Leftovers.recover(output, diagnostics);
    }

    /** The real cause of an I/O failure, in words, naming the file: "permission denied: /x/site". */
    public static String cause(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such file or folder: " + missing.getFile();
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return "a file is in the way: " + exists.getFile();
        }
        if (e instanceof NotDirectoryException notDir) {
            return "not a folder: " + notDir.getFile();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT) + (fs.getFile() == null ? "" : ": " + fs.getFile());
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static void write(List<OutputFile> files, Path staging) throws IOException {
        Set<String> seen = new HashSet<>(Set.of(OutputFolder.MARKER));
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
            Path target = targets.get(i);
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, files.get(i).bytes());
            } catch (FileSystemException e) {
                throw e;
            } catch (IOException e) {
                // A full disk fails a write with a bare message: name the file it was writing.
                throw new FileSystemException(target.toString(), null, e.getMessage());
            }
        });
        Files.writeString(staging.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT, StandardCharsets.UTF_8);
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

    static void delete(Path dir) throws IOException {
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
