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
 * @param files   the layered resolver: the brand overlay (if any), the project, the built-in defaults
 * @param write   false for {@code check}: run every stage but publish nothing
 * @param threads how many pages or documents render at once
 * @param brand   the brand overlay this build publishes, or null for the neutral default
 * @param clock   what "today" is for review dates; fixed in tests so they do not depend on the day
 * @param pdf     whether to render the print edition (PDFs) too
 */
public record BuildSettings(Path project, Path output, LayeredFiles files, boolean write, int threads,
                            BrandFolder brand, Clock clock, boolean pdf) {

    /** Settings without a brand overlay, on the machine's clock, without PDFs. */
    public BuildSettings(Path project, Path output, LayeredFiles files, boolean write, int threads) {
        this(project, output, files, write, threads, null, Clock.systemUTC(), false);
    }

    /** Settings without PDFs. */
    public BuildSettings(Path project, Path output, LayeredFiles files, boolean write, int threads,
                         BrandFolder brand, Clock clock) {
        this(project, output, files, write, threads, brand, clock, false);
    }

    /** Today's date by the build's clock, for judging review dates. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The same settings, rendering the PDFs or not. */
    public BuildSettings withPdf(boolean render) {
        return new BuildSettings(project, output, files, write, threads, brand, clock, render);
    }

    /**
     * A brand overlay folder.
     *
     * @param id      the folder's name, used for site/&lt;id&gt;/ and in messages
     * @param dir     the folder (holds brand.yml)
     * @param display how messages name the folder ({@code brands/kent})
     */
    public record BrandFolder(String id, Path dir, String display) {
    }
}
