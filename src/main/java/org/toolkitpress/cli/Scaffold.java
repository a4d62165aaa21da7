package org.toolkitpress.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The files that ship inside the jar to start something new from: a project or a brand overlay. */
final class Scaffold {

    private Scaffold() {
    }

    /** A text file of the jar under toolkit-press/, e.g. {@code starter/content/toolkit.yml}. */
    static String text(String resource) {
        try (InputStream in = Scaffold.class.getResourceAsStream("/toolkit-press/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("the scaffold file " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name for people from a folder name or id: {@code north-yorkshire} → "North Yorkshire". */
    static String title(String slug) {
        return Arrays.stream(slug.split("[-_\\s]+"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    /** Writes a new file, making its folders; never replaces one that is there. */
    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
