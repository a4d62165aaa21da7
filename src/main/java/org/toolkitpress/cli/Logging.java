package org.toolkitpress.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * Keeps the libraries' own logging off the editor's terminal: PDFBox reports routine steps (font
 * caches, fast mode) at INFO, Freemarker logs template faults the build reports itself; the check
 * stage reports content problems itself. (The PDF engine's own log is switched off where the
 * engine is made, {@code pdf.Engine}.) Set once for the process, by the command line that owns it.
 */
public final class Logging {

    /** The JDK's default logging configuration, with PDFBox's loggers at SEVERE. */
    private static final String CONFIGURATION = """
            handlers=java.util.logging.ConsoleHandler
            .level=INFO
            java.util.logging.ConsoleHandler.level=INFO
            java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter
            org.apache.pdfbox.level=SEVERE
            org.apache.fontbox.level=SEVERE
            """;

    /**
     * Made by the JDK's {@link LogManager} when something first logs, as the
     * {@code java.util.logging.config.class} {@link #quiet} names: a web-only build never logs,
     * so it no longer loads the JDK's logging classes at all (docs/performance-log.md, "Start-up,
     * fourth pass").
     */
    public Logging() throws IOException {
        LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(CONFIGURATION.getBytes(StandardCharsets.ISO_8859_1)));
    }

    static void quiet() {
        // Before Freemarker's first class loads; each build's configuration also reports no
        // `#attempt` faults, so nothing reaches its log anyway.
        System.setProperty("org.freemarker.loggerLibrary", "none");
        System.setProperty("java.util.logging.config.class", Logging.class.getName());
    }
}
