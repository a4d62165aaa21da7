package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.testing.TestSites;

/**
 * The HTML structure of the data components, rendered from fixture sites (sites/components and
 * sites/new-shape) whose YAML the expected counts and names are read from, so an editor's change
 * to content/ never breaks this test.
 */
class DataComponentsRenderTest {

    private static Map<String, Document> site;
    private static Map<String, Document> newShape;

    @BeforeAll
    static void build() {
        site = pages(TestSites.fixture("components"));
        newShape = pages(TestSites.fixture("new-shape"));
    }

    private static Map<String, Document> pages(Path project) {
        Build.Result result = Build.run(Configure.settings(project, null, false));
        assertEquals(List.of(), result.diagnostics().sorted(), "the project builds cleanly");
        return result.files().stream().filter(f -> f.path().endsWith(".html"))
                .collect(Collectors.toMap(OutputFile::path, f -> Jsoup.parse(new String(f.bytes(), StandardCharsets.UTF_8))));
    }

    /** Every form control has a label that names it, and every id is unique. */
    private static void labelled(Element form) {
        for (Element control : form.select("input:not([type=file]), textarea")) {
            String id = control.id();
            assertFalse(id.isEmpty(), control.outerHtml());
            assertEquals(1, form.ownerDocument().select("label[for=\"" + id + "\"]").size(), "one label for " + id);
            assertEquals(1, form.ownerDocument().getElementsByAttributeValue("id", id).size(), "unique id " + id);
        }
    }

    @Test
    void theContinuumNamesItsStageInEveryCell() {
        Element table = site.get("guide/continuum/index.html").selectFirst("table.continuum-table");
        assertNotNull(table);
        List<String> heads = table.select("thead th[scope=col] .stage-label").eachText();
        assertEquals(List.of("Starting", "Growing", "Embedded"), heads);
        List<Element> cells = table.select("tbody td.stage-cell");
        assertEquals(3, cells.size(), "one aspect of three stages");
        for (int i = 0; i < cells.size(); i++) {
            assertEquals(heads.get(i), cells.get(i).selectFirst(".stage-tag").text());
        }
        assertTrue(table.parent().hasAttr("tabindex"), "the scrolling region can take focus");
        assertEquals(List.of("Observation", "Pupil voice", "Staff survey"),
                site.get("guide/continuum/index.html").select(".evidenced-through li").eachText());
    }

    @Test
    void principlesAreCardsWithTheirExamples() {
        Document page = site.get("guide/principles/index.html");
        assertEquals(2, page.select(".principles > section.principle").size());
        Element trust = page.getElementById("principle-trust").parent();
        assertEquals(List.of("A key adult", "Repair after rupture", "Predictable days"), trust.select(".principle-examples li").eachText());
        assertEquals("— adapted from Perry", trust.selectFirst(".quotation figcaption").text());
    }

    @Test
    void theDistributionAuditIsARealForm() {
        Document page = site.get("guide/audit/index.html");
        Element form = page.selectFirst("form.audit-form");
        assertEquals("toolkit-press:spread-audit:v1", form.attr("data-storage-key"));
        assertTrue(form.selectFirst("[data-audit-tools]").hasAttr("hidden"), "without JavaScript the tools stay hidden");
        assertTrue(form.selectFirst("[data-error-summary]").hasAttr("hidden"));
        List<Element> items = form.select("fieldset.audit-item");
        assertEquals(4, items.size());
        for (Element item : items) {
            assertNotNull(item.selectFirst("> legend"), item.id());
            assertEquals(3, item.select("input[type=text][data-stage]").size(), item.id());
            assertEquals(1, item.select("textarea[name$=.evidence]").size());
        }
        Element q1 = form.getElementById("spread-audit.q1");
        assertEquals(List.of("spread-audit.q1.starting", "spread-audit.q1.growing", "spread-audit.q1.embedded",
                "spread-audit.q1.evidence"), q1.select("input, textarea").eachAttr("name"));
        assertEquals("1) Starting (new area)", q1.selectFirst("label").text());
        assertEquals(2, form.select("section.audit-section [data-totals]").size(), "a totals row per section");
        assertEquals(2, form.select("[data-summary] tbody tr").size(), "a summary row per section");
        assertEquals(2, form.select("[data-summary] .chart-row").size(), "a chart bar per section");
        assertTrue(form.select("input").stream().allMatch(i -> i.val().isEmpty()), "the form is blank");
        assertNotNull(form.getElementById("spread-audit.closing.reflection"));
        labelled(form);
    }

