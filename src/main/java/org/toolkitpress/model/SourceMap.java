package org.toolkitpress.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each character of a text taken from a file was written, so a problem found anywhere in
 * the text is reported at the file's own line and column: a page body (one run per line), a
 * YAML string (its lines sit indented below a {@code |}, or inside quotes), or text with no
 * finer place than one position (answers read back from a PDF).
 *
 * <p>Kept as runs: from {@code starts[i]} on, characters follow one another on one line from
 * ({@code lines[i]}, {@code columns[i]}).
 */
public final class SourceMap {

    private final String path;
    private final int[] starts;
    private final int[] lines;
    private final int[] columns;
    private final boolean fixed;

    private SourceMap(String path, int[] starts, int[] lines, int[] columns, boolean fixed) {
        this.path = path;
        this.starts = starts;
        this.lines = lines;
        this.columns = columns;
        this.fixed = fixed;
    }

    /** A text that is the file from its first line (a page body with its front matter blanked). */
    public static SourceMap lines(String path, CharSequence text) {
        // One run a line, each starting at column 1 (what Runs would keep), found by the JDK's
        // own search for line ends: every page passes here.
        String string = text.toString();
        int count = 1;
        for (int at = string.indexOf('\n'); at >= 0; at = string.indexOf('\n', at + 1)) {
            count++;
        }
        int[] starts = new int[count];
        int[] lines = new int[count];
        int[] columns = new int[count];
        int run = 0;
        for (int at = -1; run < count; at = string.indexOf('\n', at + 1)) {
            starts[run] = at + 1;
            lines[run] = run + 1;
            columns[run] = 1;
            run++;
        }
        return new SourceMap(path, starts, lines, columns, false);
    }

    /** A text with no finer position than {@code pos}: every offset reports there. */
    public static SourceMap at(SourcePos pos) {
        return new SourceMap(pos.path(), new int[] {0}, new int[] {pos.line()}, new int[] {pos.column()}, true);
    }

    /** Builds a map run by run, in increasing offset order. */
    public static final class Runs {
        private final List<int[]> runs = new ArrayList<>();

        /** From {@code offset} on, characters sit at {@code line}, from {@code column}. */
        public void add(int offset, int line, int column) {
            if (!runs.isEmpty()) {
                int[] last = runs.get(runs.size() - 1);
                if (last[1] == line && last[2] + offset - last[0] == column) {
                    return;
                }
                if (last[0] == offset) {
                    runs.remove(runs.size() - 1);
                }
            }
            runs.add(new int[] {offset, line, column});
        }

        public SourceMap map(String path) {
            if (runs.isEmpty()) {
                add(0, 1, 1);
            }
            return new SourceMap(path, runs.stream().mapToInt(r -> r[0]).toArray(),
                    runs.stream().mapToInt(r -> r[1]).toArray(), runs.stream().mapToInt(r -> r[2]).toArray(), false);
        }
    }

    /** The file position of the character at {@code offset} of the text. */
    public SourcePos at(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        int run = found >= 0 ? found : Math.max(0, -found - 2);
        if (lines[run] <= 0) {
            return SourcePos.file(path);
        }
        return new SourcePos(path, lines[run], columns[run] + (fixed ? 0 : Math.max(0, offset - starts[run])));
    }

    public String path() {
        return path;
    }
}
