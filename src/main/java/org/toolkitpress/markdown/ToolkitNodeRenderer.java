package org.toolkitpress.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;
import org.toolkitpress.model.ContentLink;

/**
 * Renders the nodes whose HTML depends on the toolkit: headings with their stable ids, links and
 * images (inline, reference and autolinks) through the edition's {@link RenderContext} and the
 * one scheme allow-list, raw HTML through the one {@link HtmlAllowList}, an image with a title as a captioned
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
                new NodeRenderingHandler<>(AutoLink.class, this::autolink),
                new NodeRenderingHandler<>(LinkRef.class, this::linkRef),
                new NodeRenderingHandler<>(Image.class, this::image),
                new NodeRenderingHandler<>(ImageRef.class, this::imageRef),
                new NodeRenderingHandler<>(HtmlBlock.class, this::rawHtml),
                new NodeRenderingHandler<>(HtmlInline.class, this::rawHtml),
                new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
                new NodeRenderingHandler<>(Text.class, this::text),
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
        link(node, node.getUrl().unescape(), node.getTitle(), context, html);
    }

    private void linkRef(LinkRef node, NodeRendererContext context, HtmlWriter html) {
        if (!node.isDefined()) {
            context.delegateRender();
            return;
        }
        Reference reference = node.getReferenceNode(context.getDocument());
        link(node, referenceUrl(node, context.getDocument()), reference.getTitle(), context, html);
    }

    /**
     * A link whose address passed the scheme allow-list, or its text alone: whatever the check
     * stage said, a refused address (javascript:, data:, …) never reaches a page.
     */
    private void link(Node node, String url, BasedSequence title, NodeRendererContext context, HtmlWriter html) {
        if (ContentLink.refusedScheme(url) != null) {
            context.renderChildren(node);
            return;
        }
        html.attr("href", context(context).linkHref(url));
        if (title.isNotNull()) {
            html.attr("title", title.unescape());
        }
        html.srcPos(node.getChars()).withAttr().tag("a");
        context.renderChildren(node);
        html.tag("/a");
    }

    private void autolink(AutoLink node, NodeRendererContext context, HtmlWriter html) {
        String url = autolinkTarget(node);
        boolean refused = ContentLink.refusedScheme(url) != null;
        if (!refused) {
            html.attr("href", context(context).linkHref(url)).srcPos(node.getChars()).withAttr().tag("a");
        }
        if (node.hasChildren()) {
            context.renderChildren(node);
        } else {
            html.text(node.getText().unescape());
        }
        if (!refused) {
            html.tag("/a");
        }
    }

    /** Where an autolink points: {@code <scheme:…>} as written; a bare {@code www.} address over http. */
    static String autolinkTarget(AutoLink node) {
        String url = node.getUrl().isEmpty() ? node.getText().unescape() : node.getUrl().unescape();
        return ContentLink.scheme(url) == null ? "http://" + url : url;
    }

    /** The address a defined reference link or image uses, from its {@code [ref]: url} line. */
    static String referenceUrl(RefNode node, Document document) {
        return node.getReferenceNode(document).getUrl().unescape();
    }

    private void image(Image node, NodeRendererContext context, HtmlWriter html) {
        image(node, node.getUrl().unescape(), context, html);
    }

    private void imageRef(ImageRef node, NodeRendererContext context, HtmlWriter html) {
        if (!node.isDefined()) {
            context.delegateRender();
            return;
        }
        image(node, referenceUrl(node, context.getDocument()), context, html);
    }

    /** An image whose address passed the scheme allow-list; a refused one is left out. */
    private void image(Node node, String url, NodeRendererContext context, HtmlWriter html) {
        if (ContentLink.refusedScheme(url) != null) {
            return;
        }
        html.attr("src", context(context).imageSource(url));
        html.attr("alt", altText(node));
        html.srcPos(node.getChars()).withAttr().tagVoid("img");
    }

    static String altText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).strip();
    }

    /** Raw HTML the allow-list accepts as written; anything else is shown as text, never run. */
    private void rawHtml(Node node, NodeRendererContext context, HtmlWriter html) {
        String raw = node.getChars().toString();
        if (HtmlAllowList.allows(raw)) {
            context.delegateRender();
        } else if (node instanceof HtmlBlock) {
            html.tagLine("p", () -> html.text(raw.strip()));
        } else {
            html.text(raw);
        }
    }

    /**
     * Plain text, as flexmark writes it ({@code html.text(normalizeEOL(unescape(chars)))}), without
     * its two copies made a character at a time when the text has nothing to unescape or
     * normalise: no entity or escape (an ampersand, a backslash), no carriage return and no NUL
     * (which flexmark reads as U+FFFD). Text is most of what a page renders.
     */
    private void text(Text node, NodeRendererContext context, HtmlWriter html) {
        if (!(node.getChars() instanceof SubSequence range && range.getBase() instanceof String page)
                || range.isEmpty()) {
            context.delegateRender();
            return;
        }
        int start = range.getStartOffset();
        int end = range.getEndOffset();
        boolean escape = false;
        for (int i = start; i < end; i++) {
            switch (page.charAt(i)) {
                case '&', '\\', '\r', '\0' -> {
                    context.delegateRender();
                    return;
                }
                case '<', '>', '"' -> escape = true;
                default -> { }
            }
        }
        if (escape) {
            html.text(page.substring(start, end));
        } else {
            // Nothing for flexmark's escaping (& < > ") to replace: the text as written, read in
            // the page's own string.
            html.append(page, start, end);
        }
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
        html.raw(context(context).component(node.ref()));
        html.line();
    }
}
