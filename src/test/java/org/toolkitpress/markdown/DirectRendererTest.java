package org.toolkitpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.toolkitpress.model.Body;
import org.toolkitpress.model.ComponentRef;

/**
 * {@link DirectRenderer} writes pages without flexmark's HTML writer; every case here is held
 * to what flexmark (with {@link ToolkitNodeRenderer}) writes for the same tree, byte for byte.
 */
class DirectRendererTest {

    private final Markdown markdown = Markdown.create();

    /** Addresses rewritten the way an edition does, with characters attributes must escape. */
    private static final RenderContext EDITION = new RenderContext() {
        @Override
        public String linkHref(String target) {
            return target.endsWith(".md") ? "../" + target.replace(".md", "/") + "?a=1&b=\"2\"" : target;
        }

        @Override
        public String imageSource(String source) {
            return "img/" + source;
        }

        @Override
        public String component(ComponentRef ref) {
            // Several lines, indented, as a component's template writes them; "gap" holds a blank line.
            return ref.id().equals("second")
                    ? "<div>\n\n  <p>gap</p>\n</div>\n"
                    : "<div class=\"component\">\n  <p>" + ref.kind() + " &amp; " + ref.id() + "</p>\n\t <span> x</span>\n</div>";
        }
    };

    /** Markdown the direct renderer writes itself, one node kind (or mix) per case. */
    private static final List<String> HANDLED = List.of(
            "Plain prose, with punctuation; and (brackets).\n",
            "Fish &amp; chips, caf&eacute; &#233; &copy; &bogus; & alone\n",
            "Escaped \\*stars\\*, \\\\ backslash, \\<not a tag\\>, \\& and \\[x\\].\n",
            "Quotes \"here\" and a < b, c > d.\n",
            "Line one\r\nline two\rline three\n",
            "A NUL \u0000 here.\n",
            "Em dash \u2014 and \u00e9t\u00e9, \ud83d\ude00 too.\n",
            "Soft\nbreak   with  spaces\ttab.\n   Indented continuation.\n",
            "Hard  \nbreak and\\\nbackslash break\n  then spaces.\n",
            "*em* _em_ **strong** __strong__ ***both*** *outer **inner** outer* **a *b* c**\n",
            "*unclosed and **half closed* here**\n",
            "`code` and `` a ` b `` and `  spaced  ` and `<tag> & \"q\"` and `multi\nline`\n",
            "[a link](page.md) [titled](https://example.org \"A & B \\\"quoted\\\"\") [single](x.md 'it\\'s')"
                    + " [paren](y.md (paren title)) [*emph* link](z.md)\n",
            "[ref link][r1] and [collapsed][] and [shortcut]\n\n[r1]: https://example.org/r \"Ref title\"\n"
                    + "[collapsed]: a.md\n[shortcut]: <b-c.md>\n",
            "[refused](javascript:alert(1)) and [data](data:text/html,x) and [fine](mailto:a@example.org)\n",
            "<https://example.org/a?b=1&c=2> and <ftp://files.example.org> and www.example.org and"
                    + " https://example.org/bare?x=1&y=2 text\n",
            "- tight one\n- tight *two*\n- tight [three](t.md)\n",
            "- loose one\n\n- loose two\n\n  second paragraph\n",
            "1. first\n2. second\n   - nested\n   - nested two\n3. third\n",
            "3. starts at three\n4. four\n",
            "- a\n  > quoted in a list\n- b\n",
            "> A quotation\n> over two lines.\n",
            "> Quoted\n>\n> — A headteacher\n",
            "> First paragraph\n>\n> Second paragraph\n>\n> \u2014 Someone, *emphasised*\n",
            "> Outer\n>\n> > Inner\n",
            "# One\n\n## Two *emph*\n\n### Three {#three}\n\n#### Same\n\n#### Same\n\nSetext\n======\n",
            "## Caf\u00e9 & \"co\" a < b > c\n",
            "| Left | Centre | Right | None |\n|:---|:---:|---:|---|\n| a & b | *c* | `d` | [e](e.md) |\n"
                    + "| 1 | 2 | 3 | 4 |\n",
            "| a | b |\n|---|---|\n| spans || \n| only one |\n",
            "Stage | Who\n--- | ---\none | two\n",
            "Text with | a pipe\nbut no table.\n",
            "Above\n\n---\n\nBelow\n\n***\n",
            "Text <!-- a comment --> more\n\n<!-- block comment -->\n\nafter\n",
            "Tab\tinside and trailing spaces   \nnext\n",
            "- \n- empty item above\n",
            "[undefined][nowhere] and [Name of school] and [*emphasised* \\& escaped] and [x][] and [a]\n[b]\n",
            "Before\n\n::: continuum trauma-informed\n\nAfter\n",
            "::: audit first\n\n::: continuum other\n",
            "");

