package org.toolkitpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.toolkitpress.model.Body;
import org.toolkitpress.model.FigureRef;

/** {@code ::: figure Caption} … {@code :::}: a figure not reproduced, with its text description. */
class FigurePlaceholderTest {

    private final Markdown markdown = Markdown.create();

    @Test
    void aDescribedFigureIsACaptionANoteAndItsMarkdownDescriptionWithNoImage() {
        String text = "Before.\n\n::: figure Figure 5. The umbrella\nAn umbrella over *two* approaches:\n\n"
                + "- Nurture UK\n- iThrive\n:::\n\nAfter.\n";
        Body body = markdown.parse(text, "content/pages/p.md");
        assertEquals(List.of(new FigureRef("Figure 5. The umbrella", true, true, body.figures().get(0).pos())), body.figures());
        assertEquals("content/pages/p.md:3:1", body.figures().get(0).pos().toString());
        assertEquals(List.of(), body.components(), "not a component directive");
        Element figure = Jsoup.parseBodyFragment(markdown.render(body, RenderContext.PLAIN)).selectFirst("figure.figure-placeholder");
        assertEquals("Figure 5. The umbrella", figure.selectFirst("figcaption").text());
        assertEquals("This figure is not reproduced in this edition. It showed:", figure.selectFirst(".figure-placeholder-note").text());
        assertEquals("An umbrella over two approaches:", figure.selectFirst(".figure-description > p").text());
        assertEquals("two", figure.selectFirst(".figure-description em").text());
        assertEquals(List.of("Nurture UK", "iThrive"), figure.select(".figure-description li").eachText());
        assertTrue(figure.select("img, svg, [alt]").isEmpty(), "nothing promises a picture");
        Element after = figure.nextElementSibling();
        assertEquals("After.", after.text(), "the page goes on after the closing line");
    }

    @Test
    void anUndescribedFigureSaysOnlyThatItIsNotReproduced() {
        Body body = markdown.parse("::: figure Chart\n:::\n", "p.md");
        assertEquals(List.of(new FigureRef("Chart", false, true, body.figures().get(0).pos())), body.figures());
        Element figure = Jsoup.parseBodyFragment(markdown.render(body, RenderContext.PLAIN)).selectFirst("figure");
        assertEquals("This figure is not reproduced in this edition.", figure.selectFirst(".figure-placeholder-note").text());
        assertTrue(figure.select(".figure-description").isEmpty());
    }

    @Test
    void aOneWordCaptionIsStillAFigureAndAFigureWithoutCaptionHasNoFigcaption() {
        Body body = markdown.parse("::: figure Screenshots\nTwo tools.\n:::\n\n::: figure\nA map.\n:::\n", "p.md");
        assertEquals(List.of("Screenshots", ""), body.figures().stream().map(FigureRef::caption).toList());
        assertEquals(List.of(), body.components());
        String html = markdown.render(body, RenderContext.PLAIN);
        assertEquals(1, Jsoup.parseBodyFragment(html).select("figcaption").size(), html);
    }

    @Test
    void anUnclosedFigureIsRecordedAsOpen() {
        Body body = markdown.parse("::: figure Chart\nText.\n\n## Heading\n", "p.md");
        assertFalse(body.figures().get(0).closed());
    }

    @Test
    void linksInADescriptionAreCheckedLikeAnyOther() {
        Body body = markdown.parse("::: figure Chart\nSee [the data](data.md).\n:::\n", "p.md");
        assertEquals("data.md", body.links().get(0).target());
    }
}
