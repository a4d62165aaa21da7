package org.toolkitpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;
import org.toolkitpress.testing.TestSites.CliRun;

/** The brand commands, and the three real brands shipped in brands/. */
class BrandsTest {

    @TempDir
    Path temp;

    @Test
    void brandNewScaffoldsACommentedBrandThatBuildsCleanly() throws Exception {
        Path project = TestSites.copy(TestSites.fixture("branded"), temp);
        CliRun created = TestSites.cli("brand", "new", "north-yorkshire", "-p", project.toString());
        assertEquals(0, created.exitCode(), created.err());
        Path brand = project.resolve("brands/north-yorkshire");
        String yml = Files.readString(brand.resolve("brand.yml"));
        assertTrue(yml.contains("name: North Yorkshire") && yml.contains("# The local authority's full name"), yml);
        Path out = temp.resolve("out");
        CliRun built = TestSites.cli("build", "-p", project.toString(), "-o", out.toString(), "--brand", "north-yorkshire");
        assertEquals(0, built.exitCode(), built.err());
        assertTrue(built.err().isEmpty(), "no warnings: " + built.err());
        assertTrue(Files.readString(out.resolve("local/index.html")).contains("Local support in North Yorkshire"));
        assertTrue(Files.readString(out.resolve("index.html")).contains("alt=\"North Yorkshire\""));

        assertEquals(2, TestSites.cli("brand", "new", "north-yorkshire", "-p", project.toString()).exitCode(),
                "an existing brand is never overwritten");
        assertEquals(2, TestSites.cli("brand", "new", "North_Yorks", "-p", project.toString()).exitCode());
    }

    @Test
    void theThreeRealBrandsPassCheckWithTheirNamesAndLocalPages() {
        Path project = TestSites.projectRoot();
        assertEquals(java.util.List.of("cheshire-west-and-chester", "kent", "milton-keynes"), Configure.brandIds(project));
        for (String id : Configure.brandIds(project)) {
            CliRun run = TestSites.cli("check", "-p", project.toString(), "--brand", id);
            assertEquals(0, run.exitCode(), id + ": " + run.err());
            // The brands set no base_url (their sites' addresses are not ours to guess): that one warning only.
            assertEquals(java.util.List.of("content/toolkit.yml:24:5: warning: no base_url is set, so the PDFs have no working links back "
                    + "to the website and do not say where it is"), run.err().lines().filter(l -> !l.startsWith("  hint:")).toList(),
                    id + " has warnings: " + run.err());
            assertTrue(run.out().contains("adds      content/pages/local/index.md"), run.out());
        }
    }
}
