package org.toolkitpress.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Prints "making PDFs: 3 of 10 (toolkit.pdf, 49 pages)" on standard error, but only once the
 * build has taken long enough for someone to wonder: a quick build prints nothing. On a terminal
 * that is after {@link #TERMINAL_QUIET_NANOS}; in a log (CI, a pipe) only a slow build speaks, at
 * most every {@link #LOG_EVERY_NANOS}, so a log shows the build is alive without filling up.
 */
final class Progress implements Consumer<String> {

    static final long TERMINAL_QUIET_NANOS = 2_000_000_000L;
    static final long LOG_EVERY_NANOS = 15_000_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    private final long start;
    private final long quiet;
    private final long every;
    private long last;

    Progress(PrintWriter err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.quiet = terminal ? TERMINAL_QUIET_NANOS : LOG_EVERY_NANOS;
        this.every = terminal ? 0 : LOG_EVERY_NANOS;
        this.last = start;
    }

    /** Progress for this process: terminal or log, by whether a console is attached. */
    static Progress of(PrintWriter err) {
        return new Progress(err, System.console() != null, System::nanoTime);
    }

    @Override
    public synchronized void accept(String line) {
        long now = clock.getAsLong();
        if (now - start >= quiet && now - last >= every) {
            err.println("making PDFs: " + line);
            err.flush();
            last = now;
        }
    }
}
