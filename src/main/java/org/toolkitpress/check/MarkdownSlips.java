package org.toolkitpress.check;

import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.SourceMap;

/**
 * What an editor wrote as Markdown that Markdown does not read as meant, so the page would print
 * the marks as text and no other check would see it.
 *
 * <p>A heading with no space after its hashes ({@code ##Our team}) is a paragraph that starts
 * "##". (One {@code #} is left alone: it may be a hashtag, and the page's own heading is its title.)
 *
 * <p>A link or image an editor wrote that Markdown does not read as one, because its address holds
 * a space ({@code [tips](toolkit 2 tips.md)}, {@code ![chart](../../assets/Chart 1.png)}): the
 * page would print the brackets and the address as text, and no other check would see it. The
 * parser reads {@code [tips]} as a reference that is not defined, followed by text that starts
 * with the parenthesised address; that pair, with an address that looks like a file or web
 * address, is the slip.
 */
final class MarkdownSlips {

    /** "(address)" at the start of the text after the brackets: a space inside, and a path, an extension or a scheme. */
    private static final Pattern ADDRESS = Pattern.compile("^\\(([^()\\n]*\\s[^()\\n]*)\\)");
    /** A line of a paragraph that starts with two to six hashes and a word: a heading missing its space. */
    private static final Pattern HEADING = Pattern.compile("(?m)^([ >]*)(#{2,6})(?=[^#\\s])");
    private static final Pattern LOOKS_LIKE_ADDRESS = Pattern.compile("(?i).*(/|\\.[a-z0-9]{1,5}(#.*)?$|^https?:|^mailto:).*");

    private MarkdownSlips() {
    }

    static void check(Page page, Diagnostics diagnostics) {
        Document document = page.body().ast();
        SourceMap where = null;
        for (Node node : document.getDescendants()) {
            if (node instanceof Paragraph paragraph) {
                Matcher heading = HEADING.matcher(paragraph.getChars());
                while (heading.find()) {
                    where = where != null ? where : SourceMap.lines(page.pos().path(), document.getChars().toString());
                    String hashes = heading.group(2);
                    diagnostics.error(where.at(paragraph.getStartOffset() + heading.start(2)), "this line starts with "
                            + hashes + " but is not a heading: a heading needs a space after its #",
                            "write `" + hashes + " " + lineAt(paragraph.getChars(), heading.end(2)).strip() + "`");
                }
                continue;
            }
            boolean image = node instanceof ImageRef;
            if (!(node instanceof LinkRef || image) || defined(node) || !(node.getNext() instanceof Text after)) {
                continue;
            }
            Matcher address = ADDRESS.matcher(after.getChars());
            if (!address.find() || !LOOKS_LIKE_ADDRESS.matcher(address.group(1).strip()).matches()) {
                continue;
            }
            String written = address.group(1).strip();
            where = where != null ? where : SourceMap.lines(page.pos().path(), document.getChars().toString());
            diagnostics.error(where.at(node.getStartOffset()), "this " + (image ? "image" : "link") + " is printed as text,"
                    + " brackets and all: its address \"" + written + "\" holds a space",
                    "a link's address cannot hold spaces: rename the file with hyphens for spaces, or write each space as %20: ("
                            + written.replaceAll("\\s+", "%20") + ")");
        }
    }

    private static String lineAt(CharSequence text, int from) {
        String rest = text.subSequence(from, text.length()).toString();
        int end = rest.indexOf('\n');
        return end < 0 ? rest : rest.substring(0, end);
    }

    private static boolean defined(Node node) {
        return node instanceof LinkRef link ? link.isDefined() : ((ImageRef) node).isDefined();
    }
}
