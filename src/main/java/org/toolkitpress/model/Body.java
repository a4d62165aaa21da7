package org.toolkitpress.model;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;

/**
 * A page's parsed Markdown and the facts later stages check. The syntax tree is only read
 * after loading; each edition renders it with its own link and component context.
 */
public record Body(Document ast, List<Heading> headings, List<LinkRef> links, List<ImageRef> images,
                   List<HtmlRef> html, List<ComponentRef> components, List<FigureRef> figures) {
}
