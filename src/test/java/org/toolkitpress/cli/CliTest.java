package org.toolkitpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

class CliTest {

    @TempDir
    Path temp;

    @Test
    void buildPublishesAndSaysWhatItDid() {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        TestSites.CliRun run = TestSites.cli("build", "--project", project.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("built 4 pages"), run.out());
        assertTrue(Files.isRegularFile(project.resolve("site/guide/continuum/index.html")));
    }

    /** Issue 10: the gallery of audit shapes builds as it is, named by its path relative to where the command runs. */
    @Test
    void theAuditShapesGalleryBuildsByItsRelativePath() {
        Path relative = Path.of("").toAbsolutePath().relativize(TestSites.fixture("audit-shapes"));
        assertFalse(relative.isAbsolute());
        TestSites.CliRun run = TestSites.cli("build", "--no-pdf", "-p", relative.toString(), "-o", temp.resolve("site").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(temp.resolve("site/audits/numeric-audit/index.html")), run.out());
        assertTrue(Files.isRegularFile(temp.resolve("site/continua/two-continua/index.html")), run.out());
    }

    @Test
    void checkWritesNothing() {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        TestSites.CliRun run = TestSites.cli("check", "-p", project.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("no problems found in 4 pages"), run.out());
        assertFalse(Files.exists(project.resolve("site")));
    }

    @Test
    void theVersionComesFromTheJarsManifest() {
        TestSites.CliRun run = TestSites.cli("--version");
        assertEquals(0, run.exitCode());
        // The tests run from classes, not the jar: there is no manifest to read the version from.
        assertEquals("Toolkit Press (built from source, not packaged)\n", run.out());
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(2, TestSites.cli("bulid").exitCode());
        assertEquals(2, TestSites.cli("build", "--no-such-option").exitCode());
        assertEquals(2, TestSites.cli().exitCode());
    }

    /** Each command answers --help and -h with its own usage, as `toolkit help <command>` does. */
    @Test
    void everyCommandAnswersHelp() {
        for (String command : List.of("new", "build", "check", "brand", "brand new", "serve", "report",
                "report reviews", "report audits", "fill", "read")) {
            for (String flag : List.of("--help", "-h")) {
                List<String> args = new ArrayList<>(List.of(command.split(" ")));
                args.add(flag);
                TestSites.CliRun run = TestSites.cli(args.toArray(String[]::new));
                assertEquals(0, run.exitCode(), command + " " + flag + ": " + run.err());
                assertTrue(run.out().startsWith("Usage: toolkit " + command + " "), run.out());
                assertTrue(run.out().contains("-h, --help"), run.out());
                assertEquals("", run.err());
            }
        }
    }

