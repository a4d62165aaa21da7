package org.toolkitpress.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.Set;
import org.toolkitpress.model.ComponentRef;

/**
 * Renders the nodes whose HTML depends on the toolkit: headings with their stable ids, links and
 * images through the edition's {@link RenderContext}, an image with a title as a captioned
 * figure, a quotation whose last paragraph starts with an em dash as a quotation with
 * attribution, figure placeholders with their descriptions, and component directives. Everything
 * else is flexmark's default.
 */
final class ToolkitNodeRenderer implements NodeRenderer {

    static final NullableDataKey<RenderContext> CONTEXT = new NullableDataKey<>("TOOLKIT_RENDER_CONTEXT");

    static final String ATTRIBUTION_DASH = "\u2014";

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Heading.class, this::heading),
                new NodeRenderingHandler<>(Link.class, this::link),
                new NodeRenderingHandler<>(Image.class, this::image),
                new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
                new NodeRenderingHandler<>(BlockQuote.class, this::blockQuote),
                new NodeRenderingHandler<>(ComponentBlock.class, this::component),
                new NodeRenderingHandler<>(FigureBlock.class, this::figurePlaceholder),
                new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, context, html) -> { }),
                new NodeRenderingHandler<>(HtmlInlineComment.class, (node, context, html) -> { }));
    }

    private static RenderContext context(NodeRendererContext context) {
        RenderContext render = CONTEXT.get(context.getDocument());
        return render == null ? RenderContext.PLAIN : render;
    }

    private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
        String tag = "h" + node.getLevel();
        if (!node.getAnchorRefId().isEmpty()) {
            html.attr("id", node.getAnchorRefId());
        }
        html.srcPos(node.getText()).withAttr().tagLine(tag, () -> context.renderChildren(node));
    }

    private void link(Link node, NodeRendererContext context, HtmlWriter html) {
        html.attr("href", context(context).linkHref(node.getUrl().unescape()));
        if (node.getTitle().isNotNull()) {
            html.attr("title", node.getTitle().unescape());
        }
        html.srcPos(node.getChars()).withAttr().tag("a");
        context.renderChildren(node);
        html.tag("/a");
    }

    private void image(Image node, NodeRendererContext context, HtmlWriter html) {
        html.attr("src", context(context).imageSource(node.getUrl().unescape()));
        html.attr("alt", altText(node));
        html.srcPos(node.getChars()).withAttr().tagVoid("img");
    }

    static String altText(Image node) {
        return new TextCollectingVisitor().collectAndGetText(node).strip();
    }

    private void paragraph(Paragraph node, NodeRendererContext context, HtmlWriter html) {
        Image figure = soleImageWithTitle(node);
        if (figure == null) {
            context.delegateRender();
            return;
        }
        html.tagLine("figure", () -> {
            context.render(figure);
            html.tag("figcaption").text(figure.getTitle().unescape()).tag("/figcaption");
        });
    }

    /** The image a paragraph consists of, if it has a caption (title); otherwise null. */
    static Image soleImageWithTitle(Paragraph paragraph) {
        Image image = null;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image candidate && image == null) {
                image = candidate;
            } else if (!child.getChars().isBlank()) {
                return null;
            }
        }
        return image != null && image.getTitle().isNotNull() && !image.getTitle().isBlank() ? image : null;
    }

    private void blockQuote(BlockQuote node, NodeRendererContext context, HtmlWriter html) {
        Paragraph attribution = attribution(node);
        if (attribution == null) {
            context.delegateRender();
            return;
        }
        html.attr("class", "quotation").withAttr().tagLine("figure", () -> {
            html.tagLine("blockquote", () -> {
                for (Node child = node.getFirstChild(); child != attribution; child = child.getNext()) {
                    context.render(child);
                }
            });
            html.tag("figcaption");
            context.renderChildren(attribution);
            html.tag("/figcaption").line();
        });
    }

    /** The last paragraph of a quotation when it begins with an em dash; otherwise null. */
    static Paragraph attribution(BlockQuote quote) {
        if (quote.getLastChild() instanceof Paragraph last && last != quote.getFirstChild()
                && last.getFirstChild() instanceof Text text
                && text.getChars().trimStart().startsWith(ATTRIBUTION_DASH)) {
            return last;
        }
        return null;
    }

    /**
     * A figure this edition does not reproduce: its caption, a note saying so, and the editor's
     * description of what it showed. No image, so nothing promises a picture that is not there;
     * the caption names the figure.
     */
    private void figurePlaceholder(FigureBlock node, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", "figure-placeholder").withAttr().tagLine("figure", () -> {
            html.line();
            if (!node.caption().isEmpty()) {
                html.tag("figcaption").text(node.caption()).tag("/figcaption").line();
            }
            boolean described = node.hasDescription();
            html.attr("class", "figure-placeholder-note").withAttr().tag("p")
                    .text(described ? "This figure is not reproduced in this edition. It showed:"
                            : "This figure is not reproduced in this edition.")
                    .tag("/p").line();
            if (described) {
                html.attr("class", "figure-description").withAttr().tagLine("div", () -> context.renderChildren(node));
            }
        });
    }

    private void component(ComponentBlock node, NodeRendererContext context, HtmlWriter html) {
        html.raw(context(context).component(new ComponentRef(node.kind(), node.componentId(), null)));
        html.line();
    }
}
