package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.testing.TestSites;

/** A page past its review date says so; others do not. */
class ReviewNoticeTest {

    private static Map<String, Document> site(LocalDate today) {
        Clock clock = Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        Build.Result result = Build.run(Configure.settings(TestSites.fixture("editors"), null, false, clock));
        return result.files().stream().filter(f -> f.path().endsWith(".html"))
                .collect(Collectors.toMap(OutputFile::path, f -> Jsoup.parse(new String(f.bytes(), StandardCharsets.UTF_8))));
    }

    @Test
    void onlyOverduePagesCarryTheNotice() {
        Map<String, Document> site = site(LocalDate.of(2026, 3, 5));
        Element notice = site.get("guidance/belonging/index.html").selectFirst(".review-notice");
        assertEquals("Please note: this guidance was due for review on 10 January 2026. It may not reflect current "
                + "practice; check with the toolkit's editors if you rely on it.", notice.text());
        assertEquals("note", notice.attr("role"));
        assertFalse(site.get("guidance/attendance/index.html").html().contains("review-notice"), "due soon is not overdue");
        assertFalse(site.get("guidance/index.html").html().contains("review-notice"));
    }

    @Test
    void theNoticeFollowsTheBuildDay() {
        Map<String, Document> site = site(LocalDate.of(2026, 3, 21));
        assertTrue(site.get("guidance/attendance/index.html").text().contains("was due for review on 20 March 2026"));
    }
}
