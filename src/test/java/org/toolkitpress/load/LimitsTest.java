package org.toolkitpress.load;

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

/** The size limits of docs/content-model.md ("Limits"), and files that lead out of the project. */
class LimitsTest {

    @TempDir
    Path temp;

    /** About {@code bytes} of ordinary paragraphs under a title. */
    private static String page(String title, int bytes) {
        StringBuilder text = new StringBuilder("---\ntitle: " + title + "\n---\n\n");
        String paragraph = "Staff build safe, trusting relationships with pupils so they can learn. ".repeat(12) + "\n\n";
        while (text.length() < bytes) {
            text.append(paragraph);
        }
        return text.toString();
    }

    @Test
    void aPageOverOneMegabyteIsRefusedBeforeItIsRead() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Files.writeString(project.resolve("content/pages/guide/huge.md"), page("Huge", 1_200_000));
        CliRun run = TestSites.cli("check", "-p", project.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/pages/guide/huge.md: error: the file is 1.1 MB; a page may be at most 1 MB\n"
                + "  hint: split it into several pages"), run.err());
    }

    @Test
    void anIndexPageWithATightListOfThousandsOfLinksIsRead() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        StringBuilder index = new StringBuilder("---\ntitle: Every page\n---\n\nSee also:\n");
        for (int i = 0; i < 3000; i++) {
            index.append("- [The *second* page, ").append(i).append("](second.md)\n");
        }
        Files.writeString(project.resolve("content/pages/guide/every.md"), index);
        CliRun run = TestSites.cli("check", "-p", project.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("nests too deeply"), run.err());
    }

    @Test
    void aResponseOverTheLimitIsRefusedWithoutAHintAboutIndentation() throws IOException {
        Path response = temp.resolve("huge.yml");
        Files.writeString(response, "id: huge\naudit: trauma-informed-schools-audit\nversion: 1\ntitle: \""
                + "x".repeat(3_200_000) + "\"\n");
        CliRun run = TestSites.cli("fill", response.toString(), "-o", temp.resolve("out.pdf").toString(),
                "-p", TestSites.projectRoot().toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(response + ": error: the file is 3.1 MB; a data file may be at most 1 MB"), run.err());
        assertFalse(run.err().contains("indentation"), run.err());
        assertFalse(Files.exists(temp.resolve("out.pdf")));
    }

    @Test
    void aPdfEditionOverTwoMegabytesOfTextIsRefused() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Files.writeString(project.resolve("content/toolkit.yml"),
                "\neditions:\n  - id: guide\n    sections: [guide]\n", java.nio.file.StandardOpenOption.APPEND);
        for (String name : new String[] {"one", "two", "three"}) {
            Files.writeString(project.resolve("content/pages/guide/" + name + ".md"), page(name, 900_000));
        }
        CliRun run = TestSites.cli("check", "-p", project.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/toolkit.yml:12:5: error: the edition holds 2.6 MB of page text; "
                + "a PDF may hold at most 2 MB (about 500 pages)"), run.err());
    }

    @Test
    void linksOutOfTheProjectAreReportedNotSilentlySkipped() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("page.md"), "---\ntitle: Outside\n---\n\nText.\n");
        Files.writeString(outside.resolve("secret.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.createSymbolicLink(project.resolve("content/pages/guide/linked.md"), outside.resolve("page.md"));
        Files.createSymbolicLink(project.resolve("content/assets/secret.svg"), outside.resolve("secret.svg"));
        Files.writeString(project.resolve("content/pages/guide/second.md"), Files.readString(project.resolve(
                "content/pages/guide/second.md")) + "\n![A secret diagram](../../assets/secret.svg)\n");
        CliRun run = TestSites.cli("check", "-p", project.toString());
        assertTrue(run.err().contains("content/pages/guide/linked.md: warning: the page is skipped: it is a symbolic "
                + "link pointing outside the project\n  hint: copy the file into the project instead of linking to it"),
                run.err());
        assertTrue(run.err().contains("content/assets/secret.svg: warning: the file is left out: it is a symbolic "
                + "link pointing outside the project"), run.err());
        assertTrue(run.err().contains("error: the image file is a symbolic link pointing outside the project: "
                + "\"../../assets/secret.svg\"\n  hint: copy the image into content/assets/ instead of linking to it"), run.err());
        assertFalse(run.err().contains("does not exist"), run.err());
    }
}
