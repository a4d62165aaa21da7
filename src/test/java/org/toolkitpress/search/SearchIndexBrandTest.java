package org.toolkitpress.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;

/**
 * Each brand's site has its own index, from its own content: the branded fixture's brand adds a
 * page ("Fixture local offer", brands/fixture/content/pages/local/offer.md) that its search finds
 * and the neutral site's search does not.
 */
class SearchIndexBrandTest {

    @TempDir
    Path temp;

    @Test
    void aBrandsOwnPageIsInItsIndexOnly() throws IOException {
        Path project = TestSites.fixture("branded");
        Path neutral = temp.resolve("neutral");
        Path branded = temp.resolve("branded");
        Build.Result plain = Build.run(Configure.settings(project, neutral, true, TestSites.CLOCK));
        assertTrue(plain.published(), () -> plain.diagnostics().sorted().toString());
        Build.Result brand = Build.run(Configure.settings(project, branded, true, "fixture", TestSites.CLOCK));
        assertTrue(brand.published(), () -> brand.diagnostics().sorted().toString());

        String brandIndex = indexText(branded);
        String neutralIndex = indexText(neutral);
        assertTrue(brandIndex.contains("\"Fixture local offer\""), "the brand's page is in the brand's index");
        assertFalse(neutralIndex.contains("Fixture local offer"), "and not in the neutral site's");
        assertTrue(brandIndex.contains("\"fixture\":"), "the brand's page's words are indexed");
    }

    /** Every index file under a built site, one after another. */
    private static String indexText(Path site) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(p -> p.toString().replace('\\', '/').contains("/search/") && p.toString().endsWith(".js")).sorted().toList()) {
                all.append(Files.readString(file));
            }
        }
        assertTrue(all.indexOf("toolkitSearch(\"index\",") >= 0, "an index in " + site);
        return all.toString();
    }
}
