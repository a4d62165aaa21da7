package org.toolkitpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * One realistic mistake, made as an editor makes it in a copy of the audit-shapes gallery (a
 * valid project with continua, principle sets, audits of every shape and their responses), is
 * reported once: the exact diagnostics, at the line of the mistake, and nothing it drags along
 * (the pages, PDFs and responses that name what the mistake broke).
 */
class OneMistakeTest {

    @TempDir
    Path temp;

    private Path project;

    private Path project() {
        if (project == null) {
            project = TestSites.copy(TestSites.fixture("audit-shapes"), temp);
        }
        return project;
    }

    /** Replaces the first {@code old} in a file of the copy, which must hold it. */
    private void change(String relative, String old, String replacement) throws IOException {
        Path file = project().resolve(relative);
        String text = Files.readString(file);
        if (!text.contains(old)) {
            throw new AssertionError(relative + " does not hold " + old);
        }
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(old),
                java.util.regex.Matcher.quoteReplacement(replacement)));
    }

    /** The diagnostics (and hints) `toolkit check` prints; checks exit 1 and no stack trace. */
    private List<String> check() {
        TestSites.CliRun run = TestSites.cli("check", "-p", project().toString());
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        return run.err().lines().filter(l -> !l.matches("\\d+ errors?, \\d+ warnings?; nothing was published")).toList();
    }

    @Test
    void aMisspeltPartKindIsOneErrorNotOneForEveryPrinciple() throws IOException {
        change("content/data/principles/whole-school-components.yml", "    kind: list\n", "    kind: lists\n");
        assertEquals(List.of(
                "content/data/principles/whole-school-components.yml:10:5: error: \"kind\" must be one of text, list, quote, not \"lists\"",
                "  hint: did you mean \"list\"?"), check());
    }

    @Test
    void aPartDeclaredAsAnotherKindThanEveryPrincipleWritesIsOneErrorAtTheDeclaration() throws IOException {
        change("content/data/principles/whole-school-components.yml", "    kind: list\n", "    kind: text\n");
        assertEquals(List.of(
                "content/data/principles/whole-school-components.yml:9:5: error: part \"looks-like\" is declared as text,"
                        + " but all 3 principles that have it write a list",
                "  hint: declare `kind: list` for the part"), check());
    }

    @Test
    void oneRequiredKeyMisspeltIsOneUnknownKeyNamingIt() throws IOException {
        change("content/pages/audits/progress-review.md", "title: Repeated", "titel: Repeated");
        assertEquals(List.of(
                "content/pages/audits/progress-review.md:2:1: error: unknown front-matter key \"titel\"",
                "  hint: did you mean \"title\"?"), check());
    }

    @Test
    void anAuditThatCannotBeReadIsOneErrorNotOneForEachPagePdfAndResponseNamingIt() throws IOException {
        change("content/data/audits/progress-review.yml", "      - id: staffing", "     - id: staffing");
        assertEquals(List.of(
                "content/data/audits/progress-review.yml:43:6: error: malformed YAML: this line is not lined up with the lines it belongs with",
                "  hint: start it in the same column as the lines it belongs with: the keys of one item under each other,"
                        + " `- id: q1` then `  text: …` under the `id`"),
                check());
    }

    @Test
    void aPageThatCannotBeReadIsOneErrorNotOneForEachLinkToIt() throws IOException {
        change("content/pages/audits/progress-review.md", "points.\"\n---\n", "points.\"\n--\n");
        assertEquals(List.of(
                "content/pages/audits/progress-review.md:1:1: error: the front matter is not closed",
                "  hint: did you forget the line `---` after the front matter?"), check());
    }

    @Test
    void aToolkitYmlThatCannotBeReadIsOneErrorNotOneForEveryPage() throws IOException {
        change("content/toolkit.yml", "    title: Principle sets", "   title: Principle sets");
        assertEquals(List.of(
                "content/toolkit.yml:15:4: error: malformed YAML: this line is not lined up with the lines it belongs with",
                "  hint: start it in the same column as the lines it belongs with: the keys of one item under each other,"
                        + " `- id: q1` then `  text: …` under the `id`"),
                check());
    }

    @Test
    void anAuditsMisspeltScaleIsOneErrorWhereItIsNamed() throws IOException {
        change("content/data/audits/progress-review.yml", "scale: rating", "scale: ratings");
        assertEquals(List.of(
                "content/data/audits/progress-review.yml:21:1: error: `scale:` names an unknown scale \"ratings\"",
                "  hint: did you mean \"rating\"?"), check());
    }

    @Test
    void aScaleWhoseTypeIsMisspeltLeavesTheResponsesAndLayoutToBeJudgedOnceFixed() throws IOException {
        change("content/data/audits/progress-review.yml", "type: score", "type: scores");
        assertEquals(List.of(
                "content/data/audits/progress-review.yml:15:5: error: \"type\" must be one of distribution, choice, score, text, not \"scores\"",
                "  hint: did you mean \"score\"?"), check());
    }

    @Test
    void aScoreScaleRunningBackwardsIsOneErrorNotOneForEveryAnswer() throws IOException {
        change("content/data/audits/progress-review.yml", "min: 1", "min: 5");
        assertEquals(List.of(
                "content/data/audits/progress-review.yml:14:3: error: score scale \"rating\" runs from 5 to 4: `min:` must be below"
                        + " `max:`, at most 20 points apart",
                "  hint: e.g. `min: 0` and `max: 3`"), check());
    }

    @Test
    void misspeltIdsAreOfferedTheIdMeant() throws IOException {
        change("content/toolkit.yml", "    audit: rubric-audit", "    audit: rubric-adit");
        change("content/pages/audits/progress-review.md", "::: response progress-example", "::: response progress-exampel");
        change("content/pages/audits/index.md", "(rubric-audit.md)", "(rubric-audt.md)");
        change("content/data/responses/rubric-example.yml", "audit: rubric-audit", "audit: rubric-audi");
        change("content/data/continua/school-journey.yml", "      starting-out: Leaders", "      starting-ot: Leaders");
        assertEquals(List.of(
                "content/data/continua/school-journey.yml:" + lineOf("content/data/continua/school-journey.yml", "- id: leadership")
                        + ":5: error: aspect \"leadership\" has a cell for unknown stage \"starting-ot\"",
                "  hint: did you mean \"starting-out\"?",
                "content/data/responses/rubric-example.yml:1:1: error: the response names an unknown audit \"rubric-audi\"",
                "  hint: did you mean \"rubric-audit\"?",
                "content/pages/audits/index.md:9:3: error: the link points to a page that does not exist: \"rubric-audt.md\"",
                "  hint: did you mean \"rubric-audit.md\"? (link to the page's .md file, relative to this file)",
                "content/pages/audits/progress-review.md:12:1: error: there is no response with id \"progress-exampel\"",
                "  hint: did you mean \"progress-example\"?",
                "content/toolkit.yml:" + lineOf("content/toolkit.yml", "- id: rubric-audit") + ":5: error: no audit has the id \"rubric-adit\"",
                "  hint: did you mean \"rubric-audit\"?"), check());
    }

    @Test
    void aBrandsMisspeltKeyIsOfferedTheKeyItsBaseFileHas() throws IOException {
        Path fonts = project().resolve("templates/fonts.yml");
        Files.createDirectories(fonts.getParent());
        Files.writeString(fonts, "reading:\n  familly: Atkinson Hyperlegible\n");
        assertEquals(List.of(
                "templates/fonts.yml:2:3: error: unknown fonts key \"familly\"",
                "  hint: did you mean \"family\"?"), check());
    }

    @Test
    void misspeltPartsAndHeaderFieldsOfAResponseAreOfferedTheOnesMeant() throws IOException {
        change("content/data/responses/reflective-example.yml", "    priorities:", "    priorites:");
        change("content/data/responses/reflective-example.yml", "  team:", "  teem:");
        assertEquals(List.of(
                "content/data/responses/reflective-example.yml:7:3: error: the response fills unknown header field \"teem\"",
                "  hint: did you mean \"team\"?",
                "content/data/responses/reflective-example.yml:11:5: error: item \"welcome\" has no part \"priorites\"",
                "  hint: did you mean \"priorities\"?"), check());
    }

    @Test
    void textWrittenAsAListSaysHowToWriteText() throws IOException {
        change("content/data/responses/reflective-example.yml", "    notes: The council meets fortnightly.",
                "    notes:\n      - The council meets fortnightly.");
        assertEquals(List.of(
                "content/data/responses/reflective-example.yml:14:5: error: \"notes\" must be a number or text or empty, not a list",
                "  hint: a line starting `- ` makes a list: write the text after the key, or after `|` on the lines below it for"
                        + " several lines"), check());
    }

    @Test
    void aMisspeltDirectiveIsOfferedTheKindMeantAndQuotedByItsFirstLine() throws IOException {
        change("content/pages/audits/progress-review.md", "::: audit progress-review", "::: adit progress-review");
        change("content/pages/continua/two-continua.md", "::: continuum ways-of-responding",
                "::: figur A chart we cannot reproduce\nIt showed the ways of responding.\n:::");
        assertEquals(List.of(
                "content/pages/audits/progress-review.md:8:1: error: unknown component kind \"adit\"",
                "  hint: did you mean \"audit\"?",
                "content/pages/continua/two-continua.md:16:1: error: a component line must be `::: kind id`, not"
                        + " \"::: figur A chart we cannot reproduce\"",
                "  hint: did you mean `::: figure` followed by the caption?"), check());
    }

    @Test
    void aBrandColourForAMisspeltStageIsOfferedTheStageMeant() throws IOException {
        Path brand = project().resolve("brands/fx");
        Files.createDirectories(brand);
        Files.copy(TestSites.fixture("branded").resolve("brands/second/logo.svg"), brand.resolve("logo.svg"));
        Files.writeString(brand.resolve("brand.yml"), "name: Fx Council\nlogo:\n  file: logo.svg\n  alt: Fx Council\n"
                + "colours:\n  primary: \"#1d4f91\"\n  stages:\n    starting-out: \"#b03a2e\"\n    embeding: \"#1e6b30\"\n");
        TestSites.CliRun run = TestSites.cli("check", "-p", project().toString(), "--brand", "fx");
        assertEquals(List.of(
                "brands/fx/brand.yml:9:5: warning: no continuum has a stage \"embeding\"; this colour is unused",
                "  hint: did you mean \"embedding\"?"), run.err().lines().filter(l -> l.startsWith("brands/fx/brand.yml:")
                || l.startsWith("  hint:")).toList(), run.err());
    }

    @Test
    void aPercentageUnderAMisspeltStageIsOneErrorNotAlsoATotalShortOf100() throws IOException {
        project = TestSites.copy(TestSites.projectRoot().resolve("content"), temp.resolve("default")).getParent();
        change("content/data/responses/lovely-primary-2019.yml", "    trauma-sensitive: 20\n", "    trauma-sensitve: 20\n");
        assertEquals(List.of(
                "content/data/responses/lovely-primary-2019.yml:13:5: error: item \"q1\" has no part \"trauma-sensitve\"",
                "  hint: did you mean \"trauma-sensitive\"?"), check().stream().filter(l -> !l.contains("base_url")).toList());
    }

    @Test
    void aStageIdWrittenTwiceLeavesTheResponsesSpreadOverItToBeJudgedOnceFixed() throws IOException {
        project = TestSites.copy(TestSites.projectRoot().resolve("content"), temp.resolve("default")).getParent();
        change("content/data/continua/trauma-informed.yml", "  - id: trauma-aware\n", "  - id: pre-trauma-aware\n");
        String audit = "content/data/audits/trauma-informed-schools-audit.yml";
        assertEquals(List.of(
                audit + ":" + lineOf(audit, "  stages:") + ":3: error: scale \"stages\" labels unknown stage \"trauma-aware\"",
                "  hint: the stages of continuum \"trauma-informed\" are pre-trauma-aware, trauma-sensitive,"
                        + " trauma-responsive, trauma-informed",
                "content/data/continua/trauma-informed.yml:11:5: error: stage id \"pre-trauma-aware\" is used twice (first at line 7)",
                "  hint: ids must be unique: saved answers and links refer to them",
                "content/data/continua/trauma-informed.yml:28:5: error: aspect \"practice\" has a cell for unknown stage \"trauma-aware\"",
                "  hint: the stages are pre-trauma-aware, trauma-sensitive, trauma-responsive, trauma-informed:"
                        + " add \"trauma-aware\" under `stages:`, or delete its cell"),
                check().stream().filter(l -> !l.contains("base_url")).toList());
    }

    @Test
    void aStageTakenOutOfTheContinuumIsOneErrorInEachFileThatStillUsesIt() throws IOException {
        project = TestSites.copy(TestSites.projectRoot().resolve("content"), temp.resolve("default")).getParent();
        change("content/data/continua/trauma-informed.yml", "  - id: trauma-sensitive\n    label: Trauma Sensitive\n"
                + "    meaning: Starting to consider how to become Trauma Informed\n    colour: \"#f1c40f\"\n", "");
        String audit = "content/data/audits/trauma-informed-schools-audit.yml";
        String response = "content/data/responses/lovely-primary-2019.yml";
        // The example response spreads each of its 20 distribution answers over the stage: one error, naming each line.
        assertEquals(List.of(
                audit + ":" + lineOf(audit, "  stages:") + ":3: error: scale \"stages\" labels unknown stage \"trauma-sensitive\"",
                "  hint: the stages of continuum \"trauma-informed\" are pre-trauma-aware, trauma-aware, trauma-responsive,"
                        + " trauma-informed",
                "content/data/continua/trauma-informed.yml:24:5: error: aspect \"practice\" has a cell for unknown stage"
                        + " \"trauma-sensitive\"",
                "  hint: the stages are pre-trauma-aware, trauma-aware, trauma-responsive, trauma-informed:"
                        + " add \"trauma-sensitive\" under `stages:`, or delete its cell",
                response + ":13:5: error: item \"q1\" has no part \"trauma-sensitive\", nor have the 19 other items that answer"
                        + " it (lines 22, 29, 36, 43, 50, 57, 67, 77, 84, 94, 103, 108, 112, 119, 126, 135, 139, 152, 161)",
                "  hint: parts: pre-trauma-aware, trauma-aware, trauma-responsive, trauma-informed, evidence"),
                check().stream().filter(l -> !l.contains("base_url")).toList());
    }

    @Test
    void aPrinciplesMisspeltTitleIsOneErrorAtItsLine() throws IOException {
        change("content/data/principles/whole-school-components.yml", "    title: Leadership and management",
                "    titel: Leadership and management");
        assertEquals(List.of(
                "content/data/principles/whole-school-components.yml:15:5: error: missing required key \"title\"",
                "  hint: \"titel\" looks like it: did you mean \"title\"?"), check());
    }

    @Test
    void aMisspeltPartIsOfferedThePartMeant() throws IOException {
        change("content/data/principles/whole-school-components.yml", "    statement: Leaders", "    statment: Leaders");
        assertEquals(List.of(
                "content/data/principles/whole-school-components.yml:16:5: error: principle \"leadership\" has a part"
                        + " \"statment\" the set does not declare",
                "  hint: did you mean \"statement\"? the set declares: statement, looks-like; fix the name, or declare it"
                        + " under `parts:`"), check());
    }

    @Test
    void aPartDeclaredUnderANameNoPrincipleWritesButAllWriteANearOneIsOneErrorAtTheDeclaration() throws IOException {
        change("content/data/principles/whole-school-components.yml", "  - id: statement\n", "  - id: statements\n");
        assertEquals(List.of(
                "content/data/principles/whole-school-components.yml:8:5: error: part \"statements\" is declared, but the"
                        + " principles write \"statement\"",
                "  hint: did you mean \"statement\"? use one name in `parts:` and in the principles"), check());
    }

    @Test
    void aTabSaysToIndentWithSpaces() throws IOException {
        change("content/data/responses/reflective-example.yml", "  team:", "\tteam:");
        assertEquals(List.of(
                "content/data/responses/reflective-example.yml:7:1: error: malformed YAML: a tab is used to indent this line:"
                        + " YAML needs spaces",
                "  hint: indent with spaces; most editors have a setting to type spaces for the Tab key"), check());
    }

    @Test
    void anUnquotedColonSaysToQuoteTheValue() throws IOException {
        change("content/pages/audits/progress-review.md", "title: Repeated assessment points", "title: Repeated: assessment points");
        assertEquals(List.of(
                "content/pages/audits/progress-review.md:2:16: error: malformed YAML: a \": \" YAML did not expect here: this line"
                        + " is indented further than the one above it, or a value holds \": \" and needs quotes around it",
                "  hint: put quotes around a value that holds \": \" (title: \"Toolkit 1: Audit\"), or indent the line like the"
                        + " one above it"), check());
    }

    @Test
    void interfaceStringsWrittenNestedAreOneErrorSayingToWriteTheWholeKey() throws IOException {
        Path strings = project().resolve("templates/strings/en.yml");
        Files.createDirectories(strings.getParent());
        Files.writeString(strings, "layout:\n  home: Start\n  skip-link: Skip\n");
        assertEquals(List.of(
                "templates/strings/en.yml:1:1: error: \"layout\" has keys under it: an interface string is written with its whole"
                        + " key on one line",
                "  hint: write `layout.home: Start` on one line, and the same for each key under it"), check());
    }

    @Test
    void sectionsAndOptionsWrittenTwiceAndAnEditionsMisspeltSectionSayWhatToDo() throws IOException {
        change("content/toolkit.yml", "  - id: audits\n    title: Audits", "  - id: principles\n    title: Audits");
        change("content/toolkit.yml", "    sections: [continua]", "    sections: [continuum]");
        change("content/data/audits/mixed-scales.yml", "      - id: amber\n", "      - id: red\n");
        String scales = "content/data/audits/mixed-scales.yml";
        assertEquals(List.of(
                scales + ":" + lineOf(scales, "  rag:") + ":3: error: option id \"red\" is used twice",
                "  hint: ids must be unique: saved answers and links refer to them",
                "content/toolkit.yml:16:5: error: the section \"principles\" is listed twice (first at line 14)",
                "  hint: list each section once; if this is another section, give it its own id",
                "content/toolkit.yml:19:5: error: no section has the id"
                        + " \"continuum\"",
                "  hint: did you mean \"continua\"?"), check());
    }

    @Test
    void aValueNotInItsFormIsShownTheSchemasExample() throws IOException {
        change("content/toolkit.yml", "base_url: https://toolkit.example.org/audit-shapes/", "base_url: toolkit.example.org/audit-shapes/");
        assertEquals(List.of(
                "content/toolkit.yml:10:1: error: \"base_url\" is not in the expected form: \"toolkit.example.org/audit-shapes/\"",
                "  hint: for example `base_url: https://toolkit.example.gov.uk/`"), check());
    }

    @Test
    void checkingTheContentFolderOrAFolderThatIsNotThereSaysWhichFolderToGive() {
        Path content = project().resolve("content");
        assertEquals(List.of("content/toolkit.yml: error: the project has no toolkit.yml",
                "  hint: this is the project's content/ folder: give the folder above it, " + project()),
                cliErrors("check", "-p", content.toString()));
        Path copied = TestSites.copy(content, temp.resolve("copied"));
        Path renamed = copied.resolveSibling("my-toolkit");
        try {
            Files.move(copied, renamed);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(List.of("content/toolkit.yml: error: the project has no toolkit.yml",
                "  hint: this folder holds toolkit.yml and pages/ itself: a project keeps them in a folder named content/"
                        + " (move them there, or give the folder that holds content/)"),
                cliErrors("check", "-p", renamed.toString()));
        Path missing = temp.resolve("nothing-here");
        assertEquals(List.of("content/toolkit.yml: error: the project has no toolkit.yml",
                "  hint: there is no folder " + missing + ": give the folder that holds content/ (by default, the current folder)"),
                cliErrors("check", "-p", missing.toString()));
    }

    private static List<String> cliErrors(String... args) {
        TestSites.CliRun run = TestSites.cli(args);
        assertEquals(1, run.exitCode(), run.err());
        return run.err().lines().filter(l -> !l.matches("\\d+ errors?, \\d+ warnings?; nothing was published")).toList();
    }

    private int lineOf(String relative, String text) throws IOException {
        List<String> lines = Files.readAllLines(project().resolve(relative));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + relative);
    }
}
