package org.toolkitpress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Headless Chromiums kept between test classes: starting one costs seconds, and the suite opens
 * a browser for some twenty classes. A session takes an idle browser or starts one, and gives it
 * back as the options made it (window size, blank page, nothing stored for the session's
 * address, downloads back in the browser's own folder); a browser that cannot be put back so is
 * quit instead. As many browsers as classes run at once; all quit when the JVM ends.
 */
final class BrowserPool {

    private static final ConcurrentLinkedDeque<Pooled> IDLE = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(BrowserPool::quitAll, "quit pooled browsers"));
    }

    /** A browser and the scratch folder of its profile. */
    record Pooled(ChromeDriver driver, Path home) {
    }

    private BrowserPool() {
    }

    static Pooled take() {
        Pooled idle = IDLE.pollFirst();
        if (idle != null) {
            return idle;
        }
        try {
            Path home = Files.createTempDirectory("toolkit-press-browser-profile");
            return new Pooled(BrowserSession.chromium(home), home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a browser back, its state as new for the next session, after {@code origin} was used. */
    static void giveBack(Pooled pooled, String origin) {
        ChromeDriver driver = pooled.driver();
        try {
            driver.get("about:blank");
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", pooled.home().resolve("downloads").toString()));
            driver.manage().window().setSize(new Dimension(1200, 900));
            IDLE.addFirst(pooled);
        } catch (RuntimeException broken) {
            quit(pooled);
        }
    }

    private static void quitAll() {
        for (Pooled pooled = IDLE.pollFirst(); pooled != null; pooled = IDLE.pollFirst()) {
            quit(pooled);
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
            // A quitting Chromium may still be writing its profile; the temporary folder stays.
        }
    }
}
