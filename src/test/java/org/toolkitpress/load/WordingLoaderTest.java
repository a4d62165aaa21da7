package org.toolkitpress.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.testing.TestSites;

/**
 * A project's strings file that names a key or placeholder the theme does not have fails the
 * build where it was written and leaves the published site as it was; a language the theme has
 * no strings for falls back to English with a warning, and a partial translation is an error
 * listing what it leaves out.
 */
class WordingLoaderTest {

    @Test
    void aBadOverrideLeavesThePreviousSiteIntact(@TempDir Path temp) throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path site = temp.resolve("site");
        assertTrue(TestSites.build(project, site).published());
        byte[] before = Files.readAllBytes(site.resolve("guide/index.html"));
        Files.createDirectories(project.resolve("templates/strings"));
        Files.writeString(project.resolve("templates/strings/en.yml"), "layout.footer.site-map: All pages\nfootnote.bak: Back\n");
        Build.Result result = TestSites.build(project, site);
        assertFalse(result.published());
        List<String> errors = result.diagnostics().sorted().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .map(d -> d.pos() + ": " + d.message() + " / " + d.hint()).toList();
        assertEquals(List.of("templates/strings/en.yml:2:1: unknown interface string \"footnote.bak\" / did you mean \"footnote.back\"?"),
                errors);
        assertArrayEquals(before, Files.readAllBytes(site.resolve("guide/index.html")), "the previous site is intact");
    }

    @Test
    void aPartialTranslationIsAnErrorAndAMissingOneAWarning(@TempDir Path temp) throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path toolkit = project.resolve("content/toolkit.yml");
        Files.writeString(toolkit, Files.readString(toolkit).replaceFirst("(?m)^language: .*$", "language: cy"));
        Build.Result english = TestSites.build(project, temp.resolve("site"));
        assertTrue(english.published(), english.diagnostics().sorted().toString());
        assertTrue(english.diagnostics().sorted().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING
                && d.message().contains("no interface strings in \"cy\"")), english.diagnostics().sorted().toString());
        assertTrue(Files.readString(temp.resolve("site/index.html")).contains("Skip to main content"));

        Files.createDirectories(project.resolve("templates/strings"));
        Files.writeString(project.resolve("templates/strings/cy.yml"), "layout.skip-link: Neidio i'r prif gynnwys\n");
        Build.Result partial = TestSites.build(project, temp.resolve("site"));
        assertFalse(partial.published());
        Diagnostic error = partial.diagnostics().sorted().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .findFirst().orElseThrow();
        assertEquals("templates/strings/cy.yml", error.pos().path());
        assertTrue(error.message().contains("leave out") && error.message().contains("footnote.back")
                && !error.message().contains("layout.skip-link"), error.message());
    }
}
