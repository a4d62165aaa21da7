package org.toolkitpress.web;

import java.util.Map;
import org.toolkitpress.markdown.RenderContext;
import org.toolkitpress.model.ComponentRef;
import org.toolkitpress.model.ContentLink;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.Wording;

/**
 * Where links point from one page of the web edition: source paths become relative URLs of the
 * published pages, so the site works under any sub-path and from disk.
 */
final class PageContext implements RenderContext {

    private final Page page;
    private final Map<String, Page> pagesBySource;
    private final Components components;
    private final Map<String, Object> common;
    private final Wording wording;

    PageContext(Page page, Map<String, Page> pagesBySource, Components components, Map<String, Object> common,
                Wording wording) {
        this.page = page;
        this.pagesBySource = pagesBySource;
        this.components = components;
        this.common = common;
        this.wording = wording;
    }

    @Override
    public String footnoteBack(int number) {
        return wording.text("footnote.back", Map.of("number", number));
    }

    /** The relative prefix from a page's folder to the site root. */
    static String root(Page page) {
        return "../".repeat(page.depth());
    }

    /** A relative href from {@code from} to a site path ("" for the home page). */
    static String href(Page from, String sitePath) {
        String href = root(from) + sitePath;
        return href.isEmpty() ? "./" : href;
    }

    @Override
    public String linkHref(String target) {
        ContentLink link = ContentLink.of(page.sourcePath(), target);
        String anchor = link.anchor() == null || link.anchor().isEmpty() ? "" : "#" + link.anchor();
        return switch (link.kind()) {
            case EXTERNAL -> target;
            case ANCHOR -> anchor.isEmpty() ? "#" : anchor;
            case CONTENT -> {
                if (link.isPage()) {
                    Page linked = pagesBySource.get(link.pagePath());
                    yield linked == null ? "#" : href(page, linked.url()) + anchor;
                }
                yield href(page, link.assetOutputPath()) + anchor;
            }
            case INVALID -> "#";
        };
    }

    @Override
    public String imageSource(String source) {
        ContentLink link = ContentLink.of(page.sourcePath(), source);
        return link.kind() == ContentLink.Kind.CONTENT ? href(page, link.assetOutputPath()) : "";
    }

    @Override
    public String component(ComponentRef ref) {
        return components.render(ref, this, common);
    }
}
