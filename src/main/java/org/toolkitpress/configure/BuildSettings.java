package org.toolkitpress.configure;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.toolkitpress.files.LayeredFiles;

/**
 * What one build works from and where it writes.
 *
 * @param project the project folder (holds content/, templates/)
 * @param output  the folder the site is published to (normally project/site)
 * @param files   the layered resolver over the project and the built-in defaults
 * @param write   false for {@code check}: run every stage but publish nothing
 * @param threads how many pages or documents render at once
 * @param clock   what "today" is for review dates; fixed in tests so they do not depend on the day
 */
public record BuildSettings(Path project, Path output, LayeredFiles files, boolean write, int threads, Clock clock) {

    /** Today's date by the build's clock, for judging review dates. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
