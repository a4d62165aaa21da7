package org.toolkitpress.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How deep Markdown may nest and how wide a table may be. The parser, the renderer and the PDF
 * engine all recurse once per level, so without a limit a few hundred {@code >} overflow the
 * stack; the limits sit far above any real page and far below that point
 * (docs/content-model.md, "Limits").
 */
final class Limits {

    /** Block quotes, lists, emphasis and links inside one another. */
    static final int MAX_NESTING = 20;
    static final int MAX_TABLE_COLUMNS = 50;
    /** Any syntax-tree depth beyond this is refused whatever makes it (a safety net for the count above). */
    private static final int MAX_TREE_DEPTH = 4 * MAX_NESTING + 10;
    /**
     * Text whose marks could not nest this deep is parsed where it stands; anything else is parsed
     * on a thread with a deep stack, so that even a refused file cannot overflow while it is read.
     */
    static final int SAFE_BOUND = 200;
    /**
     * Text that could nest deeper than this is refused unread: parsing it takes time that grows
     * with the square of its depth (a post-processor walks every ancestor of every text).
     */
    private static final int UNREADABLE_BOUND = 2000;
    private static final long DEEP_STACK_BYTES = 64L * 1024 * 1024;

    /** Why Markdown is refused: what and where (an offset in the text). */
    record Refusal(int offset, String message, String hint) {
    }

    private Limits() {
    }

    /** The parsed document, or null when it could nest too deeply even to parse. */
    static Document parse(Parser parser, String text) {
        int bound = bound(text);
        if (bound <= SAFE_BOUND) {
            return parser.parse(text);
        }
        if (bound > UNREADABLE_BOUND) {
            return null;
        }
        AtomicReference<Document> parsed = new AtomicReference<>();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Thread reader = new Thread(null, () -> {
            try {
                parsed.set(parser.parse(text));
            } catch (RuntimeException e) {
                failed.set(e);
            } catch (StackOverflowError e) {
                // The parse is discarded whole; the shared parser keeps no state from it.
                parsed.set(null);
            }
        }, "markdown-deep-parse", DEEP_STACK_BYTES);
        reader.setDaemon(true);
        reader.start();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing Markdown", e);
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        return parsed.get();
    }

    /**
     * An upper bound on how deep the text could nest: a block level needs a mark at the start of
     * a line ({@code >}, a list marker) or two columns of indentation, an inline level an emphasis
     * or link character within its paragraph, and a table column a bar on its line.
     */
    static int bound(String text) {
        // Every character of every page passes here: read from an array, not through charAt.
        char[] chars = text.toCharArray();
        int blocks = 0;
        int inlines = 0;
        int bars = 0;
        int paragraph = 0;
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int column = 0;
            int marks = 0;
            int i = start;
            for (; i < end && " \t>-+*0123456789.)".indexOf(chars[i]) >= 0; i++) {
                char c = chars[i];
                column += c == '\t' ? 4 : 1;
                marks += c == ' ' || c == '\t' || Character.isDigit(c) ? 0 : 1;
            }
            blocks = Math.max(blocks, marks + column / 2);
            if (startsBulletItem(chars, start, end)) {
                // Emphasis and links never reach across list items: a tight list of thousands of
                // links (an index page) is many short paragraphs, not one long one.
                paragraph = 0;
            }
            int lineBars = 0;
            boolean blank = true;
            // Every character of every page passes here: a switch, not a search of a string per character.
            for (int j = start; j < end; j++) {
                char c = chars[j];
                if (j >= i) {
                    switch (c) {
                        case '*', '_', '~', '[' -> paragraph++;
                        case '|' -> lineBars++;
                        default -> { }
                    }
                }
                blank = blank && Character.isWhitespace(c);
            }
            bars = Math.max(bars, lineBars);
            if (blank) {
                paragraph = 0;
            }
            inlines = Math.max(inlines, paragraph);
            start = end + 1;
        }
        return blocks + inlines + bars;
    }

    /**
     * Whether the line starts a bullet list item ({@code -}, {@code +} or {@code *}, a space,
     * then text), which always begins a new paragraph, even right after one. Only with at most three
     * spaces of indentation (after any {@code >}): deeper, it may be a paragraph's lazy
     * continuation line, so it is not counted as a new start.
     */
    private static boolean startsBulletItem(char[] text, int start, int end) {
        int i = start;
        int indent = 0;
        for (; i < end && (text[i] == ' ' || text[i] == '>'); i++) {
            indent = text[i] == '>' ? 0 : indent + 1;
        }
        return indent < 4 && i + 2 < end && "-+*".indexOf(text[i]) >= 0 && text[i + 1] == ' '
                && !blank(text, i + 2, end);
    }

    /** Whether {@code text[from, to)} is all white space, as {@link String#isBlank()} says. */
    private static boolean blank(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            // No white space lies outside the BMP, so a surrogate is never white space either way.
            if (!Character.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }

    /** The first limit the document breaks, or null when it keeps them all. */
    static Refusal check(Document document, String text) {
        if (document == null) {
            return new Refusal(deepestLine(text), "the Markdown nests too deeply to be read",
                    "at most " + MAX_NESTING + " block quotes, lists, emphasis and links may sit inside one another,"
                    + " and a paragraph may hold at most " + UNREADABLE_BOUND + " of the marks * _ ~ [ and |");
        }
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<int[]> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(new int[] {0, 0});
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int[] depth = depths.pop();
            int nesting = depth[0] + (counts(node) ? 1 : 0);
            int tree = depth[1] + 1;
            if (nesting > MAX_NESTING || tree > MAX_TREE_DEPTH) {
                return new Refusal(node.getStartOffset(), String.format(Locale.ROOT,
                        "block quotes, lists, emphasis and links are nested more than %d levels deep here",
                        MAX_NESTING), "flatten it: split it into headed sections, or separate lists");
            }
            if (node instanceof TableBlock table) {
                int columns = columns(table);
                if (columns > MAX_TABLE_COLUMNS) {
                    return new Refusal(node.getStartOffset(), String.format(Locale.ROOT,
                            "the table has %d columns; at most %d are allowed", columns, MAX_TABLE_COLUMNS),
                            "split it into several tables, or write it as a list");
                }
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
                depths.push(new int[] {nesting, tree});
            }
        }
        return null;
    }

    private static boolean counts(Node node) {
        return node instanceof BlockQuote || node instanceof ListBlock || node instanceof DelimitedNode
                || node instanceof LinkNodeBase;
    }

    private static int columns(TableBlock table) {
        int widest = 0;
        for (Node row : table.getDescendants()) {
            if (row instanceof TableRow) {
                int cells = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells++;
                }
                widest = Math.max(widest, cells);
            }
        }
        return widest;
    }

    /** The offset of the line with the most marks: where a document too deep to parse most likely is. */
    private static int deepestLine(String text) {
        int best = 0;
        int bestMarks = -1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int marks = bound(text.substring(start, end));
            if (marks > bestMarks) {
                best = start;
                bestMarks = marks;
            }
            start = end + 1;
        }
        return best;
    }
}
