package org.toolkitpress.configure;

import java.nio.file.Path;
import java.util.List;
import org.toolkitpress.files.LayeredFiles;

/** Turns the command line's choices into {@link BuildSettings}: the first stage of a build. */
public final class Configure {

    private Configure() {
    }

    /** Settings for a project folder, without the PDFs (see the four-argument form). */
    public static BuildSettings settings(Path project, Path output, boolean write) {
        return settings(project, output, write, false);
    }

    /**
     * Settings for a project folder. The file layers are the project, then the built-in
     * defaults; brand overlays will go in front of the project. {@code pdf}: also render the
     * print edition (slow, so only the build command asks for it).
     */
    public static BuildSettings settings(Path project, Path output, boolean write, boolean pdf) {
        Path root = project.toAbsolutePath().normalize();
        Path out = output == null ? root.resolve("site") : output.toAbsolutePath().normalize();
        LayeredFiles files = new LayeredFiles(List.of(
                new LayeredFiles.Root("", root),
                LayeredFiles.builtInDefaults()));
        return new BuildSettings(root, out, files, write, Math.max(1, Runtime.getRuntime().availableProcessors()),
                pdf);
    }
}
