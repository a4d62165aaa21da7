package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.testing.TestSites;

/** sitemap.xml is XML with every value escaped, whatever base_url holds. */
class SitemapXmlTest {

    @TempDir
    Path temp;

    @Test
    void anAmpersandInTheBaseUrlIsEscaped() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path toolkit = project.resolve("content/toolkit.yml");
        Files.writeString(toolkit, Files.readString(toolkit).replace("https://toolkit.example.org/minimal/",
                "https://toolkit.example.org/a&b/"));
        Build.Result result = TestSites.build(project, temp.resolve("site"));
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        String xml = Files.readString(temp.resolve("site/sitemap.xml"));
        assertTrue(xml.contains("<loc>https://toolkit.example.org/a&amp;b/guide/</loc>"), xml);
        assertTrue(!xml.contains("a&b"), xml);
    }
}
