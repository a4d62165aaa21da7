package org.toolkitpress.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.Contrast;
import org.toolkitpress.testing.TestSites;
import org.toolkitpress.testing.TestSites.CliRun;

/** Whole-site builds of the branded fixture: what a brand overlay changes, and what it may not do. */
class BrandBuildTest {

    @TempDir
    Path temp;

    private Path site() {
        return TestSites.copy(TestSites.fixture("branded"), temp);
    }

    private static String read(Path file) {
        return TestSites.read(file);
    }

    @Test
    void brandShowsItsNameLogoColoursAndContactsAndOverridesOneTemplateAndOnePage() throws IOException {
        Path project = site();
        Path out = temp.resolve("out");
        CliRun run = TestSites.cli("build", "-p", project.toString(), "-o", out.toString(), "--brand", "fixture");
        assertEquals(0, run.exitCode(), run.err());

        String home = read(out.resolve("index.html"));
        assertTrue(home.contains("<img class=\"brand-logo\" src=\"theme/brand/logo.svg\" alt=\"Fixture Borough Council\">"), home);
        assertTrue(Files.readString(out.resolve("theme/brand/logo.svg")).contains("FIXTURE-LOGO"));
        assertTrue(home.contains("Published by Fixture Borough Council"));
        assertTrue(home.contains("href=\"mailto:virtual.school@fixture.example\""));
        assertTrue(home.contains("© Fixture Borough Council. Open Government Licence v3.0."));
        assertTrue(home.contains("<link rel=\"icon\" href=\"theme/brand/favicon.svg\" type=\"image/svg+xml\">"));
        // brand.css comes after site.css, so the brand's custom properties override the theme's defaults.
        assertTrue(home.indexOf("theme/brand.css") > home.indexOf("theme/css/site.css"));
        String css = read(out.resolve("theme/brand.css"));
        assertTrue(css.contains("--brand-primary: #5b2a86;"), css);
        assertTrue(css.contains("--brand-link: #1a4f9c;"), css);
        assertTrue(css.contains("[data-stage=\"late\"] { --stage-colour: #0b5d2a; }"), "the brand's stage colour wins: " + css);
        assertTrue(css.contains("[data-stage=\"early\"] { --stage-colour: #b03a2e; }"), "the data's stage colour is kept: " + css);

        // The overlay template extends the base layout: its banner, and the base shell around it.
        String page = read(out.resolve("guide/page/index.html"));
        assertTrue(page.contains("FIXTURE-BANNER"), page);
        assertTrue(page.contains("<a class=\"skip-link\""), "the base shell still draws the page");
        // The overlay page replaces the base page at the same path; the added page is published.
        assertTrue(page.contains("FIXTURE BRAND's own text"));
        assertFalse(page.contains("base text of the page"));
        assertTrue(read(out.resolve("local/offer/index.html")).contains("Training offered by Fixture Borough Council"));
        assertTrue(read(out.resolve("guide/index.html")).contains("Local offer"), "the merged toolkit.yml adds a section");
        // The data file merges key by key: one label changed, the rest from the base.
        String guide = read(out.resolve("guide/index.html"));
        assertTrue(guide.contains("Beginning (fixture wording)"));
        assertTrue(guide.contains("Late stage"));
        assertTrue(guide.contains("Starting out."));
        // Hidden pages are not published; brand.yml's base_url wins over toolkit.yml.
        assertFalse(Files.exists(out.resolve("guide/hidden")));
        assertTrue(read(out.resolve("sitemap.xml")).contains("https://toolkit.fixture.example/local/offer/"));
    }

