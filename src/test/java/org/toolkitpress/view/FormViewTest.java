package org.toolkitpress.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.load.Load;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.testing.TestSites;

/** Item numbers as the form prints them: the source's own verbatim, or the audit's automatic numbering. */
class FormViewTest {

    private static Toolkit load(String fixture) {
        Diagnostics diagnostics = new Diagnostics();
        Toolkit toolkit = Load.toolkit(Configure.settings(TestSites.fixture(fixture), null, false), Markdown.create(), diagnostics);
        assertEquals(List.of(), diagnostics.sorted());
        return toolkit;
    }

    /** Every item's printed number, section by section, in the form's order. */
    private static List<List<String>> printed(AuditForm form) {
        List<List<String>> out = new ArrayList<>();
        for (AuditForm.FormSection section : form.sections()) {
            List<String> numbers = new ArrayList<>();
            section.items().forEach(i -> numbers.add(i.numberText()));
            section.groups().forEach(g -> g.items().forEach(i -> numbers.add(i.numberText())));
            out.add(numbers);
        }
        return out;
    }

    private static Audit numbered(Audit a, Audit.Numbering numbering) {
        return new Audit(a.id(), a.version(), a.title(), a.kind(), a.source(), a.intro(), a.advice(), a.definitions(),
                a.scoring(), a.headerFields(), a.scales(), a.evidence(), a.sections(), a.closing(), a.closingTitle(), a.questionHeading(), a.scoreFigures(),
                numbering, a.actionPlan(), a.layout(), a.assessmentPoints(), a.pos());
    }

    @Test
    void explicitNumbersArePrintedExactlyAsWritten() {
        Toolkit toolkit = load("new-shape");
        // wellbeing-review.yml numbers its items 1a, 1b and '2'; the free-text section has none.
        assertEquals(List.of(List.of("1a", "1b", "2"), java.util.Arrays.asList(null, null)),
                printed(FormView.of(toolkit.audits().get("wellbeing-review"), toolkit, null)));
    }

    @Test
    void automaticNumberingRunsOnOrRestartsOrIsOff() {
        Toolkit toolkit = load("scored");
        Audit audit = toolkit.audits().get("inclusion-audit");
        // inclusion-audit.yml gives no numbers and says `numbering: continuous`: two items, then three.
        assertEquals(List.of(List.of("1.", "2."), List.of("3.", "4.", "5.")), printed(FormView.of(audit, toolkit, null)));
        assertEquals(List.of(List.of("1.", "2."), List.of("1.", "2.", "3.")),
                printed(FormView.of(numbered(audit, Audit.Numbering.PER_SECTION), toolkit, null)));
        assertEquals(List.of(java.util.Arrays.asList(null, null), java.util.Arrays.asList(null, null, null)),
                printed(FormView.of(numbered(audit, Audit.Numbering.NONE), toolkit, null)));
    }

    /** The Teaching section mixes a score, a Red/Amber/Green choice and free text: it keeps a summary for each scale. */
    @Test
    void aSectionThatMixesScalesKeepsTheFiguresOfEach() {
        Toolkit toolkit = load("scored");
        AuditForm form = FormView.of(toolkit.audits().get("inclusion-audit"), toolkit, toolkit.responses().get("inclusion-example"));
        AuditForm.FormSection teaching = form.sections().get(1);
        assertEquals("1 of 3", form.figure(teaching.scores(), "total"), "the score item only");
        assertEquals(List.of("red 0", "amber 1", "green 0"), teaching.counts().stream().map(c -> c.id() + " " + c.value()).toList());
        assertEquals(List.of(), form.sections().get(0).counts(), "Leadership has no choice items");
    }
}
