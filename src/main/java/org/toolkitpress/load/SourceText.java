package org.toolkitpress.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.SourcePos;

/**
 * Reads a content file as strict UTF-8 with Unix line ends, pointing at the first bad byte, and
 * refuses a file over its kind's size limit before reading it (docs/content-model.md, "Limits").
 */
final class SourceText {

    /**
     * The largest file of each kind: about eighty times the largest page or data file of the
     * default content, and small enough that a PDF of it is made in seconds, not hours.
     */
    enum Kind {
        PAGE("a page", "split it into several pages"),
        DATA("a data file", "split it into several files, or shorten the longest texts");

        static final long MAX_BYTES = 1024 * 1024;

        private final String what;
        private final String hint;

        Kind(String what, String hint) {
            this.what = what;
            this.hint = hint;
        }
    }

    private SourceText() {
    }

    /**
     * The file's text, or null (with a diagnostic) when it is larger than {@link Kind#MAX_BYTES}
     * or not valid UTF-8.
     */
    static String read(Path file, String displayPath, Kind kind, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > Kind.MAX_BYTES) {
                diagnostics.error(SourcePos.file(displayPath), String.format(Locale.ROOT,
                        "the file is %.1f MB; %s may be at most %d MB", size / 1048576.0, kind.what,
                        Kind.MAX_BYTES / 1048576), kind.hint);
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + displayPath, e);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            diagnostics.error(new SourcePos(displayPath, line, column),
                    String.format("the file is not valid UTF-8 (byte 0x%02X)", bytes[bad] & 0xff),
                    "save the file with UTF-8 encoding in your editor");
            return null;
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
