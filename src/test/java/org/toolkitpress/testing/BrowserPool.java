package org.toolkitpress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Headless Chromiums kept between test classes: starting one costs seconds, and the suite opens
 * a browser for some twenty classes. Browsers are kept by program and flags ({@link BrowserSession.Kind}:
 * the headless shell without frames for most classes, with frames for those that take
 * screenshots, the full browser for the few that need it; one program when the shell falls back
 * to the full browser). A session takes an idle browser of its kind
 * or starts one, and gives it back as the options made it (window size, blank page, nothing
 * stored for the session's addresses, downloads back in the browser's own folder); a browser
 * that cannot be put back so is quit instead. At most {@link #AT_ONCE} are lent at a time, so that classes running side by side
 * (junit-platform.properties) do not starve each other's renderers on two cores: a class asking
 * for a third waits for one to come back, whatever their kinds. All quit when the JVM ends.
 */
final class BrowserPool {

    /** Browsers lent at once: two keep two cores busy beside one class that computes. */
    static final int AT_ONCE = 2;

    /** Idle browsers by program and flags (a browser started without frames cannot take a screenshot). */
    private static final Map<Launch, ConcurrentLinkedDeque<Pooled>> IDLE = new ConcurrentHashMap<>();

    /** How a browser was started: two kinds that start the same program with the same flags share browsers. */
    private record Launch(Path binary, List<String> flags) {
    }
    private static final Semaphore LENT = new Semaphore(AT_ONCE, true);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(BrowserPool::quitAll, "quit pooled browsers"));
    }

    /** A browser, its kind, and the folder its downloads go to between sessions. */
    record Pooled(ChromeDriver driver, BrowserSession.Kind kind, Path home) {
    }

    private BrowserPool() {
    }

    private static ConcurrentLinkedDeque<Pooled> idle(BrowserSession.Kind kind) {
        return IDLE.computeIfAbsent(new Launch(BrowserSession.binary(kind), BrowserSession.flags(kind)), launch -> new ConcurrentLinkedDeque<>());
    }

    /** Lends a browser of that kind, waiting while {@link #AT_ONCE} are out; the borrower must {@link #giveBack} it. */
    static Pooled take(BrowserSession.Kind kind) {
        try {
            Waiting waiting = new Waiting();
            ForkJoinPool.managedBlock(waiting);
            if (!waiting.lent) {
                throw new IllegalStateException("no browser came back within 10 minutes: a BrowserSession was not closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a browser", e);
        }
        try {
            Pooled idle = idle(kind).pollFirst();
            if (idle != null) {
                return idle;
            }
            Path home = Files.createTempDirectory("toolkit-press-browser");
            return new Pooled(BrowserSession.chromium(kind, home.resolve("downloads")), kind, home);
        } catch (IOException | RuntimeException e) {
            LENT.release();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /**
     * A wait for a browser that JUnit's worker pool knows of: classes run on a fork-join pool of
     * three workers (junit-platform.properties), and a worker blocked here would otherwise be one
     * of the three for as long as the wait lasts (minutes in a whole run: a third browser class
     * waits for one of two browsers). Told of the wait, the pool starts a spare worker, which
     * runs another class meanwhile, so three classes keep running beside the two browsers.
     * Outside a fork-join pool this is a plain wait.
     */
    private static final class Waiting implements ForkJoinPool.ManagedBlocker {
        private boolean lent;

        @Override
        public boolean block() throws InterruptedException {
            lent = lent || LENT.tryAcquire(10, TimeUnit.MINUTES);
            return true;
        }

        @Override
        public boolean isReleasable() {
            lent = lent || LENT.tryAcquire();
            return lent;
        }
    }

    /** Puts a browser back, its state as new for the next session, after {@code origins} were used. */
    static void giveBack(Pooled pooled, List<String> origins) {
        ChromeDriver driver = pooled.driver();
        try {
            driver.get("about:blank");
            for (String origin : origins) {
                driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            }
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", pooled.home().resolve("downloads").toString()));
            driver.manage().window().setSize(new Dimension(1200, 900));
            idle(pooled.kind()).addFirst(pooled);
        } catch (RuntimeException broken) {
            quit(pooled);
        } finally {
            LENT.release();
        }
    }

    private static void quitAll() {
        for (ConcurrentLinkedDeque<Pooled> idle : IDLE.values()) {
            for (Pooled pooled = idle.pollFirst(); pooled != null; pooled = idle.pollFirst()) {
                quit(pooled);
            }
        }
    }

    private static void quit(Pooled pooled) {
        try {
            pooled.driver().quit();
        } catch (RuntimeException alreadyGone) {
            // Nothing to give back: the browser is gone either way.
        }
        try {
            TestSites.deleteTree(pooled.home());
        } catch (UncheckedIOException stillWriting) {
            // A quitting Chromium may still be writing a download; the temporary folder stays.
        }
    }
}
