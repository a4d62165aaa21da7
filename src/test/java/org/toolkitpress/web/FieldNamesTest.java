package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;

/**
 * Today's field names, written out by hand from the audits' YAML: the names saved answers,
 * exported responses and returned PDFs already hold. If one of these changes, answers that
 * schools have kept stop fitting their form.
 */
class FieldNamesTest {

    /** The names of the controls of the one audit form on a page, in document order. */
    private static Set<String> names(Build.Result result, String page) {
        byte[] html = result.files().stream().filter(f -> f.path().equals(page)).findFirst().orElseThrow().bytes();
        Element form = Jsoup.parse(new String(html, StandardCharsets.UTF_8)).selectFirst("form[data-audit]");
        Set<String> names = new LinkedHashSet<>();
        form.select("input[name], textarea[name]").forEach(e -> names.add(e.attr("name")));
        return names;
    }

    private static Build.Result build(Path project) {
        return Build.run(Configure.settings(project, null, false));
    }

    @Test
    void aFormWithGroupEvidenceChoiceAndTextKeepsItsNames() {
        assertEquals(List.of(
                "wellbeing-review.header.team",
                "wellbeing-review.supervision-offered.choice",
                "wellbeing-review.supervision-time.choice",
                "wellbeing-review.supervision.evidence",
                "wellbeing-review.workload-reviewed.choice",
                "wellbeing-review.workload.evidence",
                "wellbeing-review.next-step.text",
                "wellbeing-review.who-helps.text",
                "wellbeing-review.closing.signed-off"),
                List.copyOf(names(build(TestSites.fixture("new-shape")), "index.html")));
    }

    @Test
    void theDefaultAuditsKeepTheirNames() {
        Build.Result root = build(TestSites.projectRoot());
        assertHas(names(root, "trauma-informed-schools/audit/index.html"),
                "trauma-informed-schools-audit.header.setting",
                "trauma-informed-schools-audit.header.completed-by",
                "trauma-informed-schools-audit.header.date",
                "trauma-informed-schools-audit.q1.pre-trauma-aware",
                "trauma-informed-schools-audit.q1.trauma-aware",
                "trauma-informed-schools-audit.q1.trauma-sensitive",
                "trauma-informed-schools-audit.q1.trauma-responsive",
                "trauma-informed-schools-audit.q1.trauma-informed",
                "trauma-informed-schools-audit.q1.evidence",
                "trauma-informed-schools-audit.q27.trauma-informed",
                "trauma-informed-schools-audit.q27.evidence",
                "trauma-informed-schools-audit.closing.reflection");
        assertHas(names(root, "relational-approaches/toolkit-1-audit/index.html"),
                "relational-approaches-audit.header.setting",
                "relational-approaches-audit.safe-ethos-1.choice",
                "relational-approaches-audit.safe-ethos-1.evidence",
                "relational-approaches-audit.closing.additional-notes");
        assertHas(names(root, "relational-approaches/toolkit-4-partnership-working/index.html"),
                "partnership-working-questions.header.completed-by",
                "partnership-working-questions.overview-1.text",
                "partnership-working-questions.school-based-8.text");
    }

    private static void assertHas(Set<String> names, String... expected) {
        for (String name : expected) {
            assertTrue(names.contains(name), name + " is missing from " + names);
        }
    }
}
