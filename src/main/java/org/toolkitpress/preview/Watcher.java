package org.toolkitpress.preview;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Watches the project's {@code content/}, {@code templates/} and {@code brands/} folders and
 * hands over changed files in batches. Editors often save by writing a temporary file and
 * renaming it, which is several events for one save: events that arrive within a few
 * milliseconds of each other become one batch, so one save is one rebuild. Batches are
 * delivered on one thread, in order. A watched folder created after the start (a first
 * template override, a first brand) is picked up by a small watch on the project folder itself.
 *
 * <p>Files that change while a batch is being handled gather for the next batch: none is lost,
 * and a burst of saves during one rebuild makes one more rebuild, not one per save.
 */
final class Watcher implements AutoCloseable {

    static final List<String> FOLDERS = List.of("content", "templates", "brands");

    /** How long the folders must be quiet before a batch is handed over. */
    private static final long QUIET_MILLIS = 5;

    private final Path project;
    private final Set<Path> pending = new LinkedHashSet<>();
    private final WatchService projectWatch;
    private final Thread deliverer;
    private final Thread folderFinder;
    // The library's own default runs its loop on the common fork-join pool, which has one
    // thread on a two-core machine and is shared with anything else in the JVM.
    private final ExecutorService loop = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "toolkit-preview-files");
        t.setDaemon(true);
        return t;
    });
    private DirectoryWatcher watcher;
    private boolean closed;

    Watcher(Path project, Consumer<Set<Path>> onBatch) throws IOException {
        this.project = project;
        this.watcher = watch();
        this.projectWatch = project.getFileSystem().newWatchService();
        project.register(projectWatch, StandardWatchEventKinds.ENTRY_CREATE);
        this.deliverer = daemon(() -> deliver(onBatch), "toolkit-preview-watch");
        this.folderFinder = daemon(this::findNewFolders, "toolkit-preview-folders");
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** A recursive watch over the folders that exist now (none is fine). */
    private DirectoryWatcher watch() throws IOException {
        List<Path> existing = FOLDERS.stream().map(project::resolve).filter(Files::isDirectory).toList();
        if (existing.isEmpty()) {
            return null;
        }
        DirectoryWatcher next = DirectoryWatcher.builder()
                .paths(existing)
                .listener(this::changed)
                // Hashing drops events for files whose bytes did not change (touch, a second save).
                .fileHashing(true)
                .build();
        next.watchAsync(loop);
        return next;
    }

    private void changed(DirectoryChangeEvent event) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null) {
            return;
        }
        add(event.path().toAbsolutePath().normalize());
    }

    private void add(Path path) {
        synchronized (pending) {
            pending.add(path);
            pending.notifyAll();
        }
    }

    private void findNewFolders() {
        try {
            while (true) {
                WatchKey key = projectWatch.take();
                Set<Path> created = new LinkedHashSet<>();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name && FOLDERS.contains(name.toString())) {
                        created.add(project.resolve(name));
                    }
                }
                key.reset();
                if (!created.isEmpty()) {
                    restart(created);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            // The preview is stopping.
        }
    }

    /** Watches again, now including the new folders, and hands them over (a new folder rebuilds everything). */
    private void restart(Set<Path> created) {
        DirectoryWatcher old;
        synchronized (pending) {
            if (closed) {
                return;
            }
            old = watcher;
        }
        DirectoryWatcher next = null;
        try {
            if (old != null) {
                old.close();
            }
            next = watch();
        } catch (IOException e) {
            // Keep serving; the new folder is seen on the next start.
        }
        synchronized (pending) {
            watcher = next;
            if (!closed) {
                pending.addAll(created);
                pending.notifyAll();
                return;
            }
        }
        try {
            if (next != null) {
                next.close();
            }
        } catch (IOException ignored) {
            // Stopping anyway.
        }
    }

    private void deliver(Consumer<Set<Path>> onBatch) {
        try {
            while (true) {
                Set<Path> batch;
                synchronized (pending) {
                    while (pending.isEmpty() && !closed) {
                        pending.wait();
                    }
                    if (closed) {
                        return;
                    }
                    int size;
                    do {
                        size = pending.size();
                        pending.wait(QUIET_MILLIS);
                    } while (pending.size() != size && !closed);
                    batch = new LinkedHashSet<>(pending);
                    pending.clear();
                }
                try {
                    onBatch.accept(batch);
                } catch (RuntimeException | Error fault) {
                    // The consumer reports its own faults; nothing it throws may stop the watching.
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        DirectoryWatcher last;
        synchronized (pending) {
            closed = true;
            pending.notifyAll();
            last = watcher;
        }
        projectWatch.close();
        if (last != null) {
            last.close();
        }
        loop.shutdown();
        try {
            deliverer.join(2000);
            folderFinder.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
