package org.toolkitpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentLinkTest {

    @Test
    void sourcePathsResolveRelativeToThePage() {
        ContentLink link = ContentLink.of("relational-approaches/toolkit.md", "../trauma-informed-schools/continuum.md#stages");
        assertEquals(ContentLink.Kind.CONTENT, link.kind());
        assertEquals("trauma-informed-schools/continuum.md", link.pagePath());
        assertEquals("stages", link.anchor());
        assertEquals("assets/x.png", ContentLink.of("a/b.md", "../../assets/x.png").assetOutputPath());
    }

    @Test
    void kindsOfTarget() {
        assertEquals(ContentLink.Kind.EXTERNAL, ContentLink.of("a.md", "https://www.gov.uk/").kind());
        assertEquals(ContentLink.Kind.EXTERNAL, ContentLink.of("a.md", "mailto:someone@kent.gov.uk").kind());
        assertEquals(ContentLink.Kind.ANCHOR, ContentLink.of("a.md", "#top").kind());
        assertEquals(ContentLink.Kind.INVALID, ContentLink.of("a.md", "JavaScript:alert(1)").kind());
        assertEquals(ContentLink.Kind.INVALID, ContentLink.of("a.md", " java\tscript:alert(1)").kind());
        assertEquals(ContentLink.Kind.INVALID, ContentLink.of("a.md", "data:text/html,x").kind());
        assertEquals(ContentLink.Kind.INVALID, ContentLink.of("a.md", "../../x.md").kind());
        assertEquals(ContentLink.Kind.INVALID, ContentLink.of("a.md", "").kind());
    }
}
