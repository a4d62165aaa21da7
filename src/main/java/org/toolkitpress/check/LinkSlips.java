package org.toolkitpress.check;

import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.SourceMap;

/**
 * A link or image an editor wrote that Markdown does not read as one, because its address holds
 * a space ({@code [tips](toolkit 2 tips.md)}, {@code ![chart](../../assets/Chart 1.png)}): the
 * page would print the brackets and the address as text, and no other check would see it. The
 * parser reads {@code [tips]} as a reference that is not defined, followed by text that starts
 * with the parenthesised address; that pair, with an address that looks like a file or web
 * address, is the slip.
 */
final class LinkSlips {

    /** "(address)" at the start of the text after the brackets: a space inside, and a path, an extension or a scheme. */
    private static final Pattern ADDRESS = Pattern.compile("^\\(([^()\\n]*\\s[^()\\n]*)\\)");
    private static final Pattern LOOKS_LIKE_ADDRESS = Pattern.compile("(?i).*(/|\\.[a-z0-9]{1,5}(#.*)?$|^https?:|^mailto:).*");

    private LinkSlips() {
    }

    static void check(Page page, Diagnostics diagnostics) {
        Document document = page.body().ast();
        SourceMap where = null;
        for (Node node : document.getDescendants()) {
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

    private static boolean defined(Node node) {
        return node instanceof LinkRef link ? link.isDefined() : ((ImageRef) node).isDefined();
    }
}
