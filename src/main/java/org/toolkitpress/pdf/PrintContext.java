package org.toolkitpress.pdf;

import java.util.Map;
import org.toolkitpress.markdown.RenderContext;
import org.toolkitpress.model.ComponentRef;
import org.toolkitpress.model.ContentLink;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.Toolkit;

/**
 * Where links point from one page of a PDF: a page inside the same PDF becomes an internal
 * anchor, a page outside it a link to the website (when base_url gives its address; else plain
 * text), external links stay.
 * Anchors written as {@code #x} are local to the page; {@link PrintDocument} gives each page's ids
 * its own prefix, and an href starting {@code #@} is already final.
 */
final class PrintContext implements RenderContext {

    /** The prefix of an href that already names a whole-document anchor. */
    static final String FINAL = "#@";

    private final Page page;
    private final Toolkit toolkit;
    private final Map<String, String> chapterKeys;
    private final PrintComponents components;
    private final Map<String, Object> common;

    PrintContext(Page page, Toolkit toolkit, Map<String, String> chapterKeys, PrintComponents components,
                 Map<String, Object> common) {
        this.page = page;
        this.toolkit = toolkit;
        this.chapterKeys = chapterKeys;
        this.components = components;
        this.common = common;
    }

    /** The anchor id of a page's chapter in a PDF. */
    static String chapterKey(Page page) {
        return "p-" + page.sourcePath().replaceAll("\\.md$", "").replaceAll("[^A-Za-z0-9-]+", "-");
    }

    @Override
    public String linkHref(String target) {
        ContentLink link = ContentLink.of(page.sourcePath(), target);
        String anchor = link.anchor() == null || link.anchor().isEmpty() ? null : link.anchor();
        return switch (link.kind()) {
            case EXTERNAL -> target;
            case ANCHOR -> anchor == null ? "" : "#" + anchor;
            case CONTENT -> {
                if (link.isPage()) {
                    Page linked = toolkit.page(link.pagePath());
                    String key = linked == null ? null : chapterKeys.get(linked.sourcePath());
                    if (key != null) {
                        yield FINAL + key + (anchor == null ? "" : "--" + anchor);
                    }
                    yield linked == null ? "" : web(linked.url()) + (anchor == null || web("").isEmpty() ? "" : "#" + anchor);
                }
                yield web(link.assetOutputPath());
            }
            case INVALID -> "";
        };
    }

    private String web(String sitePath) {
        return web(toolkit, sitePath);
    }

    /**
     * The website address of a site path as a PDF links to it, under {@code base_url}; "" (no
     * link: its text stays, as plain text) when toolkit.yml or the brand gives none. A relative
     * address would work only while the PDF is opened from the site, and go nowhere once it is
     * saved, emailed or printed; {@code check} warns that such PDFs have no links back.
     */
    static String web(Toolkit toolkit, String sitePath) {
        String base = toolkit.info().baseUrl();
        return base == null ? "" : base + sitePath;
    }

    @Override
    public String imageSource(String source) {
        ContentLink link = ContentLink.of(page.sourcePath(), source);
        return link.kind() == ContentLink.Kind.CONTENT ? components.fileUri("content/" + link.contentPath()) : "";
    }

    @Override
    public String component(ComponentRef ref) {
        return components.render(ref, this, common);
    }
}
