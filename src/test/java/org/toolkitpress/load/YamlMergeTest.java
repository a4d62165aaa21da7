package org.toolkitpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.toolkitpress.model.Diagnostics;

class YamlMergeTest {

    private static YamlTree yaml(String text, String path) {
        return YamlTree.read(text, path, 0, new Diagnostics());
    }

    @Test
    void mappingsMergeKeyByKeyAndListsOfIdsMergeById() {
        YamlTree base = yaml("""
                title: Base
                meta:
                  a: 1
                  b: 2
                sections:
                  - id: one
                    title: One
                  - id: two
                    title: Two
                tags: [x, y]
                """, "base.yml");
        YamlTree overlay = yaml("""
                meta:
                  b: 20
                sections:
                  - id: two
                    title: Second
                  - id: three
                    title: Three
                tags: [z]
                """, "brand.yml");
        YamlTree merged = YamlMerge.over(base, overlay);
        assertEquals("Base", merged.root().get("title").asText());
        assertEquals(1, merged.root().get("meta").get("a").asInt());
        assertEquals(20, merged.root().get("meta").get("b").asInt());
        assertEquals(java.util.List.of("one", "two", "three"), merged.root().get("sections").findValuesAsText("id"));
        assertEquals("One", merged.root().get("sections").get(0).get("title").asText());
        assertEquals("Second", merged.root().get("sections").get(1).get("title").asText());
        assertEquals("[\"z\"]", merged.root().get("tags").toString(), "a plain list is replaced");
        // Positions point into the file that gave each value.
        assertEquals("base.yml:1:1", merged.at("/title").toString());
        assertEquals("brand.yml:2:3", merged.at("/meta/b").toString());
        assertEquals("base.yml:3:3", merged.at("/meta/a").toString());
        assertEquals("brand.yml:7:5", merged.at("/sections/2/title").toString());
        assertEquals("brand.yml:8:8", merged.at("/tags/0").toString());
        assertEquals("brand.yml:8:1", merged.at("/tags/1").toString(), "the base's second tag is gone");
    }
}
