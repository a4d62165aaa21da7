package org.toolkitpress.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.testing.TestSites;

/**
 * The action plan's references for each way an audit of the gallery (src/test/resources/sites/
 * audit-shapes) numbers its questions, and what the printed form adds for them. The expected
 * values are written here from the YAML, not worked out.
 */
class PlanRefsTest {

    private static Toolkit toolkit;

    @BeforeAll
    static void build() {
        toolkit = TestSites.built(TestSites.fixture("audit-shapes"), false).result().toolkit();
    }

    private static PlanRefs refs(String audit) {
        return PlanRefs.of(toolkit.audits().get(audit), toolkit.wording());
    }

    @Test
    void numberedContinuouslyTheNumberIsTheReferenceAndNothingIsAdded() {
        PlanRefs refs = refs("progress-review");
        assertEquals(Map.of("room", "1", "staffing", "2", "breakfast", "3", "boxall", "4", "return", "5"), refs.refs());
        assertEquals(Map.of(), refs.headings());
        assertEquals(Map.of(), refs.places());
        assertEquals("", refs.example());
    }

    @Test
    void numbersWrittenOnceEachAreTheirOwnReferencesWithoutTheirBracket() {
        PlanRefs refs = refs("mixed-scales");
        assertEquals(Map.of("first-day", "2.1", "patterns", "2.2", "barriers", "2.3", "check-ins", "1", "spaces", "2"), refs.refs());
        assertEquals(Map.of(), refs.headings());
    }

    @Test
    void numberedPerSectionTheSectionsAreNumberedAndQualifyTheQuestion() {
        PlanRefs refs = refs("rubric-audit");
        assertEquals(Map.of("validate", "1.1", "limits", "1.2", "training", "2.1"), refs.refs());
        assertEquals(Map.of("practice", "1", "learning", "2"), refs.headings());
        assertEquals(Map.of(), refs.places(), "every question has its number");
        assertEquals("1.1 is question 1 under heading 1", refs.example());
    }

    @Test
    void unnumberedQuestionsArePrintedWithTheirPlaceUnderTheirHeading() {
        PlanRefs refs = refs("reflective-review");
        assertEquals(Map.of("welcome", "1.1", "voice", "1.2"), refs.refs());
        assertEquals(Map.of("areas", "1"), refs.headings());
        assertEquals(Map.of("welcome", "1.", "voice", "2."), refs.places());
    }

    @Test
    void itemIdsAndReferencesReadBackAndAnythingElseDoesNot() {
        PlanRefs refs = refs("rubric-audit");
        assertEquals("limits", refs.itemOf(" 1.2 "));
        assertEquals("limits", refs.itemOf("limits"));
        assertEquals("limits", refs.itemOf("2"), "the number fill wrote before references, printed by one question only");
        assertEquals(null, refs.itemOf("1"), "a number printed in two sections names no one question");
        assertEquals(null, refs.itemOf("3.1"));
    }
}