    /** A run adds only the command it names; the usage text, `help` and a mistyped command still see them all. */
    @Test
    void theUsageTextAndHelpListEveryCommand() {
        TestSites.CliRun usage = TestSites.cli("--help");
        assertEquals(0, usage.exitCode());
        for (String command : List.of("new", "build", "check", "brand", "serve", "report", "fill", "read", "help")) {
            assertTrue(usage.out().contains("\n  " + command + " ") || usage.out().contains("\n  " + command + ", "),
                    command + " missing from:\n" + usage.out());
        }
        assertTrue(usage.out().indexOf("  new ") < usage.out().indexOf("  build ")
                && usage.out().indexOf("  build ") < usage.out().indexOf("  check "), usage.out());
        TestSites.CliRun help = TestSites.cli("help", "build");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().startsWith("Usage: toolkit build "), help.out());
        TestSites.CliRun typo = TestSites.cli("buidl");
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().contains("Did you mean: toolkit build?"), typo.err());
        // The editors' guide calls it "the preview": an editor who types that gets the live preview.
        TestSites.CliRun preview = TestSites.cli("preview", "--help");
        assertEquals(0, preview.exitCode(), preview.err());
        assertTrue(preview.out().contains("Preview the site in a browser while you edit"), preview.out());
    }

    /**
     * Each command's line in a list of commands is a whole sentence: picocli shows only the first
     * line of a description there, so a description that goes on over two lines read "…a
     * self-review audit," and stopped.
     */
    @Test
    void everyListedCommandReadsAsAWholeSentence() {
        for (String[] list : List.of(new String[] {"--help"}, new String[] {"brand", "--help"},
                new String[] {"report", "--help"})) {
            String out = TestSites.cli(list).out();
            String commands = out.substring(out.indexOf("Commands:\n") + "Commands:\n".length());
            // An entry starts at two spaces and a name; its wrapped lines are indented further.
            for (String entry : commands.split("\n(?=  \\S)")) {
                String summary = entry.strip().replaceAll("\\s+", " ");
                assertTrue(summary.endsWith("."), String.join(" ", list) + " lists: " + summary);
            }
        }
    }

    @Test
    void aMissingProjectIsAContentErrorNotACrash() {
        TestSites.CliRun run = TestSites.cli("check", "-p", temp.resolve("nothing-here").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/toolkit.yml: error: the project has no toolkit.yml"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void fillNeverReplacesAFileUnlessToldTo() throws IOException {
        Path returned = Files.writeString(temp.resolve("returned.pdf"), "a school's returned form");
        String response = TestSites.projectRoot().resolve("content/data/responses/lovely-primary-2019.yml").toString();
        String project = TestSites.projectRoot().toString();
        TestSites.CliRun refused = TestSites.cli("fill", response, "-o", returned.toString(), "-p", project);
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("will not replace " + returned + ": it already exists"), refused.err());
        assertTrue(refused.err().contains("hint: choose another name, or add --force to replace it"), refused.err());
        assertEquals("a school's returned form", Files.readString(returned));
        TestSites.CliRun folder = TestSites.cli("fill", response, "-o", temp.toString(), "-p", project);
        assertEquals(2, folder.exitCode(), folder.err());
        TestSites.CliRun forced = TestSites.cli("fill", response, "-o", returned.toString(), "--force", "-p", project);
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.readString(returned, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        try (var left = Files.list(temp)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().contains(".partial-")), "no partial file is left");
        }
    }

    @Test
    void fillOfAnEmptyOrMistypedResponseIsALocatedErrorNotACrash() throws IOException {
        Path empty = Files.writeString(temp.resolve("empty.yml"), "");
        Path braces = Files.writeString(temp.resolve("braces.json"), "{}");
        Path mistyped = Files.writeString(temp.resolve("mistyped.yml"), "version: 1\naudit: [1, 2]\nanswers: {}\n");
        String project = TestSites.projectRoot().toString();
        for (Path response : new Path[] {empty, braces}) {
            TestSites.CliRun run = TestSites.cli("fill", response.toString(), "-o", temp.resolve("o.pdf").toString(), "-p", project);
            assertEquals(1, run.exitCode(), run.err());
            // An empty file is said to be empty, once, not missing each key it would need.
            assertTrue(run.err().startsWith(response + (response == empty ? ":1:1: error: the file is empty\n"
                    : ":1:1: error: missing required key \"audit\"")), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
        TestSites.CliRun run = TestSites.cli("fill", mistyped.toString(), "-o", temp.resolve("o.pdf").toString(), "-p", project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(mistyped + ":2:1: error: \"audit\" must be text, not a list"), run.err());
        assertFalse(Files.exists(temp.resolve("o.pdf")));
    }

    @Test
    void readOfAnEncryptedPdfSaysItIsEncrypted() throws IOException {
        Path pdf = temp.resolve("locked.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy lock = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            lock.setEncryptionKeyLength(128);
            document.protect(lock);
            document.save(pdf.toFile());
        }
        TestSites.CliRun run = TestSites.cli("read", pdf.toString(), "-p", TestSites.projectRoot().toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(pdf + ": error: the PDF is encrypted with a password, so its answers cannot be read\n"
                + "  hint: ask whoever sent it for a copy saved without a password"), run.err());
    }

    @Test
    void brandNewRefusesAnIdLongerThanSixtyFourCharacters() {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        TestSites.CliRun run = TestSites.cli("brand", "new", "a".repeat(300), "-p", project.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("\"" + "a".repeat(64) + "… (300 characters)\" is not a brand id: use 1 to 64"
                + " lower-case letters and digits"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
        assertFalse(Files.exists(project.resolve("brands")));
        assertEquals(0, TestSites.cli("brand", "new", "b".repeat(64), "-p", project.toString()).exitCode());
    }
}
