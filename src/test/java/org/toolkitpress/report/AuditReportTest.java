package org.toolkitpress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * {@code toolkit report audits} over src/test/resources/returns/school-audit/ (plus a filled and an
 * encrypted PDF made with the real {@code fill}: {@link ReturnsFolder}): the figures read back from the CSV and
 * HTML it writes, against values worked out by hand from the fixture files (see the comments).
 */
class AuditReportTest {

    private static Path project;
    private static Path returns;

    @BeforeAll
    static void returnedFiles(@TempDir Path temp) throws IOException {
        project = ReturnsFolder.project();
        returns = ReturnsFolder.make(temp);
    }

    private static TestSites.CliRun report(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("report", "audits", returns.toString(), "-p", project.toString(), "-o", out.toString()));
        args.addAll(List.of(more));
        return TestSites.cli(args.toArray(String[]::new));
    }

    /**
     * The report's words are the interface strings: a project's strings file changes them in the
     * page the command writes (a heading, a column and the label it gives each cell on a narrow
     * screen, a count in its plural form), and leaves the CSV files, a data contract, as they were.
     */
    @Test
    void theReportSpeaksTheProjectsWords(@TempDir Path temp) throws IOException {
        Path own = TestSites.copy(project, temp);
        Files.createDirectories(own.resolve("templates/strings"));
        Files.writeString(own.resolve("templates/strings/en.yml"), """
                report.schools.title: Each school at a glance
                report.column.returns: Forms sent
                report.files-read.text:
                  one: "{count} return read, {skipped} set aside."
                  other: "{count} returns read, {skipped} set aside."
                """);
        Path out = temp.resolve("out");
        TestSites.CliRun run = TestSites.cli("report", "audits", returns.toString(), "-p", own.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Document html = Jsoup.parse(Files.readString(out.resolve("index.html")));
        assertEquals("Each school at a glance", html.getElementById("schools-title").text());
        assertEquals("Each school at a glance", html.selectFirst(".report-contents a[href=#schools]").text());
        assertTrue(html.select("#schools thead th").eachText().contains("Forms sent"));
        assertEquals("Forms sent", html.selectFirst("#schools tbody td").attr("data-label"));
        assertTrue(html.selectFirst("#files p").text().matches("\\d+ returns read, \\d+ set aside\\."), html.selectFirst("#files p").text());
        Path plain = temp.resolve("plain");
        assertEquals(0, report(plain).exitCode());
        for (String csv : List.of("answers.csv", "schools.csv", "files.csv")) {
            assertEquals(Files.readString(plain.resolve(csv)), Files.readString(out.resolve(csv)), csv + " is the same whatever the words");
        }
    }

    /**
     * The notes on files read and skipped, the CSV files' notes and what the command prints are
     * interface strings too (returns.*, report.csv.*, report.cli.*): a toolkit in another language
     * gives them in its own words, while the CSV headers and codes (read, skipped) stay the
     * machine names a spreadsheet filters on.
     */
    @Test
    void theNotesAndTheTerminalSpeakTheProjectsWords(@TempDir Path temp) throws IOException {
        Path own = TestSites.copy(project, temp);
        Files.createDirectories(own.resolve("templates/strings"));
        Files.writeString(own.resolve("templates/strings/en.yml"), """
                returns.skip.duplicate: "dyblyg o {file}"
                returns.skip.damaged-pdf: nid yw'n PDF y gellir ei ddarllen
                returns.note.partial: "yn ateb {answered} o {questions} cwestiwn"
                returns.note.unfitted:
                  one: "{count} ateb nad yw'n ffitio"
                  other: "{count} ateb nad ydynt yn ffitio"
                report.csv.left-out: "wedi'i adael allan: llai na {minimum} ysgol"
                report.csv.counted: wedi'i gyfrif, byth wedi'i ddyfynnu
                report.cli.skipped: "{file}: wedi'i hepgor: {reason}"
                report.cli.made: "Adroddiad ar \\"{audit}\\": {schools}, {files}, {skipped} wedi'u hepgor"
                """);
        Path out = temp.resolve("out");
        TestSites.CliRun run = TestSites.cli("report", "audits", returns.toString(), "-p", own.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String files = TestSites.read(out.resolve("files.csv"));
        assertTrue(files.startsWith("\"file\",\"status\",\"note\"\r\n"), files);
        assertTrue(files.contains("\"birch-school_school-audit_2026-03-01.json\",\"skipped\",\"dyblyg o birch-school_school-audit_2026-03-01 (1).json\"\r\n"), files);
        assertTrue(files.contains("\"broken.pdf\",\"skipped\",\"nid yw'n PDF y gellir ei ddarllen\"\r\n"), files);
        assertTrue(files.contains("\"holly-school-half-filled.json\",\"read\",\"yn ateb 1 o 6 cwestiwn\"\r\n"), files);
        assertTrue(files.contains("1 ateb nad yw'n ffitio; yn ateb 5 o 6 cwestiwn\"\r\n"), files);
        String answers = TestSites.read(out.resolve("answers.csv"));
        assertTrue(answers.startsWith("\"section\",\"number\",\"question\",\"answered\",\"answer\",\"level\",\"schools\",\"percent\",\"note\"\r\n"), answers);
        // Governors, answered by 3 schools, is left out; the written answers of 7 schools are counted.
        assertTrue(answers.contains("\"2\",\"Governors review the audit each term.\",\"3\",\"\",\"\",\"\",\"\",\"wedi'i adael allan: llai na 5 ysgol\"\r\n"), answers);
        assertTrue(answers.contains("\"written\",\"\",\"2\",\"29\",\"wedi'i gyfrif, byth wedi'i ddyfynnu\"\r\n"), answers);
        assertFalse(answers.contains("left out") || answers.contains("never quoted"), answers);
        assertTrue(run.err().contains(returns.resolve("broken.pdf") + ": wedi'i hepgor: nid yw'n PDF y gellir ei ddarllen\n"), run.err());
        assertTrue(run.out().startsWith("Adroddiad ar \"School Audit\": 7 schools, 8 files read, 9 wedi'u hepgor\n"), run.out());
    }

    /** The first return of a new toolkit: one school, one file, said in the singular. */
    @Test
    void oneReturnIsOneSchoolAndOneFile(@TempDir Path temp) throws IOException {
        Path one = Files.createDirectories(temp.resolve("one"));
        Files.copy(returns.resolve("cedar-academy.json"), one.resolve("cedar-academy.json"));
        TestSites.CliRun run = TestSites.cli("report", "audits", one.toString(), "-p", project.toString(), "-o", temp.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Report on \"School Audit\" from 1 school: 1 file read, 0 skipped\n"), run.out());
    }

    @Test
    void everyFileIsReadOrSkippedWithItsReason(@TempDir Path temp) {
        Path out = temp.resolve("report");
        TestSites.CliRun run = report(out);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                "file","status","note"\r
                "a-list.json","skipped","not an audit export from the web form: it is JSON, but not an object naming its audit and holding its answers"\r
                "another-audit.json","skipped","answers another audit, “other-audit” (report on that audit to read it)"\r
                "ash-primary_school-audit_2026-01-10.json","read",""\r
                "ash-primary_school-audit_2026-06-10.json","read",""\r
                "birch-school_school-audit_2026-03-01 (1).json","read","answers 5 of 6 questions"\r
                "birch-school_school-audit_2026-03-01.json","skipped","a duplicate: the same school and answers as birch-school_school-audit_2026-03-01 (1).json"\r
                "broken.pdf","skipped","not a PDF that can be read (damaged, or not a PDF)"\r
                "cedar-academy.json","read",""\r
                "damaged.json","skipped","not an audit export from the web form: not valid JSON (line 3)"\r
                "damson-primary.json","read",""\r
                "elm-infants-version-1.json","read","answered at version 1 of the audit (now version 2), read as the web form imports it; 1 answer no longer fits the audit and is left out; answers 5 of 6 questions"\r
                "fir-juniors.pdf","read","answers 5 of 6 questions"\r
                "holly-school-half-filled.json","read","answers 1 of 6 questions"\r
                "locked.pdf","skipped","the PDF is encrypted with a password, so its answers cannot be read (ask for a copy saved without one)"\r
                "newer-version.json","skipped","made with version 3 of the audit, newer than this toolkit's version 2 (report with the toolkit it came from)"\r
                "notes.txt","skipped","not a web-form export (.json) or a filled PDF (.pdf)"\r
                "nothing-answered.json","skipped","answers none of the audit's questions"\r
                """, TestSites.read(out.resolve("files.csv")));
        assertTrue(run.out().startsWith("Report on \"School Audit\" from 7 schools: 8 files read, 9 skipped\n"), run.out());
        assertTrue(run.err().contains(returns.resolve("locked.pdf") + ": skipped: the PDF is encrypted"), run.err());
    }

    /*
     * The latest return of each of the 7 schools (Ash Primary's of 2026-06-10):
     *            vision governors p1     p2     j1 (a/b/c)  j2 (a/b/c)
     * Ash        3      2         green  amber  0/100/0     20/30/50
     * Birch      2      -         amber  green  50/50/0     0/0/100
     * Cedar      0      1         red    red    100/0/0     70/0/30
     * Damson     3      3         green  green  0/0/100     0/100/0
     * Elm        2      -         amber  amber  0/60/40     0/50/50
     * Fir (PDF)  1      -         red    amber  30/30/40    40/60/0
     * Holly      2      -         -      -      -           -
     */
    @Test
    void theAnswersAreCountedOverSchoolsAndSmallGroupsLeftOut(@TempDir Path temp) {
        Path out = temp.resolve("report");
        assertEquals(0, report(out).exitCode());
        assertEquals("""
                "section","number","question","answered","answer","level","schools","percent","note"\r
                "Leadership","1","Leaders share a clear vision.","7","0 Not in place","1","1","14",""\r
                "Leadership","1","Leaders share a clear vision.","7","1","2","1","14",""\r
                "Leadership","1","Leaders share a clear vision.","7","2","3","3","43",""\r
                "Leadership","1","Leaders share a clear vision.","7","3 Fully in place","4","2","29",""\r
                "Leadership","2","Governors review the audit each term.","3","","","","","left out: fewer than 5 schools"\r
                "Leadership","","All questions in the section (answers)","10","0 Not in place","1","1","10","schools"\r
                "Leadership","","All questions in the section (answers)","10","1","2","2","20","schools"\r
                "Leadership","","All questions in the section (answers)","10","2","3","4","40","schools"\r
                "Leadership","","All questions in the section (answers)","10","3 Fully in place","4","3","30","schools"\r
                "Practice","3","Staff know each pupil's story.","6","Red","1","2","33",""\r
                "Practice","3","Staff know each pupil's story.","6","Amber","2","2","33",""\r
                "Practice","3","Staff know each pupil's story.","6","Green","3","2","33",""\r
                "Practice","4","Calm spaces are there when needed.","6","Red","1","1","17",""\r
                "Practice","4","Calm spaces are there when needed.","6","Amber","2","3","50",""\r
                "Practice","4","Calm spaces are there when needed.","6","Green","3","2","33",""\r
                "Practice","","All questions in the section (answers)","12","Red","1","3","25","schools"\r
                "Practice","","All questions in the section (answers)","12","Amber","2","5","42","schools"\r
                "Practice","","All questions in the section (answers)","12","Green","3","4","33","schools"\r
                "The journey","5","Relationships come first.","6","Starting","1","2","33",""\r
                "The journey","5","Relationships come first.","6","Developing","2","2","33",""\r
                "The journey","5","Relationships come first.","6","Embedded","3","2","33",""\r
                "The journey","6","Behaviour is read as communication.","6","Starting","1","1","17",""\r
                "The journey","6","Behaviour is read as communication.","6","Developing","2","3","50",""\r
                "The journey","6","Behaviour is read as communication.","6","Embedded","3","2","33",""\r
                "The journey","","Whole section","6","Starting","1","1","17","schools by the stage where their largest share falls"\r
                "The journey","","Whole section","6","Developing","2","4","67","schools by the stage where their largest share falls"\r
                "The journey","","Whole section","6","Embedded","3","1","17","schools by the stage where their largest share falls"\r
                "The journey","7","What would help most?","7","written","","2","29","counted, never quoted"\r
                """, TestSites.read(out.resolve("answers.csv")));
        // Where each school's journey sits: the mean of its two items' shares, the largest (earlier on a tie):
        // Ash 10/65/25 → Developing, Birch 25/25/50 → Embedded, Cedar 85/0/15 → Starting,
        // Damson 0/50/50 → Developing, Elm 0/55/45 → Developing, Fir 35/45/20 → Developing.
        String page = TestSites.read(out.resolve("index.html"));
        assertFalse(page.contains("Jordan") || page.contains("lunchtime") || page.contains("Time for staff"), "written answers are counted, never shown");
        Document html = Jsoup.parse(page);
        assertEquals("2 of 7 written", html.select("tr:has(th:contains(What would help most)) td[data-label=Schools]").text());
        assertEquals(List.of("Leadership: 1 question answered by fewer than 5 schools",
                        "Questions most often furthest from the goal: 1 question answered by fewer than 5 schools",
                        "Change: 3 sections with fewer than 5 schools whose answers can be compared"),
                html.select("#privacy ul.suppressed li").eachText());
        Element governors = html.select("table.heatmap tr:has(th:contains(Governors review))").first();
        assertEquals("Left out: fewer than 5 schools", governors.select("td.suppressed").text());
        Element vision = html.select("table.heatmap tr:has(th:contains(Leaders share))").first();
        assertEquals(List.of("7", "1 (14%)", "1 (14%)", "3 (43%)", "2 (29%)"), vision.select("td").eachText());
        assertEquals(List.of("heat heat-1", "heat heat-1", "heat heat-2", "heat heat-2"), vision.select("td.heat").eachAttr("class"),
                "the shade follows the share: 14% is the first step, 29% and 43% the second");
        assertEquals("In the classroom", html.select("table.heatmap tr.group th").text(), "a group heads its questions");
    }

    /*
     * schools.csv holds numbers a spreadsheet sorts and adds up, a section's columns named by its id
     * (the page says "5 of 6 (83%)", "1 Amber, 1 Green"): Leadership's score, maximum and
     * percentage; Practice's count of each option; The journey's stage (number and name); a
     * section the school did not rate is blank, not noughts. Leadership is scored: Ash 3+2 of 6, Birch 2 of 3, Cedar 0+1 of 6, Damson 3+3 of 6, Elm 2 of 3,
     * Fir 1 of 3, Holly 2 of 3. Ash's change: first return's progress (33+0+0+50+20+0)/6 = 17,
     * latest (100+67+100+50+50+65)/6 = 72: +55.
     */
    @Test
    void eachSchoolStandsSectionBySection(@TempDir Path temp) {
        Path out = temp.resolve("report");
        assertEquals(0, report(out).exitCode());
        assertEquals("""
                "school","returns","latest_return","answered","questions","leadership_score","leadership_max","leadership_percent","practice_red","practice_amber","practice_green","journey_stage","journey_stage_name","total_score","total_max","total_percent","change"\r
                "Ash Primary","2","2026-06-10","6","6","5","6","83","0","1","1","2","Developing","5","6","83","55"\r
                "Birch School","1","2026-03-01","5","6","2","3","67","0","1","1","3","Embedded","2","3","67",""\r
                "Cedar Academy","1","2026-02-14","6","6","1","6","17","2","0","0","1","Starting","1","6","17",""\r
                "Damson Primary","1","2026-02-20","6","6","6","6","100","0","0","2","2","Developing","6","6","100",""\r
                "Elm Infants","1","2025-11-30","5","6","2","3","67","0","2","0","2","Developing","2","3","67",""\r
                "Fir Juniors","1","2026-03-15","5","6","1","3","33","1","1","0","2","Developing","1","3","33",""\r
                "Holly School","1","2026-04-01","1","6","2","3","67","","","","","","2","3","67",""\r
                """, TestSites.read(out.resolve("schools.csv")));
        Document html = Jsoup.parse(TestSites.read(out.resolve("index.html")));
        Element table = html.selectFirst("#schools table[data-sortable]");
        assertEquals("83", table.select("tbody tr").first().select("td[data-label=Leadership]").attr("data-sort"),
                "the table sorts a scored section by its percentage");
        assertEquals("ascending", table.select("thead th").first().attr("aria-sort"));
    }

    /*
     * The default plan rule, from each school's latest return (need: score (3-s)/3; red 100, amber 50;
     * a distribution its first-stage share), at most five per school:
     * Ash p2 governors j2; Birch j1 p1 vision; Cedar j1 vision p1 p2 j2 (governors sixth);
     * Damson none; Elm p1 p2 vision; Fir p1 vision p2 j2 j1; Holly vision.
     */
    @Test
    void theQuestionsMostOftenFurthestFromTheGoal(@TempDir Path temp) {
        Path out = temp.resolve("report");
        assertEquals(0, report(out).exitCode());
        assertEquals("""
                "number","question","section","schools","answered","percent"\r
                "1","Leaders share a clear vision.","Leadership","5","7","71"\r
                "3","Staff know each pupil's story.","Practice","4","6","67"\r
                "4","Calm spaces are there when needed.","Practice","4","6","67"\r
                "5","Relationships come first.","The journey","3","6","50"\r
                "6","Behaviour is read as communication.","The journey","3","6","50"\r
                """, TestSites.read(out.resolve("furthest.csv")));
    }

    /*
     * Only Ash Primary sent two returns. Leadership (33+0)/2 = 17 → (100+67)/2 = 84: +67; Practice
     * (0+50)/2 = 25 → (100+50)/2 = 75: +50; journey (20+0)/2 = 10 → (50+65)/2 = 58: +48.
     */
    @Test
    void smallGroupsShownWhenAskedAndSaidSo(@TempDir Path temp) {
        Path out = temp.resolve("report");
        assertEquals(0, report(out, "--show-small-groups").exitCode());
        assertEquals("""
                "section","schools","moved_up","no_change","moved_down","mean_change","note"\r
                "Leadership","1","1","0","0","67",""\r
                "Practice","1","1","0","0","50",""\r
                "The journey","1","1","0","0","48",""\r
                """, TestSites.read(out.resolve("change.csv")));
        assertTrue(TestSites.read(out.resolve("answers.csv")).contains(
                "\"Leadership\",\"2\",\"Governors review the audit each term.\",\"3\",\"1\",\"2\",\"1\",\"33\",\"\""));
        Document html = Jsoup.parse(TestSites.read(out.resolve("index.html")));
        assertTrue(html.select("#privacy .report-warning").text().startsWith("Small groups are shown."));
    }

    @Test
    void anonymisedSchoolsHaveStableCodesAndNamesAppearNowhere(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("report");
        Path key = temp.resolve("officer.key");
        TestSites.CliRun first = report(out, "--anonymise", "--key", key.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("coded with a new key, written to " + key), first.out());
        assertTrue(Files.readString(key).matches("[0-9a-f]{64}\n"), "the key file holds 32 random bytes in hexadecimal");
        StringBuilder everything = new StringBuilder();
        try (var files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".html")).toList()) {
                everything.append(Files.readString(f));
            }
        }
        for (String name : List.of("Ash", "Birch", "Cedar", "Damson", "Elm", "Fir", "Holly", "ash-primary", "birch-school")) {
            assertFalse(everything.toString().contains(name), name + " appears in the anonymised report");
        }
        List<String> codes = Jsoup.parse(TestSites.read(out.resolve("index.html"))).select("#schools tbody th").eachText();
        assertEquals(7, codes.size());
        codes.forEach(code -> assertTrue(code.matches("School [A-Z2-9]{5}"), code));
        assertEquals(7, codes.stream().distinct().count());
        // Someone with the list of schools cannot work the codes out without the key: a plain hash
        // of each name (the codes of earlier versions) gives none of them.
        for (String name : List.of("ash primary", "birch school", "cedar academy", "damson primary", "elm infants", "fir juniors", "holly school")) {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(("school-audit\n" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertFalse(codes.contains(letters(hash)), name + " can be worked out from its name alone");
        }
        // The code is HMAC-SHA-256 under the key, worked out here with the JDK's own Mac.
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(java.util.HexFormat.of().parseHex(Files.readString(key).strip()), "HmacSHA256"));
        assertTrue(codes.contains(letters(mac.doFinal("school-audit\nash primary".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));

        Path again = temp.resolve("again");
        TestSites.CliRun second = report(again, "--anonymise", "--key", key.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("coded with the key in " + key), second.out());
        assertEquals(TestSites.read(out.resolve("schools.csv")), TestSites.read(again.resolve("schools.csv")), "the same codes with the same key");

        Path other = temp.resolve("other");
        assertEquals(0, report(other, "--anonymise", "--key", temp.resolve("another.key").toString()).exitCode());
        List<String> otherCodes = Jsoup.parse(TestSites.read(other.resolve("index.html"))).select("#schools tbody th").eachText();
        assertTrue(otherCodes.stream().noneMatch(codes::contains), "another key gives other codes: " + otherCodes);

        Path once = temp.resolve("once");
        TestSites.CliRun keyless = report(once, "--anonymise");
        assertEquals(0, keyless.exitCode(), keyless.err());
        assertTrue(keyless.out().contains("coded for this report only"), keyless.out());
        List<String> onceCodes = Jsoup.parse(TestSites.read(once.resolve("index.html"))).select("#schools tbody th").eachText();
        assertTrue(onceCodes.stream().noneMatch(codes::contains), "without a key the codes are this report's own: " + onceCodes);
    }

    /** Made offline, sent nowhere: the report's page asks nothing of any other site, and its files are all in the output folder. */
    @Test
    void theReportLoadsNothingFromElsewhere(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("report");
        assertEquals(0, report(out).exitCode());
        Document html = Jsoup.parse(TestSites.read(out.resolve("index.html")));
        List<String> addresses = new java.util.ArrayList<>(html.select("[src]").eachAttr("src"));
        addresses.addAll(html.select("[href]").eachAttr("href"));
        assertFalse(addresses.isEmpty());
        for (String address : addresses) {
            assertTrue(address.startsWith("#") || !address.contains(":") && !address.startsWith("//") && Files.exists(out.resolve(address)),
                    address + " is not a file of the report");
        }
    }

    /** A new key file is its owner's alone (on a POSIX file system) and holds a key read back the same. */
    @Test
    void aNewKeyFileIsReadableByItsOwnerOnly(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("report.key");
        SchoolKey.Read made = SchoolKey.readOrMake(file);
        assertTrue(made.made(), String.valueOf(made));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)));
        }
        SchoolKey.Read again = SchoolKey.readOrMake(file);
        assertFalse(again.made());
        assertEquals(made.key(), again.key());
    }

    @Test
    void aFileThatIsNotAKeyIsNeverOverwritten(@TempDir Path temp) throws IOException {
        Path notes = Files.writeString(temp.resolve("notes.txt"), "my notes");
        TestSites.CliRun run = report(temp.resolve("report"), "--anonymise", "--key", notes.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(notes + ": not a key file: a key file holds 64 hexadecimal digits"), run.err());
        assertEquals("my notes", Files.readString(notes));
        assertFalse(Files.exists(temp.resolve("report")));
        assertEquals(2, report(temp.resolve("report"), "--key", temp.resolve("k").toString()).exitCode(), "--key without --anonymise");
    }

    private static String letters(byte[] hash) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder code = new StringBuilder("School ");
        for (int i = 0; i < 5; i++) {
            code.append(alphabet.charAt((hash[i] & 0xff) % 32));
        }
        return code.toString();
    }

    @Test
    void withoutAnyReturnNothingIsWrittenAndTheExitCodeIsOne(@TempDir Path temp) throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "nothing here");
        Path out = temp.resolve("report");
        TestSites.CliRun run = TestSites.cli("report", "audits", empty.toString(), "-p", project.toString(), "-o", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("notes.txt: skipped: not a web-form export (.json) or a filled PDF (.pdf)"), run.err());
        assertTrue(run.err().contains("no report was written"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownAuditOrMissingFolderIsAUsageError(@TempDir Path temp) {
        TestSites.CliRun unknown = report(temp.resolve("r"), "--audit", "nope");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("the toolkit has no audit \"nope\""), unknown.err());
        TestSites.CliRun missing = TestSites.cli("report", "audits", temp.resolve("missing").toString(), "-p", project.toString());
        assertEquals(2, missing.exitCode());
        assertFalse(Files.exists(project.resolve("report")), "nothing written into the project");
    }

    @Test
    void aFolderTheToolDidNotMakeIsNeverReplaced(@TempDir Path temp) throws IOException {
        Path mine = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(mine.resolve("keep.txt"), "my own file");
        TestSites.CliRun run = report(mine);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("my own file", Files.readString(mine.resolve("keep.txt")));
    }

    /** The other audit in the folder can be reported on by name. */
    @Test
    void anotherAuditByName(@TempDir Path temp) {
        Path out = temp.resolve("report");
        TestSites.CliRun run = report(out, "--audit", "other-audit", "--show-small-groups");
        assertEquals(0, run.exitCode(), run.err());
        Matcher m = Pattern.compile("\"ash-primary_school-audit_2026-01-10.json\",\"skipped\",\"answers another audit, “school-audit” \\(report on that audit to read it\\)\"")
                .matcher(TestSites.read(out.resolve("files.csv")));
        assertTrue(m.find());
        assertTrue(TestSites.read(out.resolve("answers.csv")).contains("\"Only\",\"\",\"Something else.\",\"1\",\"Red\",\"1\",\"1\",\"100\",\"\""));
    }
}
