package org.toolkitpress.preview;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Watches the project's folders and hands over changed files in batches. Editors often save
 * by writing a temporary file and renaming it, which is several events for one save: events
 * that arrive within a few milliseconds of each other become one batch, so one save is one
 * rebuild. Batches are delivered on one thread, in order.
 */
final class Watcher implements AutoCloseable {

    /** How long the folder must be quiet before a batch is handed over. */
    private static final long QUIET_MILLIS = 15;

    private final DirectoryWatcher watcher;
    private final Thread deliverer;
    private final Set<Path> pending = new LinkedHashSet<>();
    private boolean closed;

    Watcher(List<Path> folders, Consumer<Set<Path>> onBatch) throws IOException {
        List<Path> existing = folders.stream().filter(Files::isDirectory).toList();
        this.watcher = DirectoryWatcher.builder()
                .paths(existing)
                .listener(this::changed)
                // Hashing drops events for files whose bytes did not change (touch, a second save).
                .fileHashing(true)
                .build();
        this.deliverer = new Thread(() -> deliver(onBatch), "toolkit-preview-watch");
        deliverer.setDaemon(true);
        if (!existing.isEmpty()) {
            watcher.watchAsync();
        }
        deliverer.start();
    }

    private void changed(DirectoryChangeEvent event) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null) {
            return;
        }
        synchronized (pending) {
            pending.add(event.path().toAbsolutePath().normalize());
            pending.notifyAll();
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
                onBatch.accept(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (pending) {
            closed = true;
            pending.notifyAll();
        }
        watcher.close();
        try {
            deliverer.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static List<Path> folders(Path project) {
        List<Path> folders = new ArrayList<>();
        for (String name : List.of("content", "templates", "brands")) {
            folders.add(project.resolve(name));
        }
        return folders;
    }
}
