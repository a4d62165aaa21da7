package org.toolkitpress.load;

import java.util.ArrayList;
import java.util.List;
import org.toolkitpress.model.SourceMap;
import org.toolkitpress.model.SourcePos;

/**
 * The text of one YAML file, kept so that a problem inside a string value (raw HTML in a
 * principle's description, a refused link in a response's evidence) can be reported at the
 * line and column where it was written, not only at its key.
 *
 * <p>A literal block ({@code |}) keeps its lines, each indented: they map line for line. Any
 * other style (plain, quoted, folded) is matched character by character along the source,
 * which is exact for what was typed and lands next to an escape or a folded line break.
 */
final class YamlText {

    /** How far ahead to look for a character an escape or a fold has changed. */
    private static final int LOOK_AHEAD = 12;

    private final String path;
    private final String text;
    private final int lineOffset;
    private final int[] lineStarts;

    YamlText(String path, String text, int lineOffset) {
        this.path = path;
        this.text = text;
        this.lineOffset = lineOffset;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String path() {
        return path;
    }

    /**
     * Where each character of {@code value} was written, given where its scalar starts (the
     * {@code |}, {@code >} or quote, or the first character of a plain scalar).
     */
    SourceMap map(SourcePos start, String value) {
        int line = start.line() - lineOffset - 1;
        if (line < 0 || line >= lineStarts.length) {
            return SourceMap.at(start);
        }
        int offset = Math.min(text.length(), lineStarts[line] + start.column() - 1);
        char first = offset < text.length() ? text.charAt(offset) : ' ';
        if (first == '|') {
            return literal(line + 1, value);
        }
        int from = first == '>' ? lineStart(line + 1) : first == '"' || first == '\'' ? offset + 1 : offset;
        return along(from, value);
    }

    /** A literal block: value line k is source line {@code firstLine + k}, after the indentation. */
    private SourceMap literal(int firstLine, String value) {
        int indent = -1;
        for (int l = firstLine; l < lineStarts.length && indent < 0; l++) {
            String source = lineText(l);
            if (!source.isBlank()) {
                indent = source.length() - source.stripLeading().length();
            }
        }
        SourceMap.Runs runs = new SourceMap.Runs();
        int at = 0;
        int l = firstLine;
        for (String valueLine : value.split("\n", -1)) {
            runs.add(at, l + 1 + lineOffset, Math.max(0, indent) + 1);
            at += valueLine.length() + 1;
            l++;
        }
        return runs.map(path);
    }

    /** Any other scalar: each value character at the next matching source character. */
    private SourceMap along(int from, String value) {
        SourceMap.Runs runs = new SourceMap.Runs();
        int j = from;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int found = -1;
            for (int k = j; k < Math.min(text.length(), j + LOOK_AHEAD); k++) {
                char s = text.charAt(k);
                if (s == c || Character.isWhitespace(c) && Character.isWhitespace(s)) {
                    found = k;
                    break;
                }
            }
            int at = found >= 0 ? found : Math.min(j, Math.max(0, text.length() - 1));
            runs.add(i, lineOf(at) + 1 + lineOffset, at - lineStarts[lineOf(at)] + 1);
            if (found >= 0) {
                j = found + 1;
                if (Character.isWhitespace(c)) {
                    // A folded line break is one space in the value and a newline plus indentation here.
                    while (j < text.length() && Character.isWhitespace(text.charAt(j))
                            && (i + 1 >= value.length() || !Character.isWhitespace(value.charAt(i + 1)))) {
                        j++;
                    }
                }
            }
        }
        return runs.map(path);
    }

    private int lineOf(int offset) {
        int found = java.util.Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }

    private int lineStart(int line) {
        return line < lineStarts.length ? lineStarts[line] : text.length();
    }

    private String lineText(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
        return text.substring(lineStarts[line], end);
    }
}
