package org.toolkitpress.configure;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.toolkitpress.files.LayeredFiles;

/** Turns the command line's choices into {@link BuildSettings}: the first stage of a build. */
public final class Configure {

    private Configure() {
    }

    /**
     * Settings for a project folder. The file layers are the project, then the built-in
     * defaults; brand overlays will go in front of the project.
     */
    public static BuildSettings settings(Path project, Path output, boolean write) {
        return settings(project, output, write, buildClock(System.getenv("SOURCE_DATE_EPOCH")));
    }

    /** Settings with an explicit clock, which decides which pages are due for review. */
    public static BuildSettings settings(Path project, Path output, boolean write, Clock clock) {
        Path root = project.toAbsolutePath().normalize();
        Path out = output == null ? root.resolve("site") : output.toAbsolutePath().normalize();
        LayeredFiles files = new LayeredFiles(List.of(
                new LayeredFiles.Root("", root),
                LayeredFiles.builtInDefaults()));
        return new BuildSettings(root, out, files, write, Math.max(1, Runtime.getRuntime().availableProcessors()), clock);
    }

    /**
     * The machine's clock in UTC, or the fixed instant of {@code SOURCE_DATE_EPOCH} (the
     * reproducible-builds convention) so a rebuild of old sources can show the same review notices.
     */
    static Clock buildClock(String sourceDateEpoch) {
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d{1,12}")) {
            return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())), ZoneOffset.UTC);
        }
        return Clock.systemUTC();
    }
}
