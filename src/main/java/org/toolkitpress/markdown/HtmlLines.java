package org.toolkitpress.markdown;

/**
 * The HTML so far, with flexmark's line rule: a space at the start of a line (or after only
 * tabs) is dropped, and {@link #line} ends the line only when it holds something. A line
 * ended while blank, which flexmark's writer would collapse with its neighbours, makes the
 * document flexmark's to render.
 */
final class HtmlLines {

    /**
     * Thrown (without a stack) when a document cannot be written here — a node
     * {@link DirectRenderer} does not write, or a line flexmark's writer would collapse — so
     * flexmark renders it.
     */
    static final class NotWritable extends RuntimeException {
        static final NotWritable INSTANCE = new NotWritable();

        private NotWritable() {
            super(null, null, false, false);
        }
    }

    private final StringBuilder html;
    private int lineStart;
    /** The current line holds nothing but tabs. */
    private boolean blank = true;

    HtmlLines(int capacity) {
        html = new StringBuilder(capacity);
    }

    void line() {
        if (html.length() > lineStart) {
            endLine();
        }
    }

    private void endLine() {
        if (blank) {
            throw NotWritable.INSTANCE;
        }
        html.append('\n');
        lineStart = html.length();
        blank = true;
    }

    /** Whether the current line holds nothing but tabs, so that a space written now would be dropped. */
    boolean blankLine() {
        return blank;
    }

    /** A tag: no space, tab or line end in it. */
    void tag(String tag) {
        html.append(tag);
        blank = false;
    }

    /** Text with no line end or tab that starts with something shown, or continues a line that does. */
    void copy(String text, int start, int end) {
        html.append(text, start, end);
        blank = false;
    }

    void append(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                endLine();
            } else if (c == ' ') {
                if (!blank) {
                    html.append(' ');
                }
            } else {
                html.append(c);
                if (c != '\t') {
                    blank = false;
                }
            }
        }
    }

    /** The HTML, which must end with a complete line, as flexmark's writer leaves it ({@link NotWritable} otherwise). */
    String finished() {
        if (html.length() == 0 || html.length() != lineStart) {
            throw NotWritable.INSTANCE;
        }
        return html.toString();
    }
}
