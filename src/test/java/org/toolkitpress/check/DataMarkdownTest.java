package org.toolkitpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * Markdown written in a brand — its known accessibility issues, and its copy of a data file
 * merged over the base — is held to the page rules and reported in the brand's own file, at the
 * line and column where it was written; the base file's text keeps its own positions.
 */
class DataMarkdownTest {

    @Test
    void brandMarkdownIsCheckedWhereItWasWritten(@TempDir Path temp) throws IOException {
        Path project = TestSites.copy(TestSites.fixture("branded"), temp);
        Path brandYml = project.resolve("brands/fixture/brand.yml");
        Files.writeString(brandYml, Files.readString(brandYml).replace("    - The fixture's *example* known issue.",
                "    - The fixture's *example* known issue.\n    - 'Maps load <iframe src=\"https://maps.example.com/\"></iframe> slowly.'"));
        Path overlay = project.resolve("brands/fixture/content/data/continua/mini.yml");
        Files.writeString(overlay, Files.readString(overlay).replace("    label: Beginning (fixture wording)",
                "    label: Beginning (fixture wording)\naspects:\n  - id: practice\n    cells:\n      early: |\n"
                        + "        Fine.\n        See [this](vbscript:msgbox(1)).\n"));
        TestSites.CliRun run = TestSites.cli("check", "-p", project.toString(), "--brand", "fixture");
        List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(1, run.exitCode(), run.err());
        int issue = lineOf(brandYml, "Maps load");
        assertTrue(errors.contains("brands/fixture/brand.yml:" + issue + ":18: error: raw HTML <iframe> is not allowed in content"),
                run.err());
        int cell = lineOf(overlay, "See [this]");
        assertTrue(errors.contains("brands/fixture/content/data/continua/mini.yml:" + cell
                + ":13: error: the link uses the scheme \"vbscript:\", which is not allowed"), run.err());
        assertEquals(2, errors.size(), run.err());
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }
}
