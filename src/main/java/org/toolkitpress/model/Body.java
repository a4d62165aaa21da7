package org.toolkitpress.model;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;

/**
 * A page's parsed Markdown and the facts later stages check. The syntax tree is only read
 * after loading; each edition renders it with its own link and component context. A one-shot
 * build releases the tree once the website has rendered it ({@link SyntaxTree}); the facts stay.
 */
public record Body(SyntaxTree tree, List<Heading> headings, List<LinkRef> links, List<ImageRef> images,
                   List<HtmlRef> html, List<ComponentRef> components, List<FigureRef> figures) {

    public Body(Document ast, List<Heading> headings, List<LinkRef> links, List<ImageRef> images,
                List<HtmlRef> html, List<ComponentRef> components, List<FigureRef> figures) {
        this(new SyntaxTree(ast), headings, links, images, html, components, figures);
    }

    public Document ast() {
        return tree.document();
    }
}
