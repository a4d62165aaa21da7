package org.toolkitpress.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;
import org.toolkitpress.testing.TestSites.CliRun;

/** Mistakes in a brand overlay's templates and brand.yml, reported at the brand's own files and lines. */
class BrandFaultsTest {

    @TempDir
    Path temp;

    private static final String LAYOUT = "brands/fixture/templates/layout.ftlh";

    @Test
    void aSyntaxErrorInABrandTemplateIsAtTheBrandsFileAndLine() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("branded"), temp);
        Path layout = project.resolve(LAYOUT);
        Files.writeString(layout, Files.readString(layout).replace("<#nested>", "<#nested>\n<#if>"));
        CliRun run = TestSites.cli("check", "-p", project.toString(), "--brand", "fixture");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(LAYOUT + ":7:2: error: the template failed: syntax error: #if is an existing"
                + " directive, but the tag is malformed. (See FreeMarker Manual / Directive Reference.)\n"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }

    @Test
    void aRuntimeErrorInABrandTemplateKeepsTheBrandPrefixAndTheWholeMessage() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("branded"), temp);
        Path layout = project.resolve(LAYOUT);
        Files.writeString(layout, Files.readString(layout).replace("<#nested>", "${council.name}<#nested>"));
        CliRun run = TestSites.cli("check", "-p", project.toString(), "--brand", "fixture");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(LAYOUT + ":6:3: error: the template failed: "
                + "The following has evaluated to null or missing: council\n"), run.err());
    }

    @Test
    void aHideEntryIsReportedAtItsOwnLine() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("branded"), temp);
        Path brand = project.resolve("brands/fixture/brand.yml");
        Files.writeString(brand, Files.readString(brand).replace("  - guide/hidden.md\n",
                "  - guide/hidden.md\n  - guide/no-such-page.md\n  - ../outside.md\n"));
        CliRun run = TestSites.cli("check", "-p", project.toString(), "--brand", "fixture");
        assertTrue(run.err().contains("brands/fixture/brand.yml:32:5: warning: `hide: guide/no-such-page.md` matches no page"),
                run.err());
        assertTrue(run.err().contains("brands/fixture/brand.yml:33:5: error: the hidden page \"../outside.md\" is outside"),
                run.err());
    }

    @Test
    void aMissingLogoNamesTheImagesTheBrandHas() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("branded"), temp);
        Path brand = project.resolve("brands/fixture/brand.yml");
        Files.writeString(brand, Files.readString(brand).replace("  file: logo.svg\n", "  file: logo.png\n"));
        CliRun run = TestSites.cli("check", "-p", project.toString(), "--brand", "fixture");
        assertEquals(1, run.exitCode(), run.err());
        // The images beside brand.yml in the fixture: its logo and its icon.
        assertTrue(run.err().contains("brands/fixture/brand.yml:5:3: error: the logo file \"logo.png\" is not in"
                + " brands/fixture/\n  hint: put the file there, or name one that is: favicon.svg, logo.svg\n"), run.err());
    }
}