    @Test
    void accessibilityStatementIsGeneratedFromBrandAndBuildFacts() {
        Path project = site();
        Path out = temp.resolve("out");
        assertEquals(0, TestSites.cli("build", "-p", project.toString(), "-o", out.toString(), "--brand", "fixture").exitCode());
        String statement = read(out.resolve("accessibility/index.html"));
        assertTrue(statement.contains("Accessibility statement for Branded Fixture Toolkit"));
        assertTrue(statement.contains("This website is run by Fixture Borough Council."));
        assertTrue(statement.contains("href=\"mailto:access@fixture.example\""));
        assertTrue(statement.contains("The fixture’s <em>example</em> known issue.")
                || statement.contains("The fixture's <em>example</em> known issue."), statement);
        assertTrue(statement.contains("last tested on 10 January 2026"));
        assertTrue(statement.contains("Enforcement procedure"));
        assertTrue(statement.contains("Compliance status"));
        // A build fact: the measured contrast of the brand's link colour on its background.
        assertTrue(statement.contains("<td data-label=\"Colour\">#1a4f9c</td><td data-label=\"Against\">#ffffff</td>"
                + "<td data-label=\"Contrast ratio\">" + Contrast.format(Contrast.ratio("#1a4f9c", "#ffffff")) + "</td>"), statement);
        assertTrue(read(out.resolve("index.html")).contains("href=\"accessibility/\">Accessibility statement</a>"));
    }

    @Test
    void defaultBuildStaysNeutral() {
        Path project = site();
        Path out = temp.resolve("out");
        assertEquals(0, TestSites.cli("build", "-p", project.toString(), "-o", out.toString()).exitCode());
        String home = read(out.resolve("index.html"));
        assertFalse(home.contains("Fixture Borough Council"));
        assertFalse(home.contains("brand-logo"));
        assertTrue(read(out.resolve("guide/page/index.html")).contains("base text of the page"));
        assertTrue(Files.exists(out.resolve("guide/hidden/index.html")));
        assertFalse(Files.exists(out.resolve("local")));
        String css = read(out.resolve("theme/brand.css"));
        assertTrue(css.contains("--brand-primary: #1d4f73;") && css.contains("--brand-accent: #ffdd00;")
                && css.contains("--brand-background: #ffffff;"), css);
        assertTrue(read(out.resolve("accessibility/index.html")).contains("Accessibility statement for Branded Fixture Toolkit"));
    }

    /** With no brand, no organisation is named: the statement leaves it out and names no stand-in for it. */
    @Test
    void statementWithNoOrganisationNamesNoStandIn() {
        Path project = site();
        Path out = temp.resolve("out");
        assertEquals(0, TestSites.cli("build", "--no-pdf", "-p", project.toString(), "-o", out.toString()).exitCode());
        String text = read(out.resolve("accessibility/index.html")).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
        assertFalse(text.contains("the organisation that publishes"), text);
        assertFalse(text.contains("published by"), text);
        assertFalse(text.contains("run by"), text);
        assertTrue(text.contains("We want as many people as possible to be able to use this website."), text);
        assertTrue(text.contains("braille, contact the team that publishes this website."), text);
        assertTrue(text.contains("We are committed to making this website accessible, in accordance with"), text);
        assertTrue(text.contains("It has not yet been tested, so we do not yet claim that it is fully compliant."), text);
    }

