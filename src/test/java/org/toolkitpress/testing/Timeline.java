package org.toolkitpress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When each test class ran in this JVM, on which thread, and the JVM's CPU time then: the
 * schedule of a run, which surefire's per-class times cannot show (with classes side by side they
 * overlap, and a class's time counts from when it was queued). Registered for every class
 * (junit-platform.properties turns on extension auto-detection); the shared builds
 * ({@link TestSites#built}) mark when they start and end. Written when the test engine finishes,
 * to {@code target/test-timeline-PID.tsv}: seconds since the first class, CPU seconds of this JVM
 * (not of the browsers or other children it starts), thread, event, what.
 */
public final class Timeline implements BeforeAllCallback, AfterAllCallback {

    private static final long START = System.nanoTime();
    private static final Queue<String> LINES = new ConcurrentLinkedQueue<>();

    /** Notes an event (a shared build starting or ending) in the timeline. */
    static void mark(String event, String what) {
        double cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
        LINES.add(String.format(Locale.ROOT, "%.2f\t%.2f\t%s\t%s\t%s", (System.nanoTime() - START) / 1e9, cpu,
                Thread.currentThread().getName(), event, what));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // The engine's store is closed once, when the last class has run: the timeline is written then.
        context.getRoot().getStore(ExtensionContext.Namespace.create(Timeline.class))
                .getOrComputeIfAbsent("writer", key -> new Writer(), Writer.class);
        mark("start", context.getRequiredTestClass().getName());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        mark("end", context.getRequiredTestClass().getName() + (context.getExecutionException().isPresent() ? " (failed)" : ""));
    }

    /**
     * Writes the timeline when the engine closes its store (JUnit closes a stored
     * {@code AutoCloseable}; its older {@code CloseableResource} is deprecated and warned about).
     */
    private static final class Writer implements AutoCloseable {
        @Override
        public void close() {
            List<String> lines = new ArrayList<>(List.of("seconds\tcpu_seconds\tthread\tevent\twhat"));
            lines.addAll(LINES);
            try {
                Path target = Files.createDirectories(TestSites.projectRoot().resolve("target"));
                Files.write(target.resolve("test-timeline-" + ProcessHandle.current().pid() + ".tsv"), lines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
