package org.toolkitpress.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registers the figure and component directive parsers and the toolkit's node renderer with
 * flexmark, and names each footnote's back-link.
 */
final class ToolkitExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new FigureBlockParser.Factory());
        builder.customBlockParserFactory(new ComponentBlockParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new ToolkitNodeRenderer());
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return ToolkitExtension::footnoteBack;
            }
        });
    }

    /** The back-link's address, {@code #fnref-N} or, for the second reference to the same note on, {@code #fnref-N-M}. */
    private static final Pattern BACK_TO = Pattern.compile("#fnref-(\\d+)(-\\d+)?");

    /**
     * flexmark's footnote renderer writes the back-link ({@code <a class="footnote-back">↩</a>},
     * Markdown.options) with the notes at the end of the document, asking the attribute providers
     * for it as for the node being rendered then: the link is told by its class, and its note's
     * number read from its address. Its accessible name comes from the edition's context (the
     * interface strings), so a screen reader says "Back to reference 1" rather than "hook arrow".
     */
    private static void footnoteBack(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!"footnote-back".equals(attributes.getValue("class"))) {
            return;
        }
        Matcher number = BACK_TO.matcher(attributes.getValue("href"));
        if (number.matches()) {
            RenderContext render = ToolkitNodeRenderer.CONTEXT.get(node.getDocument());
            String name = render == null ? null : render.footnoteBack(Integer.parseInt(number.group(1)));
            if (name != null) {
                attributes.replaceValue("aria-label", name);
            }
        }
    }
}
