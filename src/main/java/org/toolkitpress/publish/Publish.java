package org.toolkitpress.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.toolkitpress.configure.OutputFolder;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.SourcePos;

/**
 * Publish: takes the output files of a build, writes them into a new folder beside the site
 * (as they are made, through a {@link Staging}) and swaps it in only when the build succeeded,
 * so a visitor or a failed build never sees a half-written site and files of older builds
 * never linger. Every site it writes carries {@link OutputFolder#MARKER}, and it replaces only
 * a folder that carries one (or is empty). The only stage that writes.
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
        Staging staging = stage(output);
        files.forEach(staging);
        return staging.publish(diagnostics);
    }

    /**
     * Starts a site for {@code output}: files given to the {@link Staging} are written at once
     * into a new folder beside it, so a build need not hold every page it renders until the end;
     * {@link Staging#publish} swaps the folder in. Whether the folder may be replaced is asked
     * now and again at the last moment, and a refusal or a failure to write is reported only by
     * {@code publish}, after the build has found every other problem.
     */
    public static Staging stage(Path output) {
        return new Staging(output);
    }

    /**
     * A site being written beside its output folder. Accepts files from several threads at once
     * (pages as they render); at most a few are in flight at a time, so the bytes waiting to be
     * written stay few. After the first failure it writes nothing more: {@link #publish} reports
     * it and removes the folder, and the previous site is untouched.
     */
    public static final class Staging implements Consumer<OutputFile> {

        /** Files waiting for a writer at most: enough to keep the disk's queue full. */
        private static final int IN_FLIGHT = 4 * IO_THREADS;

        private final Path output;
        private final SourcePos at;
        private final OutputFolder.Refusal refusal;
        private final Path staging;
        private final Path previous;
        private final Set<String> seen = ConcurrentHashMap.newKeySet();
        /** Folders made so far: each page's folder is made once, without asking the disk whether it exists. */
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        private final List<String> paths = Collections.synchronizedList(new ArrayList<>());
        private final Semaphore slots = new Semaphore(IN_FLIGHT);
        private final AtomicReference<IOException> failure = new AtomicReference<>();
        private ExecutorService writers;
        private boolean finished;

        private Staging(Path output) {
            this.output = output;
            this.at = SourcePos.file(output.toAbsolutePath().normalize().toString());
            this.refusal = OutputFolder.replaceable(output);
            Leftovers.Names names = Leftovers.names(output, ProcessHandle.current().pid());
            this.staging = names.staging();
            this.previous = names.previous();
            if (refusal != null) {
                return;
            }
            try {
                Files.createDirectories(staging.getParent());
                delete(staging);
                Files.createDirectories(staging);
                folders.add(staging);
                writers = Executors.newFixedThreadPool(IO_THREADS, runnable -> {
                    Thread writer = new Thread(runnable, "publish");
                    writer.setDaemon(true);
                    return writer;
                });
            } catch (IOException e) {
                failure.compareAndSet(null, e);
            }
        }

        /** Writes {@code file} into the new site (on a writer thread), or drops it after a refusal or failure. */
        @Override
        public void accept(OutputFile file) {
            if (refusal != null || failure.get() != null) {
                return;
            }
            Path target = staging.resolve(file.path()).normalize();
            if (!LayeredFiles.isSafe(file.path()) || file.path().equals(OutputFolder.MARKER) || !seen.add(file.path())) {
                failure.compareAndSet(null, new IOException("refusing to write output path \"" + file.path()
                        + "\" (unsafe or written twice)"));
                return;
            }
            if (!target.startsWith(staging)) {
                failure.compareAndSet(null, new IOException("refusing to write outside the site: " + file.path()));
                return;
            }
            paths.add(file.path());
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, new IOException("interrupted while publishing", e));
                return;
            }
            writers.execute(() -> {
                try {
                    if (failure.get() == null) {
                        write(target, file.bytes());
                    }
                } catch (IOException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    slots.release();
                }
            });
        }

        private void write(Path target, byte[] bytes) throws IOException {
            try {
                Path folder = target.getParent();
                if (!folders.contains(folder)) {
                    Files.createDirectories(folder);
                    folders.add(folder);
                }
                Files.write(target, bytes);
            } catch (FileSystemException e) {
                throw e;
            } catch (IOException e) {
                // A full disk fails a write with a bare message: name the file it was writing.
                throw new FileSystemException(target.toString(), null, e.getMessage());
            }
        }

        /**
         * The paths written so far, sorted, each file read back from the published site when its
         * bytes are asked for: what a build reports, without holding the site in memory.
         */
        public List<OutputFile> published() {
            List<String> sorted;
            synchronized (paths) {
                sorted = paths.stream().sorted().toList();
            }
            return new PublishedFiles(output, sorted);
        }

        /**
         * Waits for the writes, then swaps the new site in and returns whether it did; a refusal
         * or an I/O failure becomes an error, and the previous site stays as it was.
         */
        public boolean publish(Diagnostics diagnostics) {
            if (refusal != null) {
                diagnostics.error(at, refusal.message(), refusal.hint());
                return false;
            }
            try {
                finish();
                if (failure.get() != null) {
                    throw failure.get();
                }
                Files.writeString(staging.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT, StandardCharsets.UTF_8);
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

        /** Gives up the new site (the build failed): waits for the writes and removes the folder. */
        public void abandon() {
            if (refusal != null) {
                return;
            }
            try {
                finish();
                delete(staging);
            } catch (IOException e) {
                // Left beside the site under this process's name: the next build's recover() removes it.
                failure.compareAndSet(null, e);
            }
        }

        private void finish() throws IOException {
            if (finished || writers == null) {
                return;
            }
            finished = true;
            writers.shutdown();
            try {
                // A slow disk is waited for, as long as it takes, as a publish of a finished list was.
                writers.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                writers.shutdownNow();
                throw new IOException("interrupted while publishing", e);
            }
        }
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

    /**
     * Removes {@code dir} and everything in it; a link inside is removed, never followed. Where
     * the platform offers it (Linux), each folder is opened once and its entries are looked at
     * and removed by name relative to it: one {@code fstatat} and one {@code unlinkat} an entry,
     * where walking by path asked the disk about each about five times (a 1,000-page site: 3,400
     * entries, 17,000 stat calls). The top folder's entries are removed on a few threads.
     */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(dir);
            return;
        }
        try (DirectoryStream<Path> top = Files.newDirectoryStream(dir)) {
            if (!(top instanceof SecureDirectoryStream<Path> secure)) {
                deleteByPath(dir);
                return;
            }
            List<Path> names = new ArrayList<>();
            top.forEach(entry -> names.add(entry.getFileName()));
            inParallel(names.size(), i -> remove(secure, names.get(i)));
        }
        Files.delete(dir);
    }

    /** Removes the entry {@code name} of the open folder {@code in}, a folder with all it holds. */
    private static void remove(SecureDirectoryStream<Path> in, Path name) throws IOException {
        BasicFileAttributes attributes = in.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .readAttributes();
        if (!attributes.isDirectory()) {
            in.deleteFile(name);
            return;
        }
        try (SecureDirectoryStream<Path> folder = in.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> names = new ArrayList<>();
            folder.forEach(entry -> names.add(entry.getFileName()));
            for (Path entry : names) {
                remove(folder, entry);
            }
        }
        in.deleteDirectory(name);
    }

    /** {@link #delete} where folders cannot be opened to work in: a walk by path, files on a few threads. */
    private static void deleteByPath(Path dir) throws IOException {
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
