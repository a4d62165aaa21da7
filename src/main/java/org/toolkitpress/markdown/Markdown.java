package org.toolkitpress.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolkitpress.model.Body;
import org.toolkitpress.model.ComponentRef;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.FigureRef;
import org.toolkitpress.model.HtmlRef;
import org.toolkitpress.model.ImageRef;
import org.toolkitpress.model.LinkRef;
import org.toolkitpress.model.SourceMap;
import org.toolkitpress.model.SourcePos;

/**
 * The one Markdown parser and renderer of a build. Parsing records the facts later stages check
 * (headings and their ids, links, images, raw HTML, components) with their source positions;
 * rendering asks an edition's {@link RenderContext} where links point and what components hold.
 * Thread-safe: pages may be parsed and rendered in parallel.
 */
public final class Markdown {

    private static final Pattern EXPLICIT_ID = Pattern.compile("\\s*\\{#([A-Za-z][A-Za-z0-9_-]*)}\\s*$");
    /**
     * {@link #slug}'s patterns, compiled once: {@code String.replaceAll} compiled each at every
     * heading (docs/performance-log.md, "Issue 16: patterns compiled once").
     */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    /**
     * At most this many snippets are kept ({@link #snippets}): a preview keeps its parser while
     * data files are edited, and each edit brings new texts.
     */
    private static final int KEPT_SNIPPETS = 20_000;

    private final Parser parser;
    /**
     * {@link #parser} less {@link BareLinkExtension}, for a text with no character an address
     * needs ({@link BareLinkExtension#mayHoldAddress(String)}): nearly every page. With the
     * extension's processor registered, flexmark classified every node of every document for it
     * (about 4% of a 1,000-page build, docs/performance-log.md, "Issue 16: no node classification
     * for pages without addresses"); in such a text the processor links
     * nothing, so the tree is the same.
     */
    private final Parser withoutAddresses;
    private final HtmlRenderer renderer;
    /**
     * Data-file snippets already parsed, by their text, each parsed once a build rather than again
     * for every render and for the search index: the default content's 41 pages rendered 442
     * snippets of 193 distinct texts, and loading and the search index parsed each of those again
     * (docs/performance-log.md, "Start-up, third pass"). Only documents that parsing leaves unchanged
     * are kept (no heading: a heading is given its id when parsed for a page or a data file, and
     * a rendered snippet's headings carry none), and a document is only read once parsed.
     */
    private final Map<String, Document> snippets = new ConcurrentHashMap<>();
    /** Writes most pages without flexmark's writer; flexmark's {@link #renderer} writes the rest. */
    private final DirectRenderer direct;

    private Markdown(Parser parser, Parser withoutAddresses, HtmlRenderer renderer, DirectRenderer direct) {
        this.parser = parser;
        this.withoutAddresses = withoutAddresses;
        this.renderer = renderer;
        this.direct = direct;
    }

    /** Builds the parser and renderer; call once per build. */
    public static Markdown create() {
        MutableDataSet options = options(true);
        return new Markdown(Parser.builder(options).build(), Parser.builder(withoutAddresses(options)).build(),
                HtmlRenderer.builder(options).build(), new DirectRenderer(options.toImmutable()));
    }

    /** {@code options} with every extension but {@link BareLinkExtension}, which sets no option of its own. */
    static MutableDataSet withoutAddresses(MutableDataSet options) {
        MutableDataSet without = new MutableDataSet(options);
        without.set(Parser.EXTENSIONS, Parser.EXTENSIONS.get(options).stream()
                .filter(extension -> !(extension instanceof BareLinkExtension)).toList());
        return without;
    }

    /** The parser for {@code text}: without the bare-address processor when no address can be in it. */
    Parser parserFor(String text) {
        return BareLinkExtension.mayHoldAddress(text) ? parser : withoutAddresses;
    }

