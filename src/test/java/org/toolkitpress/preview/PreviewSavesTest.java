package org.toolkitpress.preview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * The preview never drops a save: saves made in quick succession right after it starts, while
 * its first build runs, and while a later rebuild runs all end with the last saved text served;
 * and nothing a rebuild throws stops it from following the next save.
 */
// Alone: it holds each save to a latency limit, which other classes running beside it would stretch.
@Isolated
class PreviewSavesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /**
     * How soon the last of a burst of saves must be served: at most the rebuild that was running
     * and one more. Generous for two cores shared with other builds; a dropped save is never served.
     */
    private static final Duration LATENCY = Duration.ofSeconds(3);
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 3, 5).atStartOfDay(ZoneOffset.UTC).toInstant(),
            ZoneOffset.UTC);
    private static final String PAGE = "content/pages/guidance/attendance.md";
    private static final String URL = "/guidance/attendance/";

    @TempDir
    Path temp;
    private Path project;
    private Path page;
    private String original;

    @BeforeEach
    void project() throws IOException {
        project = TestSites.copy(TestSites.fixture("editors"), temp);
        page = project.resolve(PAGE);
        original = Files.readString(page);
    }

    @Test
    void savesAsSoonAsThePreviewAnswersAreAllShown() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        PreviewOptions options = new PreviewOptions(project, "127.0.0.1", port, CLOCK);
        FutureTask<Preview> starting = inBackground(() -> Preview.start(options, new PrintWriter(new StringWriter())));
        PreviewClient browser = new PreviewClient(URI.create("http://127.0.0.1:" + port + "/"));
        awaitAnswer(browser);
        // As soon as it answers, while its first build may still run: two saves.
        Files.writeString(page, original + "\nAs it answers, save 1.\n");
        Files.writeString(page, original + "\nAs it answers, save 2.\n");
        try (Preview preview = starting.get(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            // The first build may take seconds on a busy machine: time from when it is shown.
            long built = System.nanoTime();
            browser.awaitPage(URL, html -> html.contains("As it answers, save 2."), WAIT);
            assertWithinLatency(built, "the last of two saves made as the preview first answered");
            saveBurst("Then", 5, browser);
        }
    }

    @Test
    void savesRightAfterStartAndDuringTheFirstBuildAreAllShown() throws Exception {
        // The first build is held after it has read the files, before it is shown: saves then
        // are too late for it, and must make the next build.
        CountDownLatch built = new CountDownLatch(1);
        CountDownLatch saved = new CountDownLatch(1);
        AtomicInteger builds = new AtomicInteger();
        UnaryOperator<Preview.Step> holdFirst = real -> (change, last) -> {
            var attempt = real.build(change, last);
            if (builds.getAndIncrement() == 0) {
                built.countDown();
                await(saved);
            }
            return attempt;
        };
        FutureTask<Preview> starting = inBackground(() -> Preview.start(
                new PreviewOptions(project, "127.0.0.1", 0, CLOCK), new PrintWriter(new StringWriter()), holdFirst));
        await(built);
        Files.writeString(page, original + "\nDuring the first build, save 1.\n");
        Files.writeString(page, original + "\nDuring the first build, save 2.\n");
        saved.countDown();
        try (Preview preview = starting.get(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            PreviewClient browser = new PreviewClient(preview.address());
            browser.awaitPage(URL, html -> html.contains("During the first build, save 2."), WAIT);
            // Right after start: two saves, then five.
            saveBurst("After start", 2, browser);
            saveBurst("Five after start", 5, browser);
        }
    }

    @Test
    void savesDuringARebuildAreTakenIntoTheNextOne() throws Exception {
        // The rebuild of one save is held after it has read the files, before it is shown.
        AtomicReference<CountDownLatch> hold = new AtomicReference<>();
        AtomicReference<CountDownLatch> holding = new AtomicReference<>();
        UnaryOperator<Preview.Step> holdOne = real -> (change, last) -> {
            var attempt = real.build(change, last);
            CountDownLatch release = hold.getAndSet(null);
            if (release != null) {
                holding.get().countDown();
                await(release);
            }
            return attempt;
        };
        try (Preview preview = Preview.start(new PreviewOptions(project, "127.0.0.1", 0, CLOCK),
                new PrintWriter(new StringWriter()), holdOne)) {
            PreviewClient browser = new PreviewClient(preview.address());
            for (int count : new int[] {2, 5}) {
                CountDownLatch release = new CountDownLatch(1);
                holding.set(new CountDownLatch(1));
                hold.set(release);
                Files.writeString(page, original + "\nStarts rebuild " + count + ".\n");
                await(holding.get());
                String last = null;
                for (int i = 1; i <= count; i++) {
                    last = "While rebuild " + count + " runs, save " + i + ".";
                    Files.writeString(page, original + "\n" + last + "\n");
                }
                release.countDown();
                long released = System.nanoTime();
                String expected = last;
                browser.awaitPage(URL, html -> html.contains(expected), WAIT);
                assertWithinLatency(released, "the last of " + count + " saves made during a rebuild");
            }
            saveBurst("Two more", 2, browser);
        }
    }

    @Test
    void aTemplateThatCallsItselfForeverIsShownAsAProblemAndTheNextSaveIsBuilt() throws Exception {
        Path template = Files.createDirectories(project.resolve("templates")).resolve("page.ftlh");
        StringWriter log = new StringWriter();
        try (Preview preview = Preview.start(new PreviewOptions(project, "127.0.0.1", 0, CLOCK), new PrintWriter(log, true))) {
            PreviewClient browser = new PreviewClient(preview.address());
            // A macro that calls itself without end: the JVM's stack runs out (an Error, not an exception).
            Files.writeString(template, "<#macro again n><@again n + 1/></#macro><@again 0/>\n");
            String broken = browser.awaitPage(URL, html -> html.contains(ProblemsPanel.ID), WAIT);
            assertTrue(broken.contains("nested too deeply"), broken);
            assertTrue(broken.contains("Every day counts."), "the last good page is still served");
            Files.delete(template);
            browser.awaitPage(URL, html -> !html.contains(ProblemsPanel.ID), WAIT);
            saveBurst("After the fault", 2, browser);
        }
    }

    @Test
    void noFaultInARebuildStopsThePreview() throws Exception {
        AtomicReference<Throwable> fail = new AtomicReference<>();
        UnaryOperator<Preview.Step> failing = real -> (change, last) -> {
            Throwable fault = fail.getAndSet(null);
            if (fault instanceof Error error) {
                throw error;
            }
            if (fault instanceof RuntimeException exception) {
                throw exception;
            }
            return real.build(change, last);
        };
        try (Preview preview = Preview.start(new PreviewOptions(project, "127.0.0.1", 0, CLOCK),
                new PrintWriter(new StringWriter()), failing)) {
            PreviewClient browser = new PreviewClient(preview.address());
            String[][] faults = {
                {"out of memory", "ran out of memory"},
                {"a bug", "internal error: java.lang.IllegalStateException: a bug"},
                {"deep", "nested too deeply"},
            };
            Throwable[] thrown = {new OutOfMemoryError("Java heap space"), new IllegalStateException("a bug"),
                new StackOverflowError()};
            for (int i = 0; i < thrown.length; i++) {
                fail.set(thrown[i]);
                Files.writeString(page, original + "\nFails with " + faults[i][0] + ".\n");
                String shown = browser.awaitPage(URL, html -> html.contains(ProblemsPanel.ID), WAIT);
                assertTrue(shown.contains(faults[i][1]), shown);
                assertTrue(shown.contains(PAGE), "the panel names the saved file: " + shown);
                assertFalse(shown.contains("Fails with"), "the last good page is still served");
                String good = "A good save after " + faults[i][0] + ".";
                Files.writeString(page, original + "\n" + good + "\n");
                String fixed = browser.awaitPage(URL, html -> html.contains(good), WAIT);
                assertFalse(fixed.contains(ProblemsPanel.ID), "the panel goes with the next good build");
            }
        }
    }

    private static FutureTask<Preview> inBackground(Callable<Preview> start) {
        FutureTask<Preview> starting = new FutureTask<>(start);
        new Thread(starting, "starting the preview").start();
        return starting;
    }

    /** Saves {@code count} versions of the page back to back; the last must be served within the latency bound. */
    private void saveBurst(String label, int count, PreviewClient browser)
            throws IOException, InterruptedException {
        String last = null;
        for (int i = 1; i <= count; i++) {
            last = label + ", save " + i + " of " + count + ".";
            Files.writeString(page, original + "\n" + last + "\n");
        }
        long saved = System.nanoTime();
        String expected = last;
        browser.awaitPage(URL, html -> html.contains(expected), WAIT);
        assertWithinLatency(saved, "\"" + expected + "\"");
    }

    private static void assertWithinLatency(long since, String what) {
        Duration took = Duration.ofNanos(System.nanoTime() - since);
        System.out.printf(Locale.ROOT, "preview showed %s %d ms after the save%n", what, took.toMillis());
        assertTrue(took.compareTo(LATENCY) <= 0, what + " was shown after " + took.toMillis() + " ms");
    }

    /** Waits until the server takes requests (it is still building its first site). */
    private static void awaitAnswer(PreviewClient browser) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                browser.get("/");
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("the preview never answered", notYet);
                }
                Thread.sleep(5);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
