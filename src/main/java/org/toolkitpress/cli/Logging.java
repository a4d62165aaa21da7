package org.toolkitpress.cli;

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
    private static final Logger[] QUIETENED = {
        Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"),
    };

    private Logging() {
    }

    static void quiet() {
        // Before Freemarker's first class loads; each build's configuration also reports no
        // `#attempt` faults, so nothing reaches its log anyway.
        System.setProperty("org.freemarker.loggerLibrary", "none");
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        for (Logger logger : QUIETENED) {
            logger.setLevel(Level.SEVERE);
        }
    }
}
