package org.toolkitpress.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import org.toolkitpress.model.ContentLink;

/**
 * Writes the node kinds a page of prose is made of (paragraphs, headings, emphasis, inline code,
 * links, lists, quotations, tables, rules, components) straight into {@link HtmlLines}, exactly as
 * flexmark with {@link ToolkitNodeRenderer} writes them. flexmark's writer takes its HTML one
 * character at a time, tracking lines, prefixes and indents that these nodes never use; that
 * was half of a page's rendering (docs/performance-log.md, "Issue 16: a renderer of our own for
 * pages of prose").
 *
 * <p>A document holding any other kind of node (raw HTML, images, code blocks, footnotes,
 * figures, …), or whose HTML would hold a blank line, which flexmark's writer
 * collapses, is not written here: {@link #render} returns null and flexmark renders it. Each
 * method mirrors one of flexmark's (CoreNodeRenderer, TableNodeRenderer) or ours; {@link HtmlLines}
 * keeps flexmark's line rule ({@code LineAppendableImpl} with the renderer's default format).
 */
final class DirectRenderer {

    private final ListOptions listOptions;
    private final DataHolder options;
    private final String softBreak;
    private final String hardBreak;
    private final boolean unescapeEntities;
    private final String tableClass;
    private final boolean columnSpans;

    DirectRenderer(DataHolder options) {
        this.options = options;
        this.listOptions = ListOptions.get(options);
        this.softBreak = HtmlRenderer.SOFT_BREAK.get(options);
        this.hardBreak = HtmlRenderer.HARD_BREAK.get(options);
        this.unescapeEntities = HtmlRenderer.UNESCAPE_HTML_ENTITIES.get(options);
        this.tableClass = TablesExtension.CLASS_NAME.get(options);
        this.columnSpans = TablesExtension.COLUMN_SPANS.get(options);
    }

    /** The document's HTML, or null when flexmark must render it. */
    String render(Document document, RenderContext context) {
        HtmlLines out = new HtmlLines(Math.max(256, document.getTextLength() + document.getTextLength() / 4));
        try {
            children(document, context, out);
            return out.finished();
        } catch (HtmlLines.NotWritable notWritable) {
            return null;
        }
    }