    /**
     * The parser's and renderer's options; without {@code shortcuts}, flexmark's own tables
     * extension and inline parser, which {@link ParserShortcuts} must match (tests).
     */
    static MutableDataSet options(boolean shortcuts) {
        MutableDataSet options = new MutableDataSet();
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new ArrayList<>(List.of(
                shortcuts ? new ParserShortcuts.Tables() : TablesExtension.create(), FootnoteExtension.create(),
                DefinitionExtension.create(), StrikethroughExtension.create(), new BareLinkExtension(),
                new ToolkitExtension()));
        if (shortcuts) {
            extensions.add(new ParserShortcuts.Inline());
        }
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.MIN_HEADER_ROWS, 1);
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-back");
        return options;
    }

    /** How deep block quotes, lists, emphasis and links may nest inside one another. */
    public static final int MAX_NESTING = Limits.MAX_NESTING;
    /** How many columns a table may have. */
    public static final int MAX_TABLE_COLUMNS = Limits.MAX_TABLE_COLUMNS;

    /**
     * Parses a page body. {@code text} must keep the file's line numbering (front matter blanked,
     * not removed) so positions point at the file; {@code path} names the file in diagnostics.
     * Markdown nested deeper or a table wider than the limits is reported and gives an empty
     * body, which no later stage can overflow on.
     */
    public Body parse(String text, String path, Diagnostics diagnostics) {
        return body(text, SourceMap.lines(path, text), diagnostics, false);
    }

    /**
     * {@link #parse(String, String, Diagnostics)} for text known to keep the limits (tests, snippets
     * such as the search index's); a snippet already parsed this build is not parsed again.
     */
    public Body parse(String text, String path) {
        return body(text, SourceMap.lines(path, text), new Diagnostics(), true);
    }

    /**
     * The caption of a figure placeholder ({@code ::: figure Caption}) where it is written, which
     * the print edition prints; null for any other node.
     */
    public static com.vladsch.flexmark.util.sequence.BasedSequence figureCaption(com.vladsch.flexmark.util.ast.Node node) {
        return node instanceof FigureBlock figure ? figure.captionChars() : null;
    }

    /**
     * Parses Markdown taken from somewhere inside a file (a data file's string, a brand's text,
     * answers read back from a PDF); {@code where} says where each character was written. Text
     * over the limits has been reported by whoever read it ({@link #checkLimits}) and parses empty.
     */
    public Body parse(String text, SourceMap where) {
        return parse(text, where, new Diagnostics());
    }

    /** Parses Markdown written at {@code where}; text over the limits is reported and parses empty. */
    public Body parse(String text, SourceMap where, Diagnostics diagnostics) {
        return body(text, where, diagnostics, true);
    }

    /** Parses {@code text}; a {@code snippet} is taken from and kept in {@link #snippets} when it can be. */
    private Body body(String text, SourceMap where, Diagnostics diagnostics, boolean snippet) {
        Document kept = snippet ? snippets.get(text) : null;
        Document document = kept != null ? kept : Limits.parse(parserFor(text), text);
        Limits.Refusal refused = Limits.check(document, text);
        if (refused != null) {
            diagnostics.error(where.at(refused.offset()), refused.message(), refused.hint());
            return new Body(parser.parse(""), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<org.toolkitpress.model.Heading> headings = new ArrayList<>();
        List<LinkRef> links = new ArrayList<>();
        List<ImageRef> images = new ArrayList<>();
        List<HtmlRef> html = new ArrayList<>();
        List<ComponentRef> components = new ArrayList<>();
        List<FigureRef> figures = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        for (Node node : document.getDescendants()) {
            SourcePos pos = where.at(node.getStartOffset());
            if (node instanceof Heading heading) {
                String id = assignId(heading, usedIds);
                headings.add(new org.toolkitpress.model.Heading(heading.getLevel(), id, plainText(heading), pos));
            } else if (node instanceof Link link) {
                links.add(new LinkRef(link.getUrl().unescape(), pos));
            } else if (node instanceof AutoLink autolink) {
                links.add(new LinkRef(ToolkitNodeRenderer.autolinkTarget(autolink), pos));
            } else if (node instanceof com.vladsch.flexmark.ast.LinkRef ref && ref.isDefined()) {
                links.add(new LinkRef(ToolkitNodeRenderer.referenceUrl(ref, document), pos));
            } else if (node instanceof Image image) {
                images.add(new ImageRef(image.getUrl().unescape(), ToolkitNodeRenderer.altText(image), pos));
            } else if (node instanceof com.vladsch.flexmark.ast.ImageRef ref && ref.isDefined()) {
                images.add(new ImageRef(ToolkitNodeRenderer.referenceUrl(ref, document), ToolkitNodeRenderer.altText(ref), pos));
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                if (!(node instanceof HtmlCommentBlock) && !(node instanceof HtmlInlineComment)) {
                    html.add(new HtmlRef(node.getChars().toString(), pos, where, node.getStartOffset()));
                }
            } else if (node instanceof FigureBlock figure) {
                figures.add(new FigureRef(figure.caption(), figure.hasDescription(), figure.closed(), pos));
            } else if (node instanceof ComponentBlock component) {
                components.add(new ComponentRef(component.kind(), component.componentId(), pos));
            } else if (node instanceof Paragraph paragraph && paragraph.getChars().startsWith(":::")) {
                // A directive that did not match `::: kind id`: kept so the check can point at it.
                components.add(new ComponentRef("", paragraph.getChars().trim().toString(), pos));
            }
        }
        if (snippet && kept == null && headings.isEmpty()) {
            keep(text, document);
        }
        return new Body(document, List.copyOf(headings), List.copyOf(links), List.copyOf(images),
                List.copyOf(html), List.copyOf(components), List.copyOf(figures));
    }

    /** Keeps a snippet's document (one with no heading, which no later reading changes). */
    private void keep(String text, Document document) {
        if (snippets.size() >= KEPT_SNIPPETS) {
            snippets.clear();
        }
        snippets.putIfAbsent(text, document);
    }

    /** The snippet's document, parsed now unless it was this build; null when it is refused by the limits. */
    private Document snippet(String text) {
        Document kept = snippets.get(text);
        if (kept != null) {
            return kept;
        }
        Document document = Limits.parse(parserFor(text), text);
        if (Limits.check(document, text) != null) {
            return null;
        }
        if (!hasHeading(document)) {
            keep(text, document);
        }
        return document;
    }

    private static boolean hasHeading(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading) {
                return true;
            }
        }
        return false;
    }

    /** Renders a parsed page body for one edition. */
    public String render(Body body, RenderContext context) {
        String html = direct.render(body.ast(), context);
        return html != null ? html : renderWithFlexmark(body, context);
    }

    /** {@link DirectRenderer}'s HTML for a body, or null when it leaves the body to flexmark (tests). */
    String renderDirectly(Body body, RenderContext context) {
        return direct.render(body.ast(), context);
    }

    /** {@link #render} by flexmark's own writer alone: what {@link DirectRenderer} must match (tests). */
    String renderWithFlexmark(Body body, RenderContext context) {
        Document document = body.ast();
        // The document carries the context while it renders; editions may render the same page
        // at the same time, so each render holds the document.
        synchronized (document) {
            document.set(ToolkitNodeRenderer.CONTEXT, context);
            try {
                return renderer.render(document);
            } finally {
                document.set(ToolkitNodeRenderer.CONTEXT, null);
            }
        }
    }

    /**
     * Reports a Markdown snippet from a data file that breaks the nesting or table limits, at
     * {@code pos} (its key), so the build stops before anything renders it.
     */
    public void checkLimits(String markdown, SourcePos pos, Diagnostics diagnostics) {
        if (Limits.bound(markdown) <= MAX_NESTING) {
            return;
        }
        Limits.Refusal refused = Limits.check(Limits.parse(parserFor(markdown), markdown), markdown);
        if (refused != null) {
            diagnostics.error(pos, refused.message(), refused.hint());
        }
    }

    /**
     * Renders a Markdown snippet from a data file (a cell, a description) as block HTML. A
     * snippet cannot embed a component (a continuum cell holding its own continuum would never
     * end); the check stage reports one.
     */
    public String renderBlock(String markdown, RenderContext context) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Document document = snippet(markdown);
        if (document == null) {
            // Reported when the data was loaded; shown as its plain text should it ever be rendered.
            return "<p>" + Escaping.escapeHtml(markdown, false) + "</p>";
        }
        RenderContext snippet = RenderContext.withoutComponents(context);
        String html = direct.render(document, snippet);
        if (html == null) {
            // A snippet's document is shared by every page that renders it, perhaps at the same time.
            synchronized (document) {
                document.set(ToolkitNodeRenderer.CONTEXT, snippet);
                try {
                    html = renderer.render(document);
                } finally {
                    document.set(ToolkitNodeRenderer.CONTEXT, null);
                }
            }
        }
        return html.strip();
    }

    /** Renders a one-paragraph Markdown snippet without its paragraph tags. */
    public String renderInline(String markdown, RenderContext context) {
        String html = renderBlock(markdown, context);
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    /** The plain text of a node, as a reader sees it. */
    static String plainText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).strip();
    }

    /**
     * Gives a heading its id: an explicit {@code {#id}} at the end of the heading wins (and is
     * removed from the text); otherwise one is made from the text. Repeats get -1, -2, ….
     */
    private static String assignId(Heading heading, Set<String> used) {
        String base = null;
        if (heading.getLastChild() instanceof Text text) {
            Matcher m = EXPLICIT_ID.matcher(text.getChars());
            if (m.find()) {
                base = m.group(1);
                text.setChars(text.getChars().subSequence(0, m.start()));
            }
        }
        if (base == null) {
            base = slug(plainText(heading));
        }
        String id = base;
        for (int n = 1; !used.add(id); n++) {
            id = base + "-" + n;
        }
        heading.setAnchorRefId(id);
        return id;
    }

    /** An anchor id from heading text: lower case ASCII letters and digits joined by hyphens. */
    public static String slug(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = EDGE_HYPHENS.matcher(NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "section" : slug;
    }
}
