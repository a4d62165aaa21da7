package org.toolkitpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * In a council's new project, the starter brand's example stage colour, uncommented as a
     * person would (the two "# " taken out, the line's own comment kept), names one of the
     * project's stages: check gives no warning about it.
     */
    @Test
    void theStarterBrandsExampleStageColourUncommentedIsOneOfTheProjectsStages() throws Exception {
        Path project = temp.resolve("council");
        assertEquals(0, TestSites.cli("new", project.toString()).exitCode());
        CliRun created = TestSites.cli("brand", "new", "northshire", "-p", project.toString());
        assertEquals(0, created.exitCode(), created.err());
        Path file = project.resolve("brands/northshire/brand.yml");
        String yml = Files.readString(file);
        Matcher example = Pattern.compile("\n  # stages:([^\n]*)\n  #   ([a-z0-9-]+): (\"#[0-9a-f]{6}\")([^\n]*)\n").matcher(yml);
        assertTrue(example.find(), yml);
        String stage = example.group(2);
        assertTrue(Files.readString(project.resolve("content/data/continua/practice.yml")).contains("  - id: " + stage + "\n"),
                stage + " is a stage of the project's continuum");
        Files.writeString(file, yml.substring(0, example.start()) + "\n  stages:" + example.group(1) + "\n    " + stage + ": "
                + example.group(3) + example.group(4) + "\n" + yml.substring(example.end()));

        CliRun check = TestSites.cli("check", "-p", project.toString(), "--brand", "northshire");
        assertEquals(0, check.exitCode(), check.err());
        // The new project's one warning (no base_url) and its hint, nothing about the colour.
        assertEquals(List.of("content/toolkit.yml:18:5: warning: no base_url is set, so the PDFs have no working links back to the "
                + "website and do not say where it is"), check.err().lines().filter(l -> !l.startsWith("  hint:")).toList(), check.err());
        Path out = temp.resolve("out");
        assertEquals(0, TestSites.cli("build", "--no-pdf", "-p", project.toString(), "-o", out.toString(), "--brand", "northshire").exitCode());
        assertTrue(Files.readString(out.resolve("theme/brand.css")).contains("[data-stage=\"" + stage + "\"] { --stage-colour: #2e7d32; }"),
                "the brand's colour is the one drawn");

        // What the starter's old example (the default content's stage) gave in this project: a warning naming the real stages.
        Files.writeString(file, Files.readString(file).replace("\n    " + stage + ": ", "\n    trauma-informed: "));
        CliRun other = TestSites.cli("check", "-p", project.toString(), "--brand", "northshire");
        assertTrue(other.err().contains("brands/northshire/brand.yml:30:5: warning: no continuum has a stage \"trauma-informed\"; this colour is unused\n"
                + "  hint: the stages are developing, embedded, starting\n"), other.err());
    }

    /** With no continuum yet, the example is a placeholder, and its comment says where stage ids come from. */
    @Test
    void theStarterBrandsExampleStageIsAPlaceholderWhereThereAreNoStages() throws Exception {
        Path project = Files.createDirectories(temp.resolve("empty"));
        assertEquals(0, TestSites.cli("brand", "new", "northshire", "-p", project.toString()).exitCode());
        String yml = Files.readString(project.resolve("brands/northshire/brand.yml"));
        assertTrue(yml.contains("\n  #   your-stage-id: \"#2e7d32\"   # a stage id from a continuum in content/data/continua/\n"), yml);
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
