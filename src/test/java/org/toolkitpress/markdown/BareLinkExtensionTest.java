package org.toolkitpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick bare-link extension makes exactly the tree flexmark's own autolink extension makes. */
class BareLinkExtensionTest {

    private static final List<String> CASES = List.of(
            "Plain prose: nothing to link here, even with a colon.",
            "See https://www.gov.uk/guidance and http://example.org/a_b?c=d#e.",
            "Write to office@example.org or *head@school.sch.uk* today.",
            "Visit www.example.org, or WWW.EXAMPLE.ORG, or wWw.example.org/x.",
            "An entity-hidden address: https&#58;//example.org/ and ww&#119;.example.org and a&#64;b.org.",
            "Escaped: https\\://example.org/ and www\\.example.org and a\\@b.org.",
            "Split by emphasis: https://exa*mple*.org and **www.example.org** and _a@b.org_.",
            "A bare scheme: file:// then text, and mailto:someone@example.org.",
            "Inside a [link https://example.org/](x.md) and `code https://example.org/`.",
            "> Quoted https://example.org/q\n> lazy www.example.org\n\n- item a@b.org\n- item two",
            "| a | b |\n|---|---|\n| https://example.org/t | c@d.org |",
            "Footnote[^1] and term\n\n[^1]: note at https://example.org/f\n\nTerm\n: definition www.example.org",
            "Typographic \"quotes\" -- and https://example.org/\"quoted\" &amp; more.");

    private static Parser parser(Extension linker) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                DefinitionExtension.create(), StrikethroughExtension.create(), linker));
        return Parser.builder(options).build();
    }

    /** Every node with its kind, source range and text, indented by depth. */
    private static String tree(Node node, String indent) {
        StringBuilder out = new StringBuilder(indent).append(node).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            out.append(tree(child, indent + "  "));
        }
        return out.toString();
    }

    @Test
    void theTreeAndHtmlAreTheAutolinkExtensions() {
        Parser stock = parser(AutolinkExtension.create());
        Parser quick = parser(new BareLinkExtension());
        HtmlRenderer html = HtmlRenderer.builder().build();
        List<String> texts = new ArrayList<>(CASES);
        texts.add(String.join("\n\n", CASES));
        for (String text : texts) {
            Document expected = stock.parse(text);
            Document actual = quick.parse(text);
            assertEquals(tree(expected, ""), tree(actual, ""), text);
            assertEquals(html.render(expected), html.render(actual), text);
        }
        String linked = html.render(quick.parse(CASES.get(1) + "\n\n" + CASES.get(2) + "\n\n" + CASES.get(3)));
        assertTrue(linked.contains("<a href=\"https://www.gov.uk/guidance\">"), linked);
        assertTrue(linked.contains("<a href=\"mailto:office@example.org\">"), linked);
        assertTrue(linked.contains("<a href=\"http://www.example.org\">www.example.org</a>"), linked);
    }

    @Test
    void onlyTextThatCouldHoldAnAddressIsSearched() {
        assertFalse(BareLinkExtension.mayHoldAddress("Staff notice, name and respond: feelings (well-being)."));
        assertTrue(BareLinkExtension.mayHoldAddress("see http://x"));
        assertTrue(BareLinkExtension.mayHoldAddress("a@b"));
        assertTrue(BareLinkExtension.mayHoldAddress("Www.x"));
        assertTrue(BareLinkExtension.mayHoldAddress("ww&#119;.x"));
        assertTrue(BareLinkExtension.mayHoldAddress("http\\://x"));
        assertFalse(BareLinkExtension.mayHoldAddress("http:/x and ww.x"));
    }
}
