package org.toolkitpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.testing.TestSites;

/** Review dates and plain http:// links give warnings, judged against a fixed day. */
class ReviewWarningsTest {

    private static List<String> warningsOn(LocalDate today) {
        Clock clock = Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        Build.Result result = Build.run(Configure.settings(TestSites.fixture("editors"), null, false, clock));
        assertFalse(result.diagnostics().hasErrors(), () -> result.diagnostics().sorted().toString());
        return result.diagnostics().sorted().stream().filter(d -> !d.isError()).map(Diagnostic::format).toList();
    }

    @Test
    void warnsAboutOverduePagesAndPagesDueWithinThirtyDays() {
        List<String> warnings = warningsOn(LocalDate.of(2026, 3, 5));
        assertEquals(List.of(
                "content/pages/guidance/attendance.md:6:1: warning: the page is due for review on 20 March 2026\n"
                        + "  hint: plan the review; `./toolkit report reviews` lists every page's dates",
                "content/pages/guidance/belonging.md:6:1: warning: the page was due for review on 10 January 2026\n"
                        + "  hint: review it, then set `last_reviewed:` to today and `review_by:` to the next review date",
                "content/pages/guidance/belonging.md:13:9: warning: the link uses plain http://: \"http://example.org/report\"\n"
                        + "  hint: use \"https://example.org/report\" if the site offers it"), warnings);
    }

    @Test
    void aReviewDateMoreThanThirtyDaysAwayIsQuiet() {
        List<String> warnings = warningsOn(LocalDate.of(2025, 11, 1));
        assertEquals(1, warnings.size(), warnings::toString);
        assertEquals(true, warnings.get(0).contains("plain http://"));
    }

    @Test
    void theReviewDayItselfIsDueNotOverdue() {
        List<String> warnings = warningsOn(LocalDate.of(2026, 3, 20));
        assertEquals(true, warnings.stream().anyMatch(w -> w.contains("is due for review on 20 March 2026 (today)")),
                warnings::toString);
    }
}
