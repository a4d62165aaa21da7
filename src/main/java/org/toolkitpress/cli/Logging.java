package org.toolkitpress.cli;

import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' own logging off the editor's terminal: the PDF engine and PDFBox report
 * routine steps (font caches, fast mode) at INFO, Freemarker logs template faults the build
 * reports itself; the check stage reports content problems itself.
 * Set once for the process, by the command line that owns it.
 */
final class Logging {

    /** Held so the settings are not lost when the loggers are garbage-collected. */
    private static Logger[] quietened;

    private Logging() {
    }

    /**
     * {@code args} are the command line's: a website-only build ({@code build --no-pdf}) never
     * starts the PDF engine, so it leaves the JDK's logging and the engine's logger unmade (setting
     * them up was 10–15 ms of a 41-page build's start-up, docs/performance.md).
     */
    static void quiet(String[] args) {
        // Before Freemarker's first class loads; each build's configuration also reports no
        // `#attempt` faults, so nothing reaches its log anyway.
        System.setProperty("org.freemarker.loggerLibrary", "none");
        if (args.length > 0 && args[0].equals("build") && Arrays.asList(args).contains("--no-pdf")) {
            return;
        }
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        quietened = new Logger[] {Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox")};
        for (Logger logger : quietened) {
            logger.setLevel(Level.SEVERE);
        }
    }
}
