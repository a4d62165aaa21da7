package org.toolkitpress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;

/** {@code report reviews}: every page's dates, most urgent first, as text and CSV. */
class ReviewReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

    private static ReviewReport.Result report() {
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        return ReviewReport.of(Configure.settings(TestSites.fixture("editors"), null, false, clock));
    }

    @Test
    void csvListsEveryPageMostUrgentFirst() {
        assertEquals("""
                file,title,last_reviewed,review_by,status,days_left\r
                "content/pages/guidance/belonging.md","School Belonging",2025-01-10,2026-01-10,overdue,-54\r
                "content/pages/guidance/attendance.md","Attendance",2025-06-01,2026-03-20,due soon,15\r
                "content/pages/guidance/contacts.md","Contacts",,2026-04-10,current,36\r
                "content/pages/guidance/index.md","Guidance",,2027-01-01,current,302\r
                "content/pages/index.md","Editors Test Toolkit",,,no date,\r
                """, ReviewReport.csv(report().rows()));
    }

    @Test
    void textIsATableWithASummary() {
        String text = ReviewReport.text(report().rows(), TODAY);
        assertEquals("Review dates on 2026-03-05", text.lines().findFirst().orElseThrow());
        assertEquals("overdue    2025-01-10     2026-01-10     content/pages/guidance/belonging.md   School Belonging",
                text.lines().skip(2).findFirst().orElseThrow());
        assertEquals("5 pages: 1 overdue, 1 due within 30 days, 1 without a review date",
                text.lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void aCommandLineRunPrintsCsv() {
        TestSites.CliRun run = TestSites.cli("report", "reviews", "-p", TestSites.fixture("editors").toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("file,title,last_reviewed,review_by,status,days_left", run.out().lines().findFirst().orElseThrow());
        assertEquals(6, run.out().lines().count());
    }
}
