package org.toolkitpress.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Letter;
import org.toolkitpress.model.SourceMap;
import org.toolkitpress.model.SourcePos;

/**
 * Gathers the {@link Letter}s of the texts read from files: for each file, each character beyond
 * ASCII at the first place it is written, in code and outside it. Reads what prints: a page's
 * text, code, figure captions, bare links and web links' addresses (printed after their text),
 * not its comments, raw HTML or image descriptions, which the print edition does not draw; and
 * every text value of a YAML file (never its comments or keys). One scan per file or per thread:
 * not shared between threads.
 */
final class LetterScan {

    private record Key(String path, int codePoint, boolean code) {
    }

    private static final Comparator<SourcePos> EARLIER = Comparator.comparing(SourcePos::path)
            .thenComparingInt(SourcePos::line).thenComparingInt(SourcePos::column);

    private final Map<Key, Letter> first = new HashMap<>();

    /** The letters found so far, in file order. */
    List<Letter> letters() {
        List<Letter> out = new ArrayList<>(first.values());
        out.sort(Comparator.comparing(Letter::pos, EARLIER).thenComparingInt(Letter::codePoint));
        return List.copyOf(out);
    }

    /**
     * Adds the letters {@code other} found, each kept at the earlier of the two places where both
     * found it: the same letters as one scan reading both scans' texts.
     */
    void absorb(LetterScan other) {
        other.first.forEach((key, letter) -> first.merge(key, letter,
                (was, now) -> EARLIER.compare(now.pos(), was.pos()) < 0 ? now : was));
    }

    /** Every text value of a YAML file, each character at its own line and column. */
    void yaml(YamlTree tree) {
        yaml(tree, tree.root(), "");
    }

    private void yaml(YamlTree tree, JsonNode node, String pointer) {
        if (node.isTextual()) {
            String value = node.textValue();
            if (!ascii(value)) {
                SourceMap map = tree.textAt(pointer);
                scan(value, i -> map.at(i), false);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                yaml(tree, node.get(i), pointer + "/" + i);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> yaml(tree, e.getValue(), YamlTree.child(pointer, e.getKey())));
        }
    }

    /** A page's Markdown, parsed from {@code text} (its front matter blanked, so offsets are the file's). */
    void markdown(Node document, String text, String path) {
        if (ascii(text)) {
            return;
        }
        SourceMap map = SourceMap.lines(path, text);
        markdown(document, map);
    }

    private void markdown(Node node, SourceMap map) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock fenced) {
                based(fenced.getContentChars(), map, true);
            } else if (child instanceof IndentedCodeBlock indented) {
                based(indented.getContentChars(), map, true);
            } else if (child instanceof Code code) {
                based(code.getText(), map, true);
            } else if (child instanceof AutoLink link) {
                based(link.getText(), map, false);
            } else if (child instanceof MailLink link) {
                based(link.getText(), map, false);
            } else if (child instanceof Text text) {
                based(text.getChars(), map, false);
            } else if (child instanceof Link link) {
                // A web link's address is printed after its text, so paper can follow it (pdf/PrintHtml).
                if (link.getUrl().startsWith("http:") || link.getUrl().startsWith("https:")) {
                    based(link.getUrl(), map, false);
                }
                markdown(child, map);
            } else {
                BasedSequence caption = Markdown.figureCaption(child);
                if (caption != null) {
                    based(caption, map, false);
                }
                markdown(child, map);
            }
        }
    }

    private void based(BasedSequence chars, SourceMap map, boolean code) {
        if (!plainAscii(chars) && !ascii(chars)) {
            scan(chars, i -> map.at(chars.getIndexOffset(i)), code);
        }
    }

    private interface Place {
        SourcePos of(int index);
    }

    private void scan(CharSequence text, Place place, boolean code) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (cp >= 0x80 && Letter.drawn(cp)) {
                SourcePos pos = place.of(i);
                first.merge(new Key(pos.path(), cp, code), new Letter(cp, pos, code),
                        (was, now) -> EARLIER.compare(now.pos(), was.pos()) < 0 ? now : was);
            }
            i += Character.charCount(cp);
        }
    }

    /**
     * True when {@code chars} is a plain range of its source text holding ASCII alone, read from
     * the text itself: a flexmark sequence checks its bounds and maps NUL to U+FFFD on every
     * character it is asked for, which made the test of a page's texts one to two per cent of a
     * 1,000-page build. False is not an answer: any other sequence, or a range with a NUL
     * (U+FFFD to flexmark) or a letter beyond ASCII, is read character by character as before.
     */
    private static boolean plainAscii(BasedSequence chars) {
        if (!(chars instanceof SubSequence range) || !(range.getBase() instanceof String text)) {
            return false;
        }
        for (int i = range.getStartOffset(), end = range.getEndOffset(); i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
