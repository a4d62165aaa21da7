package org.toolkitpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** PDF progress speaks only once a build is slow: after 2 s on a terminal, every 15 s in a log. */
class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aTerminalHearsEachPdfOnceTheBuildHasTakenTwoSeconds() {
        AtomicLong now = new AtomicLong();
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), true, now::get);
        now.set(SECOND);
        progress.accept("1 of 3 (guide.pdf, 4 pages)");
        now.set(3 * SECOND);
        progress.accept("2 of 3 (toolkit.pdf, 49 pages)");
        progress.accept("3 of 3 (audit.pdf, 6 pages)");
        assertEquals("making PDFs: 2 of 3 (toolkit.pdf, 49 pages)\nmaking PDFs: 3 of 3 (audit.pdf, 6 pages)\n",
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aLogHearsNothingFromAQuickBuildAndALineEveryFifteenSecondsFromASlowOne() {
        AtomicLong now = new AtomicLong();
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), false, now::get);
        now.set(10 * SECOND);
        progress.accept("1 of 4 (a.pdf, 1 page)");
        now.set(16 * SECOND);
        progress.accept("2 of 4 (b.pdf, 2 pages)");
        now.set(20 * SECOND);
        progress.accept("3 of 4 (c.pdf, 3 pages)");
        now.set(32 * SECOND);
        progress.accept("4 of 4 (d.pdf, 4 pages)");
        assertEquals("making PDFs: 2 of 4 (b.pdf, 2 pages)\nmaking PDFs: 4 of 4 (d.pdf, 4 pages)\n",
                err.toString().replace(System.lineSeparator(), "\n"));
    }
}
