package org.toolkitpress.configure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.toolkitpress.files.LayeredFiles;

/** Turns the command line's choices into {@link BuildSettings}: the first stage of a build. */
public final class Configure {

    /** Where brand overlays live in a project. */
    public static final String BRANDS = "brands";
    /** The file that makes a folder a brand overlay. */
    public static final String BRAND_FILE = "brand.yml";
    /**
     * A brand id: lower-case words (letters and digits) joined by hyphens, 1 to 64 characters; also
     * the name of its folders, so it must be a file name on every system.
     */
    public static final Pattern BRAND_ID = Pattern.compile("(?=.{1,64}$)[a-z0-9]+(-[a-z0-9]+)*");

    private Configure() {
    }

    /** A choice on the command line that cannot be built (unknown brand, missing folder). */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String hint;

        public UsageException(String message) {
            this(message, null);
        }

        public UsageException(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        /** What to do instead, or null when the message says it. */
        public String hint() {
            return hint;
        }
    }

    /** Settings for a project folder with no brand: the project, then the built-in defaults. */
    public static BuildSettings settings(Path project, Path output, boolean write) {
        return settings(project, output, write, (String) null);
    }

    /** Settings with no brand and an explicit clock, which decides which pages are due for review. */
    public static BuildSettings settings(Path project, Path output, boolean write, Clock clock) {
        return settings(project, output, write, null, clock);
    }

    /**
     * Settings for a project folder and a brand: {@code brand} is an id under brands/ or a path to
     * a brand folder (one holding brand.yml), or null for the neutral default. The brand folder
     * goes in front of the project, so any file in it replaces the project's file at the same path.
     *
     * @throws UsageException when the brand cannot be found, or when {@code write} is set and the
     *                        output folder is not one a site may replace ({@link OutputFolder})
     */
    public static BuildSettings settings(Path project, Path output, boolean write, String brand) {
        return settings(project, output, write, brand, buildClock(System.getenv("SOURCE_DATE_EPOCH")));
    }

    /** Settings for a project, a brand (or null) and the clock that decides which pages are due for review. */
    public static BuildSettings settings(Path project, Path output, boolean write, String brand, Clock clock) {
        Path root = project.toAbsolutePath().normalize();
        Path out = output == null ? root.resolve("site") : output.toAbsolutePath().normalize();
        BuildSettings.BrandFolder folder = brand == null ? null : brandFolder(root, brand);
        if (write) {
            OutputFolder.Refusal refusal = OutputFolder.refusal(root, folder == null ? null : folder.dir(), out);
            if (refusal != null) {
                throw new UsageException(refusal.message(), refusal.hint());
            }
        }
        List<LayeredFiles.Root> roots = new ArrayList<>();
        if (folder != null) {
            roots.add(new LayeredFiles.Root(folder.display(), folder.dir()));
        }
        roots.add(new LayeredFiles.Root("", root));
        roots.add(LayeredFiles.builtInDefaults());
        return new BuildSettings(root, out, new LayeredFiles(roots), write,
                Math.max(1, Runtime.getRuntime().availableProcessors()), folder, clock);
    }

    /**
     * The folder that holds one site per brand for {@code --all-brands} ({@code site/} in the
     * project when {@code output} is null). It is never replaced itself, so only its place is
     * judged here; each {@code <id>/} in it is judged as an output by {@link #settings}.
     *
     * @throws UsageException when the folder is no place for sites (the project, a folder above it, …)
     */
    public static Path brandsOutput(Path project, Path output) {
        Path root = project.toAbsolutePath().normalize();
        Path out = output == null ? root.resolve("site") : output.toAbsolutePath().normalize();
        OutputFolder.Refusal refusal = OutputFolder.misplaced(root, out);
        if (refusal != null) {
            throw new UsageException(refusal.message(), refusal.hint());
        }
        return out;
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

    /** Every brand id of a project: the folders under brands/ that hold a brand.yml, sorted. */
    public static List<String> brandIds(Path project) {
        Path brands = project.toAbsolutePath().normalize().resolve(BRANDS);
        if (!Files.isDirectory(brands)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(brands)) {
            return list.filter(d -> Files.isRegularFile(d.resolve(BRAND_FILE)))
                    .map(d -> d.getFileName().toString())
                    .filter(id -> BRAND_ID.matcher(id).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + brands, e);
        }
    }

    private static BuildSettings.BrandFolder brandFolder(Path project, String brand) {
        boolean isId = BRAND_ID.matcher(brand).matches();
        Path dir = (isId ? project.resolve(BRANDS).resolve(brand) : project.resolve(brand)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(BRAND_FILE))) {
            List<String> known = brandIds(project);
            throw new UsageException("no brand \"" + brand + "\": " + (isId ? BRANDS + "/" + brand : dir)
                    + " has no " + BRAND_FILE + (known.isEmpty()
                    ? "; create one with `toolkit brand new " + (isId ? brand : "<id>") + "`"
                    : "; the brands here are " + String.join(", ", known)));
        }
        String id = dir.getFileName().toString();
        String display = dir.startsWith(project) ? project.relativize(dir).toString().replace('\\', '/') : dir.toString();
        return new BuildSettings.BrandFolder(id, dir, display);
    }
}