    /** Markdown left to flexmark: raw HTML, images, code blocks, footnotes, definitions, strikethrough, e-mail links. */
    private static final List<String> LEFT_TO_FLEXMARK = List.of(
            "An <abbr title=\"x\">abbr</abbr> kept and a <script>alert(1)</script> dropped.\n",
            "<div class=\"note\">\nBlock kept\n</div>\n",
            "<iframe src=\"x\"></iframe>\n",
            "<span onclick=\"x()\">handler</span>\n",
            "![alt](pic.png) and ![titled](pic.png \"Caption\")\n",
            "![Caption only](pic.png \"A caption\")\n",
            "```\ncode <b> & block\n```\n",
            "    indented code\n",
            "Note[^1].\n\n[^1]: The footnote.\n",
            "Term\n: Definition\n",
            "~~struck~~\n",
            "Mail a@example.org\n",
            // A component whose HTML holds a blank line, which flexmark's writer collapses.
            "::: audit second\n");

    @Test
    void proseNodesRenderAsFlexmarkRendersThem() {
        for (String text : HANDLED) {
            Body body = markdown.parse(text, "p.md");
            String flexmark = markdown.renderWithFlexmark(body, EDITION);
            String direct = markdown.renderDirectly(body, EDITION);
            if (text.isEmpty()) {
                // flexmark writes nothing at all; left to it so the two agree.
                assertNull(direct);
                continue;
            }
            assertNotNull(direct, () -> "not written directly: " + text + kinds(body.ast()));
            assertEquals(flexmark, direct, text);
            assertEquals(flexmark, markdown.render(body, EDITION), text);
        }
    }

    private static String kinds(com.vladsch.flexmark.util.ast.Node node) {
        StringBuilder out = new StringBuilder(" " + node.getClass().getSimpleName() + "(");
        for (com.vladsch.flexmark.util.ast.Node child : node.getChildren()) {
            out.append(kinds(child));
        }
        return out.append(")").toString();
    }

    @Test
    void otherNodesAreLeftToFlexmark() {
        for (String text : LEFT_TO_FLEXMARK) {
            Body body = markdown.parse(text, "p.md");
            assertNull(markdown.renderDirectly(body, EDITION), text);
            assertEquals(markdown.renderWithFlexmark(body, EDITION), markdown.render(body, EDITION), text);
        }
    }

    /** The allow-lists hold on the direct path: a refused scheme is never a link, allowed raw HTML stays. */
    @Test
    void allowListsHoldWhicheverWriterRendersThePage() {
        String refused = markdown.render(markdown.parse("[x](javascript:alert(1)) [y](https://ok.example)\n", "p.md"),
                EDITION);
        assertEquals("<p>x <a href=\"https://ok.example\">y</a></p>\n", refused);
        String raw = markdown.render(markdown.parse("<kbd>Ctrl</kbd> and <img src=x onerror=y>\n", "p.md"), EDITION);
        assertTrue(raw.contains("<kbd>Ctrl</kbd>"), raw);
        assertTrue(raw.contains("&lt;img src=x onerror=y&gt;"), raw);
    }

    /** Every Markdown file of the default content and the fixture sites, front matter and all. */
    @Test
    void everyPageOfTheDefaultContentAndFixturesRendersAsFlexmarkRendersIt() throws IOException {
        List<Path> files;
        try (Stream<Path> content = Files.walk(Path.of("content"));
             Stream<Path> sites = Files.walk(Path.of("src/test/resources/sites"))) {
            files = Stream.concat(content, sites).filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() > 50, "Markdown files found: " + files.size());
        int direct = 0;
        for (Path file : files) {
            // Some fixtures hold bad bytes on purpose: read as the loader would report them, replaced.
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            Body body = markdown.parse(text, file.toString());
            String flexmark = markdown.renderWithFlexmark(body, EDITION);
            String html = markdown.renderDirectly(body, EDITION);
            if (html != null) {
                direct++;
                assertEquals(flexmark, html, file.toString());
            }
            assertEquals(flexmark, markdown.render(body, EDITION), file.toString());
        }
        assertTrue(direct > files.size() / 3, direct + " of " + files.size() + " written directly");
    }

    /** Snippets from data files (cells, descriptions) take the same path. */
    @Test
    void snippetsRenderAsBefore() {
        assertEquals("<p>One <em>two</em></p>\n<ul>\n<li>three</li>\n</ul>",
                markdown.renderBlock("One *two*\n\n- three\n", RenderContext.PLAIN));
        assertEquals("A <a href=\"b\">link</a> &amp; more", markdown.renderInline("A [link](b) & more", RenderContext.PLAIN));
    }
}
