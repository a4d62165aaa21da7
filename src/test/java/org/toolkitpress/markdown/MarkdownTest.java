package org.toolkitpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolkitpress.model.Body;
import org.toolkitpress.model.ComponentRef;
import org.toolkitpress.model.Heading;

class MarkdownTest {

    private final Markdown markdown = Markdown.create();

    private String html(String text) {
        return markdown.render(markdown.parse(text, "p.md"), RenderContext.PLAIN);
    }

    @Test
    void headingsGetStableUniqueIdsAndExplicitIdsWin() {
        Body body = markdown.parse("## Key principles\n\n## Key principles\n\n## Stages {#stages}\n\n### Café & co\n", "p.md");
        assertEquals(List.of("key-principles", "key-principles-1", "stages", "cafe-co"),
                body.headings().stream().map(Heading::id).toList());
        String html = markdown.render(body, RenderContext.PLAIN);
        assertTrue(html.contains("<h2 id=\"stages\">Stages</h2>"), html);
        assertFalse(html.contains("{#"), html);
    }

    /**
     * Plain text takes a short cut past flexmark's unescaping (ToolkitNodeRenderer#text); each
     * kind of text is held to what flexmark's own renderer writes for it: entities, escapes,
     * characters HTML must escape, carriage returns, NUL, non-Latin text, text in a list, a table
     * and a heading.
     */
    @Test
    void plainTextRendersAsFlexmarkItselfRendersIt() {
        com.vladsch.flexmark.util.data.MutableDataSet options = new com.vladsch.flexmark.util.data.MutableDataSet();
        options.set(com.vladsch.flexmark.parser.Parser.EXTENSIONS,
                List.of(com.vladsch.flexmark.ext.tables.TablesExtension.create()));
        options.set(com.vladsch.flexmark.html.HtmlRenderer.SOFT_BREAK, "\n");
        options.set(com.vladsch.flexmark.ext.tables.TablesExtension.CLASS_NAME, "table");
        options.set(com.vladsch.flexmark.ext.tables.TablesExtension.WITH_CAPTION, false);
        options.set(com.vladsch.flexmark.ext.tables.TablesExtension.MIN_HEADER_ROWS, 1);
        com.vladsch.flexmark.parser.Parser stockParser = com.vladsch.flexmark.parser.Parser.builder(options).build();
        com.vladsch.flexmark.html.HtmlRenderer stock = com.vladsch.flexmark.html.HtmlRenderer.builder(options).build();
        for (String text : List.of(
                "Plain prose, with punctuation; and (brackets).\n",
                "Quotes \"here\" and a < b, c > d.\n",
                "Fish &amp; chips, caf&eacute; &#233; &copy;\n",
                "Escaped \\*stars\\* and \\\\ backslash.\n",
                "Line one\r\nline two\rline three\n",
                "A NUL \u0000 here.\n",
                "Em dash \u2014 and \u00e9t\u00e9, \ud83d\ude00 too.\n",
                "- one & two\n- three \"four\"\n",
                "| a | b |\n|---|---|\n| 1 < 2 | x \u2014 y |\n",
                "Soft\nbreak   with  spaces\ttab.\n")) {
            assertEquals(stock.render(stockParser.parse(text)), html(text), text);
        }
    }

    @Test
    void positionsAreFileLinesAndColumns() {
        Body body = markdown.parse("\n\n\nIntro [a link](x.md) here.\n\n![alt](i.png)\n", "content/pages/p.md");
        assertEquals("content/pages/p.md:4:7", body.links().get(0).pos().toString());
        assertEquals("content/pages/p.md:6:1", body.images().get(0).pos().toString());
    }

    @Test
    void componentDirectiveIsItsOwnBlock() {
        Body body = markdown.parse("Text\n\n::: continuum trauma-informed\n\nMore\n", "p.md");
        ComponentRef ref = body.components().get(0);
        assertEquals("continuum", ref.kind());
        assertEquals("trauma-informed", ref.id());
        assertEquals(3, ref.pos().line());
        RenderContext context = new RenderContext() {
            public String linkHref(String target) { return target; }
            public String imageSource(String source) { return source; }
            public String component(ComponentRef r) { return "<div data-kind=\"" + r.kind() + "\"></div>"; }
        };
        String html = markdown.render(body, context);
        assertTrue(html.contains("<div data-kind=\"continuum\"></div>"), html);
        assertFalse(html.contains(":::"), html);
    }

    @Test
    void malformedDirectiveIsKeptForTheCheck() {
        Body body = markdown.parse("::: continuum\n", "p.md");
        assertEquals("", body.components().get(0).kind());
    }