    private void children(Node parent, RenderContext context, HtmlLines out) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            node(child, context, out);
        }
    }

    private void node(Node node, RenderContext context, HtmlLines out) {
        // Exact classes: a subclass (an extension's node) may render differently.
        Class<?> kind = node.getClass();
        if (kind == Text.class) {
            text(node, out);
        } else if (kind == SoftLineBreak.class) {
            out.append(softBreak);
        } else if (kind == Paragraph.class) {
            paragraph((Paragraph) node, context, out);
        } else if (kind == Emphasis.class) {
            out.tag("<em>");
            children(node, context, out);
            out.tag("</em>");
        } else if (kind == StrongEmphasis.class) {
            out.tag("<strong>");
            children(node, context, out);
            out.tag("</strong>");
        } else if (kind == Link.class) {
            Link link = (Link) node;
            link(node, link.getUrl().unescape(), link.getTitle(), context, out);
        } else if (kind == LinkRef.class) {
            LinkRef ref = (LinkRef) node;
            if (!ref.isDefined()) {
                undefinedReference(ref, context, out);
                return;
            }
            Document document = node.getDocument();
            link(node, ToolkitNodeRenderer.referenceUrl(ref, document), ref.getReferenceNode(document).getTitle(),
                    context, out);
        } else if (kind == Heading.class) {
            heading((Heading) node, context, out);
        } else if (kind == BulletListItem.class || kind == OrderedListItem.class) {
            listItem((ListItem) node, context, out);
        } else if (kind == BulletList.class) {
            indented("<ul>", "</ul>", node, context, out);
        } else if (kind == OrderedList.class) {
            OrderedList list = (OrderedList) node;
            int start = list.getStartNumber();
            String open = listOptions.isOrderedListManualStart() && start != 1
                    ? "<ol start=\"" + start + "\">" : "<ol>";
            indented(open, "</ol>", node, context, out);
        } else if (kind == Code.class) {
            out.tag("<code>");
            out.append(Escaping.escapeHtml(Escaping.collapseWhitespace(((Code) node).getText(), true), false));
            out.tag("</code>");
        } else if (kind == HardLineBreak.class) {
            out.append(hardBreak);
        } else if (kind == BlockQuote.class) {
            blockQuote((BlockQuote) node, context, out);
        } else if (kind == AutoLink.class) {
            autolink((AutoLink) node, context, out);
        } else if (kind == HtmlEntity.class) {
            if (unescapeEntities) {
                out.append(Escaping.escapeHtml(node.getChars().unescape(), false));
            } else {
                out.append(node.getChars().unescapeNoEntities());
            }
        } else if (kind == ComponentBlock.class) {
            // ToolkitNodeRenderer#component: the component's HTML as it stands, then a line end.
            ComponentBlock component = (ComponentBlock) node;
            out.append(context.component(component.ref()));
            out.line();
        } else if (kind == TextBase.class) {
            children(node, context, out);
        } else if (kind == TableBlock.class) {
            // tagLineIndent("table", …).line()
            out.line();
            out.append(tableClass.isEmpty() ? "<table>" : "<table class=\"" + Escaping.escapeHtml(tableClass, true) + "\">");
            out.line();
            children(node, context, out);
            out.line();
            out.tag("</table>");
            out.line();
        } else if (kind == TableHead.class) {
            tagLine("<thead>", "</thead>", node, context, out);
        } else if (kind == TableBody.class) {
            tagLine("<tbody>", "</tbody>", node, context, out);
        } else if (kind == TableRow.class) {
            tagLine("<tr>", "</tr>", node, context, out);
        } else if (kind == TableCell.class) {
            cell((TableCell) node, context, out);
        } else if (kind == TableSeparator.class || kind == Reference.class || kind == HtmlCommentBlock.class
                || kind == HtmlInlineComment.class) {
            // Written as nothing (TableNodeRenderer, CoreNodeRenderer; ToolkitNodeRenderer drops comments).
        } else if (kind == ThematicBreak.class) {
            out.line();
            out.tag("<hr />");
            out.line();
        } else {
            throw HtmlLines.NotWritable.INSTANCE;
        }
    }

    /** flexmark's {@code tagLine(tag, children)}: the element starts and ends a line. */
    private void tagLine(String open, String close, Node node, RenderContext context, HtmlLines out) {
        out.line();
        out.tag(open);
        children(node, context, out);
        out.tag(close);
        out.line();
    }

    /** flexmark's {@code tagIndent(tag, children)} with no indent: a list. */
    private void indented(String open, String close, Node node, RenderContext context, HtmlLines out) {
        out.line();
        out.tag(open);
        out.line();
        children(node, context, out);
        out.line();
        out.tag(close);
        out.line();
    }

    /**
     * Plain text as flexmark writes it, {@code text(normalizeEOL(unescape(chars)))}; text with
     * nothing to unescape or normalise (no {@code &}, backslash, CR or NUL) and nothing to escape
     * is copied from the page's own string, as {@link ToolkitNodeRenderer} does.
     */
    private static void text(Node node, HtmlLines out) {
        if (node.getChars() instanceof SubSequence range && range.getBase() instanceof String page
                && !range.isEmpty()) {
            int start = range.getStartOffset();
            int end = range.getEndOffset();
            boolean escape = false;
            boolean plain = true;
            for (int i = start; i < end && plain; i++) {
                switch (page.charAt(i)) {
                    case '&', '\\', '\r', '\0', '\n', '\t' -> plain = false;
                    case '<', '>', '"' -> escape = true;
                    default -> { }
                }
            }
            if (plain && !escape && (page.charAt(start) != ' ' || !out.blankLine())) {
                out.copy(page, start, end);
                return;
            }
            if (plain) {
                out.append(Escaping.escapeHtml(page.substring(start, end), false));
                return;
            }
        }
        out.append(Escaping.escapeHtml(Escaping.normalizeEOL(node.getChars().unescape()), false));
    }

    private void paragraph(Paragraph node, RenderContext context, HtmlLines out) {
        if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return;
        }
        if (node.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(node, listOptions, options)) {
            children(node, context, out);
        } else {
            tagLine("<p>", "</p>", node, context, out);
        }
    }

    /** {@link ToolkitNodeRenderer}'s heading: its id, then the text. */
    private void heading(Heading node, RenderContext context, HtmlLines out) {
        String tag = "h" + node.getLevel();
        String id = node.getAnchorRefId();
        out.line();
        out.append(id.isEmpty() ? "<" + tag + ">" : "<" + tag + " id=\"" + Escaping.escapeHtml(id, true) + "\">");
        children(node, context, out);
        out.tag("</" + tag + ">");
        out.line();
    }

    /** {@link ToolkitNodeRenderer}'s link: a refused scheme gives the text alone. */
    private void link(Node node, String url, BasedSequence title, RenderContext context, HtmlLines out) {
        if (ContentLink.refusedScheme(url) != null) {
            children(node, context, out);
            return;
        }
        StringBuilder open = new StringBuilder("<a href=\"").append(Escaping.escapeHtml(context.linkHref(url), true));
        if (title.isNotNull()) {
            open.append("\" title=\"").append(Escaping.escapeHtml(title.unescape(), true));
        }
        out.append(open.append("\">"));
        children(node, context, out);
        out.tag("</a>");
    }

    /** {@link ToolkitNodeRenderer}'s autolink. */
    private void autolink(AutoLink node, RenderContext context, HtmlLines out) {
        String url = ToolkitNodeRenderer.autolinkTarget(node);
        boolean refused = ContentLink.refusedScheme(url) != null;
        if (!refused) {
            out.append("<a href=\"" + Escaping.escapeHtml(context.linkHref(url), true) + "\">");
        }
        if (node.hasChildren()) {
            children(node, context, out);
        } else {
            out.append(Escaping.escapeHtml(node.getText().unescape(), false));
        }
        if (!refused) {
            out.tag("</a>");
        }
    }

    /**
     * A reference to no definition ({@code [Name of school]}): its text as written, brackets and
     * all, as flexmark writes it when no link resolver knows the reference.
     */
    private void undefinedReference(LinkRef node, RenderContext context, HtmlLines out) {
        if (!node.hasChildren()) {
            out.append(Escaping.escapeHtml(node.getChars().unescape(), false));
            return;
        }
        out.append(Escaping.escapeHtml(node.getChars().prefixOf(node.getChildChars()).unescape(), false));
        children(node, context, out);
        out.append(Escaping.escapeHtml(node.getChars().suffixOf(node.getChildChars()).unescape(), false));
    }

    /** flexmark's list item: {@code tagLine("li", text(markerSuffix), children)}. */
    private void listItem(ListItem node, RenderContext context, HtmlLines out) {
        out.line();
        out.tag("<li>");
        out.append(Escaping.escapeHtml(node.getMarkerSuffix().unescape(), false));
        children(node, context, out);
        out.tag("</li>");
        out.line();
    }

    /** flexmark's quotation, or {@link ToolkitNodeRenderer}'s quotation with attribution. */
    private void blockQuote(BlockQuote node, RenderContext context, HtmlLines out) {
        Paragraph attribution = ToolkitNodeRenderer.attribution(node);
        if (attribution == null) {
            // tagLineIndent("blockquote", …)
            out.line();
            out.tag("<blockquote>");
            out.line();
            children(node, context, out);
            out.line();
            out.tag("</blockquote>");
            out.line();
            return;
        }
        out.line();
        out.tag("<figure class=\"quotation\">");
        out.line();
        out.tag("<blockquote>");
        for (Node child = node.getFirstChild(); child != attribution; child = child.getNext()) {
            node(child, context, out);
        }
        out.tag("</blockquote>");
        out.line();
        out.tag("<figcaption>");
        children(attribution, context, out);
        out.tag("</figcaption>");
        out.line();
        out.tag("</figure>");
        out.line();
    }

    /** TableNodeRenderer's cell: th or td, its alignment and span. */
    private void cell(TableCell node, RenderContext context, HtmlLines out) {
        String tag = node.isHeader() ? "th" : "td";
        StringBuilder open = new StringBuilder("<").append(tag);
        if (node.getAlignment() != null) {
            open.append(" align=\"").append(switch (node.getAlignment()) {
                case LEFT -> "left";
                case CENTER -> "center";
                case RIGHT -> "right";
            }).append('"');
        }
        if (columnSpans && node.getSpan() > 1) {
            open.append(" colspan=\"").append(node.getSpan()).append('"');
        }
        out.append(open.append('>'));
        children(node, context, out);
        out.tag("</" + tag + ">");
    }
}
