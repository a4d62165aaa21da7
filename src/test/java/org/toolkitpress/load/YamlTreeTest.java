package org.toolkitpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.Diagnostics;

/**
 * YAML an editor cannot read is one error at the line that is wrong (the line SnakeYAML stopped
 * at, not the line where the mapping around it began), in words an editor knows.
 */
class YamlTreeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a list item's second key indented less than its first | 'items:\\n  - id: a\\n    text: A\\n  - id: b\\n  text: B\\n' | 5 | 3 | not lined up
            a key indented less than the list item it belongs to   | 'a:\\n  - b: 1\\n c: 2\\n'                              | 3 | 2 | not lined up
            a key indented more than the one above it              | 'a:\\n  b: 1\\n   c: 2\\n'                              | 3 | 5 | indented further
            an unquoted colon and space in a value                 | 'title: Toolkit 1: Relational\\n'                      | 1 | 17 | needs quotes
            a tab used to indent                                   | 'a:\\n\\tb: 1\\n'                                     | 2 | 1 | a tab
            a question mark in a value inside braces               | 'parts:\\n  - { id: a, label: What do we notice? }\\n' | 2 | 38 | "?" inside { }
            """)
    void aMalformedFileIsOneErrorAtTheLineThatIsWrong(String what, String yaml, int line, int column, String words) {
        Diagnostics diagnostics = new Diagnostics();

        assertNull(YamlTree.read(yaml.translateEscapes(), "content/data/x.yml", 0, diagnostics));

        List<Diagnostic> found = diagnostics.sorted();
        assertEquals(1, found.size(), found::toString);
        assertEquals("content/data/x.yml:" + line + ":" + column, found.get(0).pos().toString(), what);
        assertTrue(found.get(0).message().startsWith("malformed YAML: ") && found.get(0).message().contains(words),
                found.get(0).message());
    }
}
