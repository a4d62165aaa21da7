package org.toolkitpress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * The report over returns of the audit-shapes gallery (sites/audit-shapes): ratings answered at
 * assessment points are read at their latest point and compared with their first, rating parts
 * get heat maps of their own, and ticks, write-ins and dates are counted, never quoted. Two or
 * three schools only, so every test shows small groups. Figures worked by hand in the comments.
 */
class AuditShapesReportTest {

    private static TestSites.CliRun report(Path out, String audit, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("report", "audits",
                TestSites.projectRoot().resolve("src/test/resources/returns/shapes").toString(),
                "-p", TestSites.fixture("audit-shapes").toString(), "-o", out.toString(), "--audit", audit, "--show-small-groups"));
        args.addAll(java.util.List.of(more));
        return TestSites.cli(args.toArray(String[]::new));
    }

    /*
     * progress-review, scores 1–4 at points first, second, final. Latest point of each rating:
     * X room 4 (final), staffing 2 (second), breakfast 3, boxall 2 (first only), return 2;
     * Y room 1, staffing 4, breakfast 2, boxall 3, return 1.
     */
    @Test
    void ratingsAtPointsAreReadAtTheLatestPoint(@TempDir Path temp) {
        Path out = temp.resolve("r");
        TestSites.CliRun run = report(out, "progress-review");
        assertEquals(0, run.exitCode(), run.err());
        String answers = TestSites.read(out.resolve("answers.csv"));
        assertTrue(answers.contains("""
                "Provision","1","The nurture room is available every morning.","2","1 Not yet","1","1","50","","latest"\r
                "Provision","1","The nurture room is available every morning.","2","2","2","0","0","","latest"\r
                "Provision","1","The nurture room is available every morning.","2","3","3","0","0","","latest"\r
                "Provision","1","The nurture room is available every morning.","2","4 Consistently","4","1","50","","latest"\r
                """), answers);
        assertTrue(answers.contains("""
                "Outcomes","","All questions in the section (answers)","4","1 Not yet","1","1","25","schools","latest"\r
                "Outcomes","","All questions in the section (answers)","4","2","2","2","50","schools","latest"\r
                "Outcomes","","All questions in the section (answers)","4","3","3","1","25","schools","latest"\r
                "Outcomes","","All questions in the section (answers)","4","4 Consistently","4","0","0","schools","latest"\r
                """), answers);
        assertTrue(answers.contains("""
                "Provision","2","Two trained adults staff each nurture session. – Priority","2","ticked","","1","50","counted, never quoted",""\r
                """), answers);
    }

    /*
     * Progress (1 → 0, 2 → 33, 3 → 67, 4 → 100). X first answers (first point of each rating):
     * 33 0 67 33 33 → 33; latest 100 33 67 33 33 → 53: +20. Y first 0 100 0 67 67 → 47; latest
     * 0 100 33 67 0 → 40: −7. Provision X 33 → 67 (+34), Y 33 → 44 (+11): mean +22.5 → 23;
     * Outcomes X 33 → 33 (0), Y 67 → 34 (−33): mean −16.5 → −17.
     */
    @Test
    void changeRunsFromTheFirstPointToTheLatest(@TempDir Path temp) {
        Path out = temp.resolve("r");
        assertEquals(0, report(out, "progress-review").exitCode());
        assertEquals("""
                "school","returns","latest_return","point","point_date","answered","questions","provision_score","provision_max","provision_percent","outcomes_score","outcomes_max","outcomes_percent","total_score","total_max","total_percent","change"\r
                "X Primary","1","2026-06-29","latest","","5","5","9","12","75","4","8","50","13","20","65","20"\r
                "X Primary","1","2026-06-29","first","2025-10-06","4","5","6","12","50","2","4","50","8","16","50","20"\r
                "X Primary","1","2026-06-29","second","","1","5","2","4","50","","","","2","4","50","20"\r
                "X Primary","1","2026-06-29","final","2026-06-29","3","5","7","8","88","2","4","50","9","12","75","20"\r
                "Y Academy","1","","latest","","5","5","7","12","58","4","8","50","11","20","55","-7"\r
                "Y Academy","1","","first","","4","5","6","12","50","3","4","75","9","16","56","-7"\r
                "Y Academy","1","","second","","0","5","","","","","","","","","","-7"\r
                "Y Academy","1","","final","","3","5","2","4","50","4","8","50","6","12","50","-7"\r
                """, TestSites.read(out.resolve("schools.csv")));
        assertEquals("""
                "section","schools","moved_up","no_change","moved_down","mean_change","note"\r
                "Provision","2","2","0","0","23",""\r
                "Outcomes","2","0","1","1","-17",""\r
                """, TestSites.read(out.resolve("change.csv")));
    }

    /*
     * W Infants (returns/steady/) rates every question at the first and the final point, the same
     * each time: a change of nothing, counted with X and Y. Provision X +34, Y +11, W 0: 2 up, 1
     * same, mean 45 / 3 = 15; Outcomes X 0, Y −33, W 0: 2 same, 1 down, mean −33 / 3 = −11. Before,
     * a school whose first and latest answers were the same had no change at all (a dash, and left
     * out of change.csv).
     */
    @Test
    void theSameAnswersAtTwoPointsAreNoChangeNotNone(@TempDir Path temp) throws java.io.IOException {
        Path folder = java.nio.file.Files.createDirectories(temp.resolve("returns"));
        for (String file : List.of("shapes/x-primary.json", "shapes/y-academy.json", "steady/w-infants-steady.json")) {
            Path from = TestSites.projectRoot().resolve("src/test/resources/returns/" + file);
            java.nio.file.Files.copy(from, folder.resolve(from.getFileName()));
        }
        Path out = temp.resolve("r");
        TestSites.CliRun run = TestSites.cli("report", "audits", folder.toString(), "-p", TestSites.fixture("audit-shapes").toString(),
                "-o", out.toString(), "--show-small-groups");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                "section","schools","moved_up","no_change","moved_down","mean_change","note"\r
                "Provision","3","2","1","0","15",""\r
                "Outcomes","3","0","2","1","-11",""\r
                """, TestSites.read(out.resolve("change.csv")));
        assertTrue(TestSites.read(out.resolve("schools.csv")).contains("""
                "W Infants","1","2026-07-06","latest","","5","5","9","12","75","3","8","38","12","20","60","0"\r
                """), TestSites.read(out.resolve("schools.csv")));
        assertTrue(TestSites.read(out.resolve("index.html")).contains("<td data-label=\"Change\" data-sort=\"0\">no change</td>"));
    }

    /*
     * V Nursery (returns/fresh/) sent a fresh return for each assessment: the first (2025-10-20)
     * rates every question at the first point only; the final (2026-07-01) room 3, staffing 3,
     * breakfast 4 and boxall 2 at the final point only. Each point's row is read from the newest
     * return that rates a question there. first, from the first return: Provision 1+2+2 = 5 of 12
     * (42%), Outcomes 1+3 = 4 of 8 (50%), total 9 of 20 (45%), 5 answered. final, from the second:
     * Provision 3+3+4 = 10 of 12 (83%), Outcomes 2 of 4 (50%), total 12 of 16 (75%), 4 answered.
     * second, from neither (so the latest return, which rates nothing there): 0 answered, blank.
     * latest is the latest return's answers alone: the final's figures. Change: first answers
     * 0 33 33 0 67 → 27, latest 67 67 100 33 → 67: +40. Before, the first point's row was read from
     * the latest return too, and was as blank as the second's.
     */
    @Test
    void eachPointIsReadFromTheNewestReturnThatRatesAQuestionThere(@TempDir Path temp) {
        Path out = temp.resolve("r");
        TestSites.CliRun run = TestSites.cli("report", "audits", TestSites.projectRoot().resolve("src/test/resources/returns/fresh").toString(),
                "-p", TestSites.fixture("audit-shapes").toString(), "-o", out.toString(), "--show-small-groups", "--point", "first");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                "school","returns","latest_return","point","point_date","answered","questions","provision_score","provision_max","provision_percent","outcomes_score","outcomes_max","outcomes_percent","total_score","total_max","total_percent","change"\r
                "V Nursery","2","2026-07-01","latest","","4","5","10","12","83","2","4","50","12","16","75","40"\r
                "V Nursery","2","2026-07-01","first","2025-10-20","5","5","5","12","42","4","8","50","9","20","45","40"\r
                "V Nursery","2","2026-07-01","second","","0","5","","","","","","","","","","40"\r
                "V Nursery","2","2026-07-01","final","2026-07-01","4","5","10","12","83","2","4","50","12","16","75","40"\r
                """, TestSites.read(out.resolve("schools.csv")));
        // The heat maps at the first point, and "Answered" there, read the first return too.
        assertTrue(TestSites.read(out.resolve("answers.csv")).contains("""
                "Provision","1","The nurture room is available every morning.","1","1 Not yet","1","1","100","","first"\r
                """), TestSites.read(out.resolve("answers.csv")));
        assertTrue(TestSites.read(out.resolve("index.html")).contains("<td data-label=\"Answered\" data-sort=\"5\">5 of 5</td>"));
        assertEquals("""
                "file","status","note"\r
                "v-nursery-assessment-1.json","read","the school's answers at Assessment 1 are read from this return (its later returns rate no question there)"\r
                "v-nursery-final.json","read","answers 4 of 5 questions"\r
                """, TestSites.read(out.resolve("files.csv")));
    }

    /*
     * Evidence boxes are written answers, counted like any other. Per item (rubric-audit, numbered
     * per section, returns/evidence/rubric/): S School wrote evidence for validate and training, T
     * School for limits (its validate evidence is only spaces: not given). So validate 1 of 2
     * (50%), limits 1 of 2, training 1 of 2, each under its question's number. Per group
     * (wellbeing-review of sites/new-shape, returns/evidence/wellbeing/): Team A wrote Supervision's
     * evidence, Team B Supervision's and Workload's: 2 of 2 (100%) and 1 of 2 (50%), with no number
     * (a group's box is no question's). Before, neither was counted, and a group's evidence was not
     * even read.
     */
    @Test
    void evidenceBoxesAreCountedNeverQuoted(@TempDir Path temp) {
        Path rubric = temp.resolve("rubric");
        TestSites.CliRun run = TestSites.cli("report", "audits", TestSites.projectRoot().resolve("src/test/resources/returns/evidence/rubric").toString(),
                "-p", TestSites.fixture("audit-shapes").toString(), "-o", rubric.toString(), "--show-small-groups");
        assertEquals(0, run.exitCode(), run.err());
        String answers = TestSites.read(rubric.resolve("answers.csv"));
        assertTrue(answers.endsWith("""
                "Everyday practice","1","Staff name and validate pupils' feelings before addressing behaviour. – What shows this","2","written","","1","50","counted, never quoted"\r
                "Everyday practice","2","Limits are set calmly once the pupil is regulated. – What shows this","2","written","","1","50","counted, never quoted"\r
                "Learning together","1","Staff have been trained in emotion coaching. – What shows this","2","written","","1","50","counted, never quoted"\r
                """), answers);
        Document html = Jsoup.parse(TestSites.read(rubric.resolve("index.html")));
        assertEquals("1 of 2 written", html.select("#answers tr:has(th:contains(2 Limits are set calmly once the pupil is regulated. – What shows this)) td[data-label=Schools]").text());

        Path wellbeing = temp.resolve("wellbeing");
        run = TestSites.cli("report", "audits", TestSites.projectRoot().resolve("src/test/resources/returns/evidence/wellbeing").toString(),
                "-p", TestSites.fixture("new-shape").toString(), "-o", wellbeing.toString(), "--show-small-groups");
        assertEquals(0, run.exitCode(), run.err());
        String grouped = TestSites.read(wellbeing.resolve("answers.csv"));
        assertTrue(grouped.contains("""
                "Support for staff","","Supervision – What tells us this","2","written","","2","100","counted, never quoted"\r
                "Support for staff","","Workload – What tells us this","2","written","","1","50","counted, never quoted"\r
                """), grouped);
        assertFalse(TestSites.read(wellbeing.resolve("files.csv")).contains("no longer fits"), "a group's evidence fits");
        for (Path out : List.of(rubric, wellbeing)) {
            for (String file : List.of("index.html", "answers.csv", "schools.csv", "furthest.csv", "files.csv")) {
                String text = TestSites.read(out.resolve(file));
                for (String secret : new String[] {"Sam", "behaviour log", "trained in 2025", "Ms Private", "Termly sessions", "appraisal"}) {
                    assertFalse(text.contains(secret), secret + " is shown in " + file);
                }
            }
        }
    }

    @Test
    void aRatingPartHasItsOwnHeatMapAndWrittenAnswersAreNeverShown(@TempDir Path temp) {
        Path out = temp.resolve("r");
        assertEquals(0, report(out, "mixed-scales").exitCode());
        String answers = TestSites.read(out.resolve("answers.csv"));
        assertTrue(answers.contains("\"Wellbeing (Low, Medium, High)\",\"1)\",\"Pupils have a daily check-in with an adult. – How confident are you in this rating?\",\"1\",\"High\",\"3\",\"1\",\"100\",\"\""), answers);
        assertTrue(answers.contains("\"Attendance\",\"2.3\",\"What are the main barriers to attendance this year?\",\"1\",\"written\",\"\",\"1\",\"100\",\"counted, never quoted\""), answers);
        assertTrue(answers.contains("\"Wellbeing\",\"1)\",\"Pupils have a daily check-in with an adult. – Date last reviewed\",\"1\",\"dated\",\"\",\"1\",\"100\",\"counted, never quoted\""), answers);
        String page = TestSites.read(out.resolve("index.html"));
        for (String secret : new String[] {"Sam", "Mrs Hidden", "2026-01-05"}) {
            assertFalse(page.contains(secret) || answers.contains(secret), secret + " is shown");
        }
    }

    /*
     * --point first counts the answers given at the first point only: room X 2, Y 1; staffing X 1,
     * Y 4; breakfast X 3, Y 1, so Provision's six answers are 1 ×3 (50%), 2, 3 and 4 once each
     * (17%). Outcomes at the first point: boxall X 2, return Y 3 (Y's boxall and X's return are
     * answered at the final point only). --point final: room X 4 only (Y did not rate it then),
     * staffing nobody. The page and the CSV say which point, by name and by id.
     */
    @Test
    void aChosenPointCountsTheAnswersGivenAtThatPointOnly(@TempDir Path temp) {
        Path first = temp.resolve("first");
        TestSites.CliRun run = report(first, "progress-review", "--point", "first");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Answers counted at: Assessment 1"), run.out());
        String answers = TestSites.read(first.resolve("answers.csv"));
        assertTrue(answers.startsWith("\"section\",\"number\",\"question\",\"answered\",\"answer\",\"level\",\"schools\",\"percent\",\"note\",\"point\"\r\n"), answers);
        assertTrue(answers.contains("""
                "Provision","1","The nurture room is available every morning.","2","1 Not yet","1","1","50","","first"\r
                "Provision","1","The nurture room is available every morning.","2","2","2","1","50","","first"\r
                "Provision","1","The nurture room is available every morning.","2","3","3","0","0","","first"\r
                "Provision","1","The nurture room is available every morning.","2","4 Consistently","4","0","0","","first"\r
                """), answers);
        assertTrue(answers.contains("""
                "Provision","","All questions in the section (answers)","6","1 Not yet","1","3","50","schools","first"\r
                "Provision","","All questions in the section (answers)","6","2","2","1","17","schools","first"\r
                "Provision","","All questions in the section (answers)","6","3","3","1","17","schools","first"\r
                "Provision","","All questions in the section (answers)","6","4 Consistently","4","1","17","schools","first"\r
                """), answers);
        assertTrue(answers.contains("""
                "Outcomes","","All questions in the section (answers)","2","1 Not yet","1","0","0","schools","first"\r
                "Outcomes","","All questions in the section (answers)","2","2","2","1","50","schools","first"\r
                "Outcomes","","All questions in the section (answers)","2","3","3","1","50","schools","first"\r
                """), answers);
        String page = TestSites.read(first.resolve("index.html"));
        assertTrue(page.contains("<strong>Answers counted at:</strong> Assessment 1"), "the page names the point");
        assertTrue(page.contains("<code>final</code> (Final assessment)"), "and says how to count another");

        Path last = temp.resolve("final");
        assertEquals(0, report(last, "progress-review", "--point", "final").exitCode());
        String atFinal = TestSites.read(last.resolve("answers.csv"));
        assertTrue(atFinal.contains("""
                "Provision","1","The nurture room is available every morning.","1","1 Not yet","1","0","0","","final"\r
                "Provision","1","The nurture room is available every morning.","1","2","2","0","0","","final"\r
                "Provision","1","The nurture room is available every morning.","1","3","3","0","0","","final"\r
                "Provision","1","The nurture room is available every morning.","1","4 Consistently","4","1","100","","final"\r
                "Provision","2","Two trained adults staff each nurture session.","0","","","","","no answers","final"\r
                """), atFinal);
        assertTrue(TestSites.read(last.resolve("index.html")).contains("<strong>Answers counted at:</strong> Final assessment"));

        Path latest = temp.resolve("latest");
        TestSites.CliRun plain = report(latest, "progress-review");
        assertTrue(plain.out().contains("Answers counted at: Each school's latest answers (give --point ID"), plain.out());
        assertTrue(TestSites.read(latest.resolve("index.html")).contains("<strong>Answers counted at:</strong> Each school&#39;s latest answers"));
        // schools.csv has a row per school and point whichever point the heat maps count; the change is the same.
        assertEquals(TestSites.read(latest.resolve("schools.csv")), TestSites.read(first.resolve("schools.csv")));
        assertEquals(TestSites.read(latest.resolve("change.csv")), TestSites.read(last.resolve("change.csv")));
    }

    /*
     * "Answered" at the point counted, from the returns: X rated room, staffing, breakfast and
     * boxall at the first point (not return), Y all but boxall: 4 of 5 each. At the final point X
     * rated room, breakfast and return, Y breakfast, boxall and return: 3 of 5 each. At the
     * (optional) second, X staffing only, Y nothing. Counting each school's latest answers, every
     * question has an answer somewhere: 5 of 5 — and the page says that the form would count fewer
     * (X and Y each rate only two questions at both the first and final points).
     */
    @Test
    void aQuestionIsAnsweredAtThePointCounted(@TempDir Path temp) {
        java.util.Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        expected.put("latest", List.of("5 of 5", "5 of 5"));
        expected.put("first", List.of("4 of 5", "4 of 5"));
        expected.put("second", List.of("1 of 5", "0 of 5"));
        expected.put("final", List.of("3 of 5", "3 of 5"));
        for (var point : expected.entrySet()) {
            Path out = temp.resolve(point.getKey());
            TestSites.CliRun run = point.getKey().equals("latest") ? report(out, "progress-review")
                    : report(out, "progress-review", "--point", point.getKey());
            assertEquals(0, run.exitCode(), run.err());
            // The page's table counts at the point chosen; schools.csv has every point's count on its own row.
            String page = TestSites.read(out.resolve("index.html"));
            for (String answered : point.getValue()) {
                String number = answered.substring(0, answered.indexOf(' '));
                assertTrue(page.contains("<td data-label=\"Answered\" data-sort=\"" + number + "\">" + answered + "</td>"), point + ": " + answered);
            }
            List<String> lines = TestSites.read(out.resolve("schools.csv")).lines().toList();
            String x = "\"X Primary\",\"1\",\"2026-06-29\",\"" + point.getKey() + "\",\"[^\"]*\",\"" + point.getValue().get(0).split(" ")[0] + "\",\"5\",.*";
            String y = "\"Y Academy\",\"1\",\"\",\"" + point.getKey() + "\",\"[^\"]*\",\"" + point.getValue().get(1).split(" ")[0] + "\",\"5\",.*";
            assertTrue(lines.stream().anyMatch(l -> l.matches(x)) && lines.stream().anyMatch(l -> l.matches(y)), point + ": " + lines);
        }
        String atFirst = TestSites.read(temp.resolve("first/index.html"));
        assertTrue(atFirst.contains("Answered counts the questions each school rated at Assessment 1; a question not rated there yet is not answered."), atFirst);
        assertTrue(atFirst.contains("<td data-label=\"Answered\" data-sort=\"4\">4 of 5</td>"), atFirst);
        assertTrue(TestSites.read(temp.resolve("latest/index.html")).contains("Answered counts the questions each school rated at any assessment point."));
    }

    @Test
    void aPointTheAuditDoesNotHaveIsRefusedByName(@TempDir Path temp) {
        TestSites.CliRun unknown = report(temp.resolve("a"), "progress-review", "--point", "summer");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("the audit \"progress-review\" has no assessment point \"summer\""), unknown.err());
        assertTrue(unknown.err().contains("use one of: first, second, final"), unknown.err());
        assertFalse(java.nio.file.Files.exists(temp.resolve("a")), "nothing is written");
        TestSites.CliRun once = report(temp.resolve("b"), "mixed-scales", "--point", "first");
        assertEquals(2, once.exitCode());
        assertTrue(once.err().contains("it is answered once: leave --point out"), once.err());
    }

    @Test
    void anAuditAnsweredOnceHasNoPointColumn(@TempDir Path temp) {
        Path out = temp.resolve("r");
        TestSites.CliRun run = report(out, "mixed-scales");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("Answers counted at"), run.out());
        assertTrue(TestSites.read(out.resolve("answers.csv")).startsWith(
                "\"section\",\"number\",\"question\",\"answered\",\"answer\",\"level\",\"schools\",\"percent\",\"note\"\r\n"));
        assertFalse(TestSites.read(out.resolve("index.html")).contains("Answers counted at"));
    }
}
