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
}
