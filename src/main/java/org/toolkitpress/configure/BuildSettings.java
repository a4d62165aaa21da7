package org.toolkitpress.configure;

import java.nio.file.Path;
import org.toolkitpress.files.LayeredFiles;

/**
 * What one build works from and where it writes.
 *
 * @param project the project folder (holds content/, templates/)
 * @param output  the folder the site is published to (normally project/site)
 * @param files   the layered resolver over the project and the built-in defaults
 * @param write   false for {@code check}: run every stage but publish nothing
 * @param threads how many pages or documents render at once
 * @param pdf     whether to render the print edition (PDFs) too
 */
public record BuildSettings(Path project, Path output, LayeredFiles files, boolean write, int threads,
                            boolean pdf) {
}
