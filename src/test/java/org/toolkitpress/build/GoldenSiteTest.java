package org.toolkitpress.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.testing.TestSites;

/**
 * The minimal fixture's HTML must match the golden files byte for byte. After an intended
 * change to the templates or renderer, regenerate them with
 * {@code mvn test -Dtest=GoldenSiteTest -Dgolden.update=true} and review the diff.
 */
class GoldenSiteTest {

    private static final Path GOLDEN = TestSites.projectRoot().resolve("src/test/resources/golden/minimal");

    @TempDir
    Path temp;

    @Test
    void minimalSiteMatchesGoldenHtml() throws IOException {
        Build.Result result = TestSites.build(TestSites.fixture("minimal"), temp.resolve("site"));
        assertFalse(result.diagnostics().hasErrors(), () -> result.diagnostics().sorted().toString());
        Map<String, byte[]> html = new TreeMap<>();
        for (OutputFile file : result.files()) {
            if (file.path().endsWith(".html") || file.path().endsWith(".xml")) {
                html.put(file.path(), file.bytes());
            }
        }
        if (Boolean.getBoolean("golden.update")) {
            TestSites.deleteTree(GOLDEN);
            for (Map.Entry<String, byte[]> e : html.entrySet()) {
                Path target = GOLDEN.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue());
            }
            return;
        }
        Map<String, String> golden = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                golden.put(GOLDEN.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        assertEquals(golden.keySet(), html.keySet(), "the set of generated pages changed");
        for (Map.Entry<String, String> e : golden.entrySet()) {
            assertEquals(e.getValue(), new String(html.get(e.getKey()), StandardCharsets.UTF_8),
                    e.getKey() + " differs from its golden file (regenerate with -Dgolden.update=true if intended)");
        }
        assertTrue(html.containsKey("sitemap.xml"), "a base_url gives a sitemap.xml");
    }
}
