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

    @Test
    void oneSchemeAllowListWhateverTheDisguise() {
        String[][] refused = {{"javascript:alert(1)", "javascript"}, {"JaVaScRiPt:alert(1)", "javascript"},
                {"   javascript:x", "javascript"}, {"java\tscript:x", "javascript"}, {"java\nscript:x", "javascript"},
                {"\u0001javascript:x", "javascript"}, {"java\u200Bscript:x", "javascript"}, {"vbscript:x", "vbscript"},
                {"data:text/html,x", "data"}, {"file:///tmp/secret.png", "file"}, {"jar:file:/x!/y", "jar"},
                {"ftp://example.org/x", "ftp"}};
        for (String[] pair : refused) {
            assertEquals(ContentLink.Kind.INVALID, ContentLink.of("a.md", pair[0]).kind(), pair[0]);
            assertEquals(pair[1], ContentLink.refusedScheme(pair[0]), pair[0]);
            assertEquals(pair[1], ContentLink.of("a.md", pair[0]).scheme(), pair[0]);
        }
        for (String allowed : new String[] {"https://x.org/", "HTTP://x.org/", "mailto:a@b.org", "tel:+44", "#a:b",
                "page.md#note:1", "a/b.md?x=1:2", "//example.org/"}) {
            assertEquals(null, ContentLink.refusedScheme(allowed), allowed);
            assertEquals(null, ContentLink.of("a.md", allowed).scheme(), allowed);
        }
        assertEquals("the link uses the scheme \"javascript:\", which is not allowed",
                ContentLink.of("a.md", " JAVA\tSCRIPT:x").problem());
    }
}