    @Test
    void quotationWithEmDashGetsAttribution() {
        String html = html("> I feel safe.\n>\n> — Young person, Year 9\n");
        assertTrue(html.contains("<figure class=\"quotation\">"), html);
        assertTrue(html.contains("<figcaption>— Young person, Year 9</figcaption>"), html);
        String plain = html("> Just a quote.\n");
        assertFalse(plain.contains("figure"), plain);
    }

    @Test
    void imageWithTitleAloneIsACaptionedFigure() {
        String html = html("![A chart](c.svg \"Figure 2. Attendance\")\n");
        assertTrue(html.contains("<figure><img src=\"c.svg\" alt=\"A chart\" /><figcaption>Figure 2. Attendance</figcaption></figure>"), html);
    }

    @Test
    void gfmTablesFootnotesAndDefinitionLists() {
        String html = html("| a | b |\n|---|---|\n| 1 | 2 |\n\nNote[^1].\n\n[^1]: The note.\n\nTerm\n: Meaning\n");
        assertTrue(html.contains("<table class=\"table\">"), html);
        assertTrue(html.contains("<th>a</th>"), html);
        assertTrue(html.contains("footnote"), html);
        assertTrue(html.contains("<dl>") && html.contains("<dt>Term</dt>"), html);
    }

    @Test
    void linksGoThroughTheEditionsContext() {
        RenderContext context = new RenderContext() {
            public String linkHref(String target) { return "/resolved/" + target; }
            public String imageSource(String source) { return source; }
            public String component(ComponentRef r) { return ""; }
        };
        String html = markdown.render(markdown.parse("[x](a.md#b \"T\")", "p.md"), context);
        assertTrue(html.contains("<a href=\"/resolved/a.md#b\" title=\"T\">x</a>"), html);
    }

    @Test
    void slugFoldsAccentsAndPunctuation() {
        assertEquals("what-we-expect-from-schools", Markdown.slug("What we expect from schools?"));
        assertEquals("section", Markdown.slug("!!!"));
        assertEquals("cafe-naive-uber", Markdown.slug("Café – naïve Über"));
        assertEquals("a-b-2", Markdown.slug("  --A__b 2--?  "));
    }

