package org.toolkitpress.model;

import com.vladsch.flexmark.util.ast.Document;

/**
 * A page's flexmark tree, held until its last edition has rendered it. A one-shot build lets go
 * of each page's tree as soon as the website has rendered that page (the search index is made
 * before, the PDFs too): the trees are a third of what a large build holds, and the rendered
 * pages must wait in memory until they are published. The preview never lets go: it renders
 * pages again from the toolkit it keeps.
 */
public final class SyntaxTree {

    private volatile Document document;

    public SyntaxTree(Document document) {
        this.document = document;
    }

    /** The tree; a released tree is a bug in the build's order of stages, not a content problem. */
    public Document document() {
        Document held = document;
        if (held == null) {
            throw new IllegalStateException("a page's syntax tree was read after the build let go of it");
        }
        return held;
    }

    /** Lets go of the tree; what was extracted from it (headings, links, …) stays on the body. */
    public void release() {
        document = null;
    }
}
