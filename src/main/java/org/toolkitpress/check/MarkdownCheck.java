package org.toolkitpress.check;

import org.toolkitpress.markdown.HtmlAllowList;
import org.toolkitpress.model.Body;
import org.toolkitpress.model.ComponentRef;
import org.toolkitpress.model.ContentLink;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Heading;
import org.toolkitpress.model.HtmlRef;
import org.toolkitpress.model.ImageRef;
import org.toolkitpress.model.LinkRef;

/**
 * The rules every piece of Markdown keeps, wherever it was written — a page, a data file, a
 * brand file: raw HTML on the allow-list, link and image addresses on the scheme allow-list,
 * no plain http:// unwarned, images with alt text and stored in the project; text from a data or
 * brand file holds no headings. Pages add their
 * own rules on top ({@link PageCheck}: targets that exist, anchors, components).
 */
final class MarkdownCheck {

    private final Diagnostics diagnostics;

    MarkdownCheck(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Markdown from a data file or a brand file. Its relative links resolve against whichever
     * page embeds it, so only what is wrong on every page is reported here.
     */
    void text(Body body) {
        for (LinkRef link : body.links()) {
            ContentLink target = ContentLink.of("", link.target());
            if (!refusedScheme(link, target) && target.kind() == ContentLink.Kind.EXTERNAL) {
                insecure(link);
            }
        }
        for (ImageRef image : body.images()) {
            altText(image);
            ContentLink target = ContentLink.of("", image.source());
            if (!refusedScheme(image, target) && target.kind() == ContentLink.Kind.EXTERNAL) {
                external(image);
            }
        }
        body.html().forEach(this::html);
        for (Heading heading : body.headings()) {
            // Where this text lands sets the heading level it would need (a continuum's intro,
            // a principle's part, an audit's advice, a brand's statement), and the same text can
            // land in several places: any level could skip one somewhere (PDF/UA-1 7.4.2-1).
            diagnostics.error(heading.pos(), "a heading cannot be written in a data file's text: \""
                            + "#".repeat(heading.level()) + " " + heading.text() + "\"",
                    "the component around this text prints the headings; write **" + heading.text()
                            + "** on a line of its own for a label, or put the heading on the page, above the component");
        }
        for (ComponentRef component : body.components()) {
            diagnostics.error(component.pos(), "a component cannot be placed inside a data file's text",
                    "put `::: " + (component.kind().isEmpty() ? "kind id" : component.kind() + " " + component.id())
                            + "` on a page instead");
        }
    }

    /** Reports a link whose scheme the allow-list refuses; true when it did. */
    boolean refusedScheme(LinkRef link, ContentLink target) {
        if (target.scheme() == null) {
            return false;
        }
        diagnostics.error(link.pos(), "the link uses the scheme \"" + target.scheme() + ":\", which is not allowed",
                ContentLink.ALLOWED);
        return true;
    }

    /** Reports an image whose scheme the allow-list refuses; true when it did. */
    boolean refusedScheme(ImageRef image, ContentLink target) {
        if (target.scheme() == null) {
            return false;
        }
        diagnostics.error(image.pos(), "the image uses the scheme \"" + target.scheme() + ":\", which is not allowed",
                "save the image under content/assets/ and give its path relative to this file");
        return true;
    }

    /** Plain http:// links can be read or changed on the way; most sites now answer on https://. */
    void insecure(LinkRef link) {
        String target = link.target().strip();
        if (target.regionMatches(true, 0, "http://", 0, "http://".length())) {
            diagnostics.warning(link.pos(), "the link uses plain http://: \"" + target + "\"",
                    "use \"https://" + target.substring("http://".length()) + "\" if the site offers it");
        }
    }

    void altText(ImageRef image) {
        if (image.alt().isBlank()) {
            diagnostics.error(image.pos(), "the image \"" + image.source() + "\" has no alt text",
                    "describe what it shows: ![A chart of attendance by year](" + image.source() + ")");
        }
    }

    /** An image from another site would make every reader's browser ask that site for it. */
    void external(ImageRef image) {
        diagnostics.error(image.pos(), "images must be stored in the project, not loaded from \""
                + image.source() + "\"", "save the image under content/assets/ and link to it there");
    }

    void html(HtmlRef ref) {
        for (HtmlAllowList.Problem problem : HtmlAllowList.problems(ref.html())) {
            diagnostics.add(Diagnostic.error(ref.at(problem.offset()), problem.message(), problem.hint()));
        }
    }
}