    @Test
    void theRendererDropsEveryRefusedSchemeWhateverTheCheckSaid() {
        String html = markdown.renderBlock("""
                <jAvAscript:alert(1)> <javascript:alert(2)> <vbscript:msgbox(1)> <data:text/html,x>

                [ref][r] ![pic][r] [tab](java&#x09;script:alert(3)) [case]( JaVaScRiPt:alert(4))
                ![file](file:///tmp/secret.png) [ok](https://example.org/) <mailto:a@example.org>

                [r]: JAVASCRIPT:alert(5)
                """, RenderContext.PLAIN);
        String lower = html.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s", "");
        for (String scheme : List.of("javascript:", "vbscript:", "data:", "file:")) {
            assertFalse(lower.contains("href=\"" + scheme) || lower.contains("src=\"" + scheme), scheme + " in " + html);
        }
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("<a href=\"https://example.org/\">ok</a>"), html);
        assertTrue(html.contains("<a href=\"mailto:a@example.org\">"), html);
        assertTrue(html.contains("ref") && html.contains("case"), "link text is kept: " + html);
    }

    @Test
    void theRendererPrintsRefusedRawHtmlAsText() {
        String html = markdown.renderBlock("""
                Evidence <img src=x onerror=alert(1)> and <abbr title="x">ok</abbr>.

                <script>alert(1)</script>

                <body onload="alert(2)">
                """, RenderContext.PLAIN);
        assertFalse(html.contains("<img") || html.contains("<script") || html.contains("<body"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<abbr title=\"x\">ok</abbr>"), html);
    }

    @Test
    void referenceLinksAutolinksAndRawHtmlAreRecordedWithTheirPlace() {
        Body body = markdown.parse("[a][r] <vbscript:x>\n\nText <span onclick=\"x\">y</span>\n\n[r]: JAVASCRIPT:x\n", "p.md");
        assertEquals(List.of("JAVASCRIPT:x", "vbscript:x"), body.links().stream().map(l -> l.target()).toList());
        assertEquals("p.md:1:8", body.links().get(1).pos().toString());
        assertEquals("p.md:3:6", body.html().get(0).at(0).toString());
    }

    @Test
    void aDataSnippetNeverRendersAComponent() {
        RenderContext context = new RenderContext() {
            public String linkHref(String target) { return target; }
            public String imageSource(String source) { return source; }
            public String component(ComponentRef r) { throw new AssertionError("a component was rendered from data"); }
        };
        assertFalse(markdown.renderBlock("::: continuum c\n", context).contains("continuum"));
    }

    /**
     * A data-file snippet is parsed once a build (Markdown#snippets): loading parses it for the
     * checks and every render and the search index then reuse that tree. A snippet with a heading
     * is parsed afresh each time, since parsing it for its checks gives the heading its id, and a
     * rendered snippet's headings carry none. Each is held to what a parser that never saw the
     * text writes, before and after it was kept, and positions are still read from each caller's
     * own place.
     */
    @Test
    void aSnippetIsParsedOnceAndRendersAsAFreshParseDoes() {
        String prose = "Schools *agree* a [plan](https://example.org/p) with <https://example.org/q>.\n\n- one\n- two\n";
        String headed = "## Next steps {#next}\n\nText.\n";
        Markdown fresh = Markdown.create();
        String proseHtml = fresh.renderBlock(prose, RenderContext.PLAIN);
        String headedHtml = Markdown.create().renderBlock(headed, RenderContext.PLAIN);

        Body first = markdown.parse(prose, org.toolkitpress.model.SourceMap.at(new org.toolkitpress.model.SourcePos("a.yml", 3, 5)));
        Body second = markdown.parse(prose, org.toolkitpress.model.SourceMap.at(new org.toolkitpress.model.SourcePos("b.yml", 7, 9)));
        assertTrue(first.ast() == second.ast(), "the second reading reuses the first one's tree");
        assertEquals("a.yml:3:5", first.links().get(0).pos().toString());
        assertEquals("b.yml:7:9", second.links().get(0).pos().toString());
        assertEquals(List.of("https://example.org/p", "https://example.org/q"),
                second.links().stream().map(l -> l.target()).toList());
        assertEquals(proseHtml, markdown.renderBlock(prose, RenderContext.PLAIN));
        assertEquals(proseHtml, markdown.renderBlock(prose, RenderContext.PLAIN));
        assertTrue(markdown.parse(prose, "search").ast() == first.ast(), "the search index reuses it too");

        Body headedFirst = markdown.parse(headed, org.toolkitpress.model.SourceMap.at(new org.toolkitpress.model.SourcePos("c.yml", 1, 1)));
        assertEquals("next", headedFirst.headings().get(0).id());
        assertFalse(headedFirst.ast() == markdown.parse(headed, "search").ast(), "a snippet with a heading is parsed each time");
        assertEquals(headedHtml, markdown.renderBlock(headed, RenderContext.PLAIN));
        assertEquals(headedHtml, markdown.renderBlock(headed, RenderContext.PLAIN));

        // A page is never kept: its tree is let go of after rendering (model.SyntaxTree).
        assertFalse(markdown.parse(prose, "p.md", new org.toolkitpress.model.Diagnostics()).ast() == first.ast());
    }

    /**
     * A kept snippet renders the same from several threads at once, each with its own context:
     * one flexmark writes (an image) and one the direct renderer writes.
     */
    @Test
    void aKeptSnippetRendersOnSeveralThreadsAtOnce() throws Exception {
        rendersOnSeveralThreads("See ![a chart](chart.png) and [the guide](guide.md).\n");
        rendersOnSeveralThreads("Read *the* [guide](guide.md) and <https://example.org>.\n\n- [one](a.md)\n- two\n\n| a | b |\n|---|---|\n| [x](x.md) | y |\n");
    }

    private void rendersOnSeveralThreads(String text) throws Exception {
        List<RenderContext> contexts = List.of(under("../"), under("../../"), under("a/b/"));
        List<String> expected = contexts.stream().map(c -> Markdown.create().renderBlock(text, c)).toList();
        assertEquals(3, new java.util.HashSet<>(expected).size(), expected.toString());
        markdown.parse(text, org.toolkitpress.model.SourceMap.at(new org.toolkitpress.model.SourcePos("a.yml", 1, 1)));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> renders = new java.util.ArrayList<>();
            for (int i = 0; i < 300; i++) {
                RenderContext context = contexts.get(i % 3);
                renders.add(pool.submit(() -> markdown.renderBlock(text, context)));
            }
            for (int i = 0; i < renders.size(); i++) {
                assertEquals(expected.get(i % 3), renders.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Links and images resolved under {@code root}, as a page that deep would resolve them. */
    private static RenderContext under(String root) {
        return new RenderContext() {
            public String linkHref(String target) { return root + target; }
            public String imageSource(String source) { return root + source; }
            public String component(ComponentRef r) { return ""; }
        };
    }
}
