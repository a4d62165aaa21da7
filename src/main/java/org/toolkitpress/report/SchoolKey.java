package org.toolkitpress.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The officer's key for anonymised codes: 32 random bytes written as 64 hexadecimal digits in a
 * file the officer chooses and keeps ({@code --key FILE}; the report page reads the same file).
 * Made when the file does not exist yet; an existing file is only ever read.
 */
public final class SchoolKey {

    private static final Pattern KEY = Pattern.compile("[0-9a-fA-F]{64}");

    private SchoolKey() {
    }

    /** A key read from a file, or why the file cannot be one. */
    public record Read(String key, boolean made, String problem) {
    }

    static boolean isKey(String text) {
        return KEY.matcher(text).matches();
    }

    /** A key made now, for one report only: its codes match no other report. */
    public static String oneOff() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The key in {@code file}; when there is no such file, a new key written to it (readable by its owner only, where the system allows). */
    public static Read readOrMake(Path file) {
        try {
            if (Files.exists(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                return isKey(text) ? new Read(text.toLowerCase(java.util.Locale.ROOT), false, null)
                        : new Read(null, false, "not a key file: a key file holds 64 hexadecimal digits");
            }
            String key = oneOff();
            // Made readable by its owner only from the start where the file system has POSIX
            // permissions (never world-readable for a moment); elsewhere it keeps the folder's.
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.WRITE);
            return new Read(key, true, null);
        } catch (IOException e) {
            return new Read(null, false, "the key file cannot be " + (Files.exists(file) ? "read" : "made") + ": " + e.getMessage());
        }
    }
}