    @Test
    void theRatedAuditUsesRadioGroupsWithCounts() {
        Element form = site.get("guide/rated/index.html").selectFirst("form.audit-form");
        Element first = form.getElementById("rated-audit.ethos-1");
        assertEquals(List.of("Red No evidence for this area", "Amber Some evidence of this area", "Green Strong evidence for this area"),
                first.select(".choice label").eachText());
        assertEquals(3, first.select("input[type=radio][name=rated-audit.ethos-1.choice]").size());
        assertEquals(List.of("Assemblies", "Displays"), first.select(".item-points li").eachText());
        assertEquals(2, form.select("section.audit-section").size());
        assertEquals(2, form.select("section.audit-section [data-counts]").size());
        labelled(form);
    }

    @Test
    void theExampleIsReadOnlyWithTotalsAndSummary() {
        Element response = site.get("guide/example/index.html").selectFirst(".audit.response");
        assertTrue(response.select("input, textarea, form").isEmpty(), "read-only");
        Element first = response.selectFirst("table[data-totals]");
        // Section "knowledge" (q1–q3): starting 20, 10, 30; growing 60, 80, 40; embedded 20, 10, 30.
        assertEquals(List.of("20%", "60%", "20%"), first.select("tbody td").eachText());
        assertEquals(List.of("1) Starting (new area) 20%", "2) Growing 60%", "3) Embedded 20%"),
                response.selectFirst(".response-item .response-shares").select("li").eachText(),
                "each question's own percentages, stage by stage");
        Element summary = response.selectFirst("[data-summary] table.summary-table");
        assertEquals("Knowledge", summary.selectFirst("tbody tr th").text());
        assertEquals("Growing", summary.selectFirst("tbody tr [data-placement]").text());
        assertTrue(response.text().contains("Most staff have had the training."));
        assertTrue(response.selectFirst(".response-closing").text().contains("We will train the governors first."));
    }

    @Test
    void aNewAuditShapeRendersFromDataAlone() {
        Document page = newShape.get("index.html");
        Element form = page.selectFirst("form.audit-form#wellbeing-review");
        assertNotNull(form);
        Element offered = form.getElementById("wellbeing-review.supervision-offered");
        assertEquals(List.of("1", "2", "3", "4"), offered.select("input[type=radio]").eachAttr("value"));
        assertEquals("3 – Established Supervision is offered termly to all staff.",
                offered.select(".choice label").get(2).text(), "the rubric descriptor sits in the option's label");
        assertEquals(List.of("Supervision", "Workload"), form.select(".audit-group > h3").eachText());
        assertEquals(List.of("wellbeing-review.supervision.evidence", "wellbeing-review.workload.evidence"),
                form.select(".audit-group > .evidence textarea").eachAttr("name"), "evidence per group");
        assertTrue(form.select("fieldset.audit-item textarea[name$=.evidence]").isEmpty(), "no evidence per item");
        assertEquals(List.of("wellbeing-review.next-step.text", "wellbeing-review.who-helps.text"),
                form.select("[data-section=looking-ahead] textarea").eachAttr("name"), "free text section");
        assertEquals(List.of("0", "0", "0", "0"), form.select("[data-section=support] [data-counts] .count").eachText());
        labelled(form);

        Element filled = page.selectFirst(".audit.response");
        assertEquals("Rating: 3 – Established – Supervision is offered termly to all staff.",
                filled.select(".response-answer").get(0).text());
        assertEquals(List.of("1", "0", "2", "0"), filled.select("[data-section=support] [data-option-count] .count").eachText());
        assertTrue(filled.text().contains("Termly sessions started in September."));
        assertTrue(filled.text().contains("Protect supervision time in the calendar."));
        // wellbeing-review.yml heads its closing fields "Sign-off" (closing_title), not the theme's "Reflection".
        assertEquals("Sign-off", form.selectFirst("fieldset.closing-fields > legend").text());
        assertEquals("Sign-off", filled.selectFirst(".response-closing > h2").text());
    }
}
