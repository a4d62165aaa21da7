package org.toolkitpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link ParserShortcuts} must give the very tree flexmark's own tables extension and inline
 * parser give: every node, its kind, its source range and its details (urls, titles, alignment,
 * reference definitions), for tables, near-tables, links of every form and whole pages.
 */
class ParserShortcutsTest {

    private final Parser shortcuts = Parser.builder(Markdown.options(true)).build();
    private final Parser stock = Parser.builder(Markdown.options(false)).build();

    private static final List<String> CASES = List.of(
            "| a | b |\n|---|---|\n| 1 | 2 |\n",
            "a | b\n--- | ---\n1 | 2\n",
            "| Left | Centre | Right |\n|:---|:---:|---:|\n| x | y | z |\n| spans ||| \n",
            "Prose first\n| a | b |\n|---|---|\n",
            "| a | b |\nprose second\n|---|---|\n",
            "Prose with a | pipe\nand more\n",
            "  | indented | table |\n  |---|---|\n  | 1 | 2 |\n",
            "- | in | list |\n  |---|---|\n  | 1 | 2 |\n",
            "> | in | quote |\n> |---|---|\n",
            "|---|---|\n",
            "| only header |\n",
            "[link](url \"title\") [spaced]  (not a link) [ref] [ref][] [r2][ref]\n\n[ref]: /u 'T'\n[r2]:\n  /v\n  \"multi\nline\"\n",
            "[a](<b c> \"t\") [a]( b ) [a](b\n\"title on next line\") ![img](i.png \"cap\") [x]\n[x]:y\n",
            "[link\nwith break](u) [nested [brackets]](u) [a]\n(b)\n",
            "Text\n\n[^1]: footnote\n\nTerm\n: definition\n\n~~gone~~ www.example.org a@b.org\n",
            // Past the limits, as the deep-nesting fixture's pages are, but small: see texts().
            nested("- ", "  ", 25), nested("> ", "", 25), wide(60),
            "");

    /** Texts in which the bare-address processor makes a link, in every kind of block. */
    private static final List<String> LINKED = List.of(
            "See www.example.org.\n", "Mail a@b.org\n", "https://example.org/x\n",
            "| a | b |\n|---|---|\n| www.example.org | c@d.org |\n", "> quoted\n> https://example.org\n",
            "- item\n  www.example.org\n", "# Heading www.example.org\n", "*www.example.org*\n");
    /** Texts near an address: hidden behind entities, escapes or the editor's placeholder, or cut across lines. */
    private static final List<String> NEAR = List.of(
            "See WwW.example.org.\n", "ftp://example.org\n", "a&#64;b.org &amp; x\n", "a\\@b.org\n", "mail\u001fto a@b\n",
            "w\nww.example.org and ww\nw.example.org\n", ":\n//example.org\n", "http:\n//example.org\n",
            "Plain prose: no address.\n");

    @Test
    void treesAreFlexmarksOwn() throws IOException {
        List<String> texts = texts();
        assertTrue(texts.size() > 50, "cases: " + texts.size());
        for (String text : texts) {
            assertEquals(tree(stock.parse(text)), tree(shortcuts.parse(text)), text);
        }
    }

    /**
     * The build's own choice of parser, without the bare-address processor for a text that cannot
     * hold an address, gives the tree of the parser with every extension, for every text: pages,
     * the cases above and addresses of every kind (which must keep the processor).
     */
    @Test
    void aTextWithoutAddressesParsesAsWithTheProcessor() throws IOException {
        Markdown markdown = Markdown.create();
        Parser without = Parser.builder(Markdown.withoutAddresses(Markdown.options(true))).build();
        List<String> texts = texts();
        texts.addAll(LINKED);
        texts.addAll(NEAR);
        int withoutProcessor = 0;
        for (String text : texts) {
            Parser chosen = markdown.parserFor(text);
            assertEquals(tree(shortcuts.parse(text)), tree(chosen.parse(text)), text);
            if (!BareLinkExtension.mayHoldAddress(text)) {
                withoutProcessor++;
            }
        }
        assertTrue(withoutProcessor > 50, "texts parsed without the processor: " + withoutProcessor);
        for (String text : LINKED) {
            assertTrue(BareLinkExtension.mayHoldAddress(text), text);
            // The processor is what links these: without it the tree would differ.
            assertNotEquals(tree(shortcuts.parse(text)), tree(without.parse(text)), text);
        }
    }

    /**
     * The cases and every page of the content and the fixtures, but for pages that could nest
     * past {@link Limits#SAFE_BOUND}: the deep-nesting fixture's 500-deep list and quote and
     * 1,000-column table, which the build parses on a deep stack only to refuse. Their depth
     * makes each parse cost seconds (flexmark's block parser walks every open level on every
     * line) and exercises nothing of the shortcuts that the small cases past the limits above
     * do not; the test says which pages it left out, so a real page cannot be left out unseen.
     */
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(CASES);
        List<Path> tooDeep = new ArrayList<>();
        try (Stream<Path> content = Files.walk(Path.of("content"));
             Stream<Path> sites = Files.walk(Path.of("src/test/resources/sites"))) {
            for (Path file : Stream.concat(content, sites).filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                if (Limits.bound(text) <= Limits.SAFE_BOUND) {
                    texts.add(text);
                } else {
                    tooDeep.add(file);
                }
            }
        }
        Path deepFixture = Path.of("src/test/resources/sites/invalid/deep-nesting");
        assertEquals(List.of(), tooDeep.stream().filter(p -> !p.startsWith(deepFixture)).toList(),
                "pages left out as too deep outside the deep-nesting fixture");
        return texts;
    }

    /** A list item or quote nested {@code depth} deep. */
    private static String nested(String mark, String indent, int depth) {
        StringBuilder text = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            text.append(indent.repeat(level)).append(mark.repeat(indent.isEmpty() ? level + 1 : 1))
                    .append("level ").append(level).append(" [a](u) *b*\n");
        }
        return text.toString();
    }

    /** A table {@code columns} wide, with a delimiter row and one body row. */
    private static String wide(int columns) {
        StringBuilder head = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        StringBuilder body = new StringBuilder("|");
        for (int c = 0; c < columns; c++) {
            head.append(" c").append(c).append(" |");
            rule.append("---|");
            body.append(" [").append(c).append("](u) |");
        }
        return head + "\n" + rule + "\n" + body + "\n";
    }

    @Test
    void onlyParagraphsWithAPipeOnTheirFirstLineAreTriedAsTables() {
        assertTrue(ParserShortcuts.firstLineHasPipe(first("| a | b |\n|---|---|\n")));
        assertTrue(ParserShortcuts.firstLineHasPipe(first("a | b\n--- | ---\n")));
        assertFalse(ParserShortcuts.firstLineHasPipe(first("Prose\n| a | b |\n|---|---|\n")));
        assertFalse(ParserShortcuts.firstLineHasPipe(first("Plain prose.\n")));
    }

    private Paragraph first(String text) {
        // Parsed without the tables extension's help, so the paragraph is still a paragraph.
        return (Paragraph) Parser.builder().build().parse(text).getFirstChild();
    }

    private static String tree(Node node) {
        StringBuilder out = new StringBuilder();
        tree(node, 0, out);
        return out.toString();
    }

    private static void tree(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.toAstString(true)).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            tree(child, depth + 1, out);
        }
    }
}
