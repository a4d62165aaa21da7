package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * "Propose a plan from my answers" is offered only on a form whose answers can need action: a
 * form of write-in boxes alone (the gallery's reflective form) has nothing to propose from, so its
 * plan offers the school's own rows and does not promise the questions furthest from the goal.
 */
class ActionPlanOfferTest {

    private static Element plan(String page, String audit) throws IOException {
        Path site = TestSites.built(TestSites.fixture("audit-shapes"), true).site();
        Document html = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
        Element plan = html.getElementById(audit + "-plan");
        assertNotNull(plan, page);
        return plan;
    }

    @Test
    void aRatedFormOffersToProposeAPlan() throws IOException {
        Element plan = plan("audits/numeric-audit/index.html", "numeric-audit");
        assertEquals(1, plan.select("button[data-plan-action=propose]").size());
        assertTrue(plan.text().contains("furthest from the goal"), plan.text());
    }

    @Test
    void aFormOfWrittenAnswersOnlyOffersRowsOfTheSchoolsOwn() throws IOException {
        Element plan = plan("audits/reflective-review/index.html", "reflective-review");
        assertEquals(0, plan.select("button[data-plan-action=propose]").size(), plan.outerHtml());
        assertEquals(1, plan.select("button[data-plan-action=add]").size());
        assertFalse(plan.text().contains("Propose") || plan.text().contains("furthest"), plan.text());
    }
}
