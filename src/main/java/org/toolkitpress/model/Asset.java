package org.toolkitpress.model;

import java.nio.file.Path;

/** A file copied to the site as it is: {@code outputPath} inside the site, read from {@code file}. */
public record Asset(String outputPath, Path file) {
}