    /**
     * Each failing pair says what needs the contrast in a sentence that agrees with it: "the
     * banner needs" beside "links need" (a new council's light stage colour read "the continuum
     * stage "embedded" (a UI part) need at least 3.00:1").
     */
    @Test
    void eachContrastMessageReadsAsASentence() throws IOException {
        Path project = site();
        Path brandYml = project.resolve("brands/fixture/brand.yml");
        Files.writeString(brandYml, Files.readString(brandYml).replace("primary: \"#5b2a86\"", "primary: \"#9b7ac6\"")
                .replace("link: \"#1a4f9c\"", "link: \"#7fb2e5\""));
        CliRun run = TestSites.cli("check", "-p", project.toString(), "--brand", "fixture");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("; the banner needs at least 4.50:1 (WCAG 2.2 AA)"), run.err());
        assertTrue(run.err().contains("; links need at least 4.50:1 (WCAG 2.2 AA)"), run.err());
    }

    /**
     * A light stage colour drawn as a band (#b3d4ec, 1.5:1 on white) is decoration beside the
     * stage's name, so it passes whether the continuum file or the brand gives it; it used to
     * pass in the data and stop the build at 3:1 in brand.yml.
     */
    @Test
    void aLightBandColourPassesInTheDataAndInTheBrandAlike() throws IOException {
        Path inData = site();
        Path mini = inData.resolve("content/data/continua/mini.yml");
        Files.writeString(mini, Files.readString(mini).replace("colour: \"#1e6b30\"", "colour: \"#b3d4ec\""));
        Path brandYml = inData.resolve("brands/fixture/brand.yml");
        Files.writeString(brandYml, Files.readString(brandYml).replace("  stages:\n    late: \"#0b5d2a\"\n", ""));
        CliRun data = TestSites.cli("check", "-p", inData.toString(), "--brand", "fixture");

        Path inBrand = TestSites.copy(TestSites.fixture("branded"), temp.resolve("brand"));
        Path brandYml2 = inBrand.resolve("brands/fixture/brand.yml");
        Files.writeString(brandYml2, Files.readString(brandYml2).replace("late: \"#0b5d2a\"", "late: \"#b3d4ec\""));
        CliRun brand = TestSites.cli("check", "-p", inBrand.toString(), "--brand", "fixture");

        assertEquals(0, data.exitCode(), data.err());
        assertEquals(0, brand.exitCode(), brand.err());
        assertFalse(data.err().contains("#b3d4ec"), data.err());
        assertFalse(brand.err().contains("#b3d4ec"), brand.err());
    }

    /**
     * With {@code colour_style: fill} the stage's name is drawn on the colour: a colour too dark
     * for the text is the same error, with the same words, from the continuum file and from the
     * brand, each pointing at the line that wrote it.
     */
    @Test
    void aFillColourTooDarkForTheTextIsTheSameErrorInTheDataAndInTheBrand() throws IOException {
        Path inData = site();
        Path mini = inData.resolve("content/data/continua/mini.yml");
        Files.writeString(mini, Files.readString(mini).replace("title: Mini Continuum\n", "title: Mini Continuum\ncolour_style: fill\n")
                .replace("colour: \"#b03a2e\"", "colour: \"#f2c4bf\"").replace("colour: \"#1e6b30\"", "colour: \"#5a6e8c\""));
        Path brandYml = inData.resolve("brands/fixture/brand.yml");
        Files.writeString(brandYml, Files.readString(brandYml).replace("  stages:\n    late: \"#0b5d2a\"\n", ""));
        CliRun data = TestSites.cli("check", "-p", inData.toString(), "--brand", "fixture");

        Path inBrand = TestSites.copy(TestSites.fixture("branded"), temp.resolve("brand"));
        Path mini2 = inBrand.resolve("content/data/continua/mini.yml");
        Files.writeString(mini2, Files.readString(mini2).replace("title: Mini Continuum\n", "title: Mini Continuum\ncolour_style: fill\n")
                .replace("colour: \"#b03a2e\"", "colour: \"#f2c4bf\"").replace("colour: \"#1e6b30\"", "colour: \"#d6ecd9\""));
        Path brandYml2 = inBrand.resolve("brands/fixture/brand.yml");
        Files.writeString(brandYml2, Files.readString(brandYml2).replace("late: \"#0b5d2a\"", "late: \"#5a6e8c\""));
        CliRun brand = TestSites.cli("check", "-p", inBrand.toString(), "--brand", "fixture");

        String ratio = Contrast.format(Contrast.ratio("#5a6e8c", "#111111"));
        String message = "error: the stage \"late\" colour #5a6e8c behind the text colour #111111 has a contrast ratio of "
                + ratio + "; text on a stage colour (`colour_style: fill`) needs at least 4.50:1 (WCAG 2.2 AA)";
        assertEquals(1, data.exitCode(), data.err());
        assertEquals(1, brand.exitCode(), brand.err());
        assertTrue(data.err().contains("content/data/continua/mini.yml:10:5: " + message), data.err());
        assertTrue(brand.err().contains("brands/fixture/brand.yml:16:5: " + message), brand.err());
        assertEquals(1, data.err().split("error: ", -1).length - 1, data.err());
        assertEquals(1, brand.err().split("error: ", -1).length - 1, brand.err());
    }

    /**
     * The accessibility statement measures what the check measures: a stage colour text is drawn
     * on (here the brand's, on a filled continuum) against the text colour, at 4.5:1; a band is
     * not listed, as it needs no contrast.
     */
    @Test
    void theStatementListsTheStageColoursTextIsDrawnOn() throws IOException {
        Path project = site();
        Path mini = project.resolve("content/data/continua/mini.yml");
        Files.writeString(mini, Files.readString(mini).replace("title: Mini Continuum\n", "title: Mini Continuum\ncolour_style: fill\n")
                .replace("colour: \"#b03a2e\"", "colour: \"#f2c4bf\""));
        Path brandYml = project.resolve("brands/fixture/brand.yml");
        Files.writeString(brandYml, Files.readString(brandYml).replace("late: \"#0b5d2a\"", "late: \"#b3d4ec\""));
        Path out = temp.resolve("out");
        CliRun run = TestSites.cli("build", "--no-pdf", "-p", project.toString(), "-o", out.toString(), "--brand", "fixture");
        assertEquals(0, run.exitCode(), run.err());
        String text = read(out.resolve("accessibility/index.html")).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertTrue(text.contains("Text on the stage colour &quot;Late stage&quot; (Mini Continuum) #b3d4ec #111111 "
                + Contrast.format(Contrast.ratio("#b3d4ec", "#111111")) + " 4.50:1"), text);
        assertTrue(text.contains("(Mini Continuum) #f2c4bf #111111 "), text);

        Files.writeString(mini, Files.readString(mini).replace("colour_style: fill\n", ""));
        Path bands = temp.resolve("bands");
        assertEquals(0, TestSites.cli("build", "--no-pdf", "-p", project.toString(), "-o", bands.toString(), "--brand", "fixture").exitCode());
        assertFalse(read(bands.resolve("accessibility/index.html")).contains("#b3d4ec"));
    }

    @Test
    void failingContrastIsRejectedWithBothColoursTheRatioAndANearestPassingShade() throws IOException {
        Path project = site();
        Path brandYml = project.resolve("brands/fixture/brand.yml");
        Files.writeString(brandYml, Files.readString(brandYml).replace("link: \"#1a4f9c\"", "link: \"#7fb2e5\""));
        Path out = temp.resolve("out");
        CliRun run = TestSites.cli("build", "-p", project.toString(), "-o", out.toString(), "--brand", "fixture");
        assertEquals(1, run.exitCode());
        assertFalse(Files.exists(out), "nothing is published");
        String ratio = Contrast.format(Contrast.ratio("#7fb2e5", "#ffffff"));
        assertTrue(run.err().contains("brands/fixture/brand.yml:12:3: error: the link colour #7fb2e5 on the background colour"
                + " #ffffff has a contrast ratio of " + ratio + "; links need at least 4.50:1"), run.err());
        Matcher shade = Pattern.compile("the nearest passing shade is (#[0-9a-f]{6})").matcher(run.err());
        assertTrue(shade.find(), run.err());
        assertTrue(Contrast.ratio(shade.group(1), "#ffffff") >= 4.5);
    }

    @Test
    void allBrandsBuildsEachBrandIntoItsOwnFolder() {
        Path project = site();
        Path out = temp.resolve("out");
        CliRun run = TestSites.cli("build", "-p", project.toString(), "-o", out.toString(), "--all-brands");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(read(out.resolve("fixture/index.html")).contains("Published by Fixture Borough Council"));
        assertTrue(read(out.resolve("second/index.html")).contains("Published by Second District Council"));
        assertTrue(read(out.resolve("second/theme/brand.css")).contains("--brand-primary: #1e1e5a;"));
        assertTrue(run.out().contains("fixture: built 4 pages") && run.out().contains("second: built 4 pages"), run.out());
    }

    @Test
    void overlayPathEscapesAreRefused() throws IOException {
        Path project = site();
        Files.writeString(temp.resolve("outside.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Path brandYml = project.resolve("brands/fixture/brand.yml");
        Files.writeString(brandYml, Files.readString(brandYml)
                .replace("file: logo.svg", "file: ../../../outside.svg")
                .replace("  - guide/hidden.md", "  - ../../secrets.md"));
        CliRun run = TestSites.cli("check", "-p", project.toString(), "--brand", "fixture");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("the logo \"../../../outside.svg\" is outside the brand folder; that is refused"), run.err());
        assertTrue(run.err().contains("the hidden page \"../../secrets.md\" is outside content/pages/; that is refused"), run.err());
    }

    @Test
    void aSymbolicLinkOutOfTheOverlayIsNotPublished() throws IOException {
        Path project = site();
        Path secret = Files.writeString(temp.resolve("secret.md"), "---\ntitle: Secret\n---\n\nSECRET-TEXT\n");
        try {
            Files.createSymbolicLink(project.resolve("brands/fixture/content/pages/local/leak.md"), secret);
        } catch (UnsupportedOperationException | IOException noLinks) {
            org.junit.jupiter.api.Assumptions.abort("this file system cannot make symbolic links");
        }
        Path out = temp.resolve("out");
        assertEquals(0, TestSites.cli("build", "-p", project.toString(), "-o", out.toString(), "--brand", "fixture").exitCode());
        assertFalse(Files.exists(out.resolve("local/leak")));
    }

    @Test
    void checkListsOverridesAndWarnsAboutAnOverrideOfAMissingBaseFile() throws IOException {
        Path project = site();
        Files.writeString(project.resolve("brands/fixture/templates/layuot.ftlh"), "<#-- a typo -->\n");
        CliRun run = TestSites.cli("check", "-p", project.toString(), "--brand", "fixture");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("brands/fixture overrides 4 base files and adds 2:"), run.out());
        assertTrue(run.out().contains("  overrides content/pages/guide/page.md"));
        assertTrue(run.out().contains("  overrides templates/layout.ftlh"));
        assertTrue(run.out().contains("  adds      content/pages/local/offer.md"));
        assertTrue(run.err().contains("brands/fixture/templates/layuot.ftlh: warning: this overlay file overrides nothing:"
                + " the base has no templates/layuot.ftlh"), run.err());
        assertTrue(run.err().contains("did you mean templates/layout.ftlh?"), run.err());
    }

    @Test
    void aLinkToAPageTheBrandHidesIsReportedAsSuch() throws IOException {
        Path project = site();
        Path brandYml = project.resolve("brands/fixture/brand.yml");
        Files.writeString(brandYml, Files.readString(brandYml).replace("  - guide/hidden.md", "  - guide/"));
        CliRun run = TestSites.cli("check", "-p", project.toString(), "--brand", "fixture");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/pages/index.md:5:32: error: the link points to a page the brand hides: "
                + "\"guide/index.md\""), run.err());
    }

    @Test
    void aBrandBuildIsByteIdenticalEachTime() {
        Path project = site();
        Build.Result first = Build.run(Configure.settings(project, null, false, "fixture"));
        Build.Result second = Build.run(Configure.settings(project, null, false, "fixture"));
        assertEquals(first.files().size(), second.files().size());
        for (int i = 0; i < first.files().size(); i++) {
            assertEquals(first.files().get(i).path(), second.files().get(i).path());
            assertArrayEquals(first.files().get(i).bytes(), second.files().get(i).bytes(), first.files().get(i).path());
        }
    }

    @Test
    void unknownBrandIsAUsageError() {
        CliRun run = TestSites.cli("build", "-p", site().toString(), "--brand", "nowhere");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no brand \"nowhere\"") && run.err().contains("fixture, second"), run.err());
    }

    @Test
    void brandYmlIsValidatedAgainstItsSchema() throws IOException {
        Path project = site();
        Path brandYml = project.resolve("brands/fixture/brand.yml");
        Files.writeString(brandYml, Files.readString(brandYml).replace("short_name: Fixture", "short_nmae: Fixture")
                .replace("primary: \"#5b2a86\"", "primary: purple"));
        CliRun run = TestSites.cli("check", "-p", project.toString(), "--brand", "fixture");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("brands/fixture/brand.yml:3:1: error: unknown brand.yml key \"short_nmae\"\n"
                + "  hint: did you mean \"short_name\"?"), run.err());
        assertTrue(run.err().contains("brands/fixture/brand.yml:9:3: error: \"primary\" must be a colour written #rrggbb,"
                + " not \"purple\"\n  hint: for example \"#1d4f91\""), run.err());
    }
}
