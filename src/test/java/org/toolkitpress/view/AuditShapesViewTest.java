package org.toolkitpress.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.toolkitpress.check.Check;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.load.Load;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.AnswerParts;
import org.toolkitpress.model.AnswerValue;
import org.toolkitpress.model.Answers;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.FieldName;
import org.toolkitpress.model.ItemAnswer;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.testing.TestSites;

/**
 * The audit-shapes gallery read into the model and the form's view: named parts, assessment
 * points, layouts and numbers as the YAML writes them (the expected values are copied from the
 * gallery's files by hand).
 */
class AuditShapesViewTest {

    private static Toolkit toolkit;

    @BeforeAll
    static void load() {
        Diagnostics diagnostics = new Diagnostics();
        toolkit = Load.toolkit(Configure.settings(TestSites.fixture("audit-shapes"), null, false), Markdown.create(), diagnostics);
        Check.toolkit(toolkit, java.time.LocalDate.of(2026, 12, 1), diagnostics);
        assertEquals(List.of(), diagnostics.sorted(), "the gallery is free of errors and warnings");
    }

    @Test
    void assessmentPointsAndInheritedPartsAreRead() {
        Audit audit = toolkit.audits().get("progress-review");
        assertEquals(List.of("first Assessment 1 false", "second Assessment 2 true", "final Final assessment false"),
                audit.assessmentPoints().stream().map(p -> p.id() + " " + p.label() + " " + p.optional()).toList());
        Audit.Item room = audit.item("room");
        assertEquals(List.of("score@first", "score@second", "score@final", "priority"),
                AnswerParts.of(audit, room, audit.scaleOf(room), toolkit));
        assertEquals(Audit.Layout.GRID, audit.sections().get(0).layout());
    }

    /**
     * A question scored at the first assessment only, the final still to come: the first-and-last
     * table gives that score as its first, and no last or change yet (it gave a dash for all three,
     * as if the question had no score).
     */
    @Test
    void aQuestionScoredAtOnePointShowsThatScoreAsItsFirst() {
        Audit audit = toolkit.audits().get("progress-review");
        Map<String, AnswerValue> room = new LinkedHashMap<>();
        room.put("score@first", AnswerValue.of(2));
        Response firstOnly = new Response("r", "progress-review", 1, "R", Map.of(),
                new Answers(Map.of("room", new ItemAnswer(room))), Map.of(), List.of(), SourcePos.file("r.json"), Map.of());
        AuditForm form = FormView.of(audit, toolkit, firstOnly);
        AuditForm.ItemChange change = form.itemChange(form.sections().get(0).items().get(0));
        assertEquals(List.of("2 (Assessment 1)", "\u2013", "\u2013"), List.of(change.from(), change.to(), change.change()));
        AuditForm.ItemChange none = form.itemChange(form.sections().get(0).items().get(1));
        assertEquals(List.of("\u2013", "\u2013", "\u2013"), List.of(none.from(), none.to(), none.change()), "a question not scored at all");
    }

    @Test
    void aReflectiveItemHasNoScaleAndThreeNamedBoxes() {
        Audit audit = toolkit.audits().get("reflective-review");
        Audit.Item welcome = audit.item("welcome");
        assertNull(welcome.scale());
        assertEquals(List.of("notes Notes", "priorities Priorities for change", "next-steps Next steps"),
                welcome.parts().stream().map(p -> p.id() + " " + p.label()).toList());
        AuditForm.FormItem item = FormView.of(audit, toolkit, null).sections().get(0).items().get(0);
        assertEquals("parts", item.type());
        assertNull(item.textName(), "no unnamed 'Your answer' box");
        assertEquals(List.of("reflective-review.welcome.notes", "reflective-review.welcome.priorities", "reflective-review.welcome.next-steps"),
                item.parts().stream().map(AuditForm.PartField::name).toList());
    }

    @Test
    void ratingsAtPointsHaveTheirOwnRadioGroups() {
        Audit audit = toolkit.audits().get("progress-review");
        AuditForm form = FormView.of(audit, toolkit, toolkit.responses().get("progress-example"));
        AuditForm.FormItem room = form.sections().get(0).items().get(0);
        assertNull(room.radioName(), "no radio group without a point");
        assertEquals(List.of("progress-review.room.score@first", "progress-review.room.score@second", "progress-review.room.score@final"),
                room.ratings().stream().map(AuditForm.RatingAt::name).toList());
        assertEquals("progress-review.room.score@final.4", room.ratings().get(2).options().get(3).controlId());
        assertEquals(List.of("progress-review.header.date@first", "progress-review.header.date@second", "progress-review.header.date@final"),
                form.points().stream().map(AuditForm.PointView::dateName).toList());
        // progress-example.yml: Provision scores 2, 1, 3 at the first point and 4, 3, 3 at the final one.
        Map<String, String> values = form.values();
        assertEquals("2025-10-06", values.get("progress-review.header.date@first"));
        assertEquals("yes", values.get("progress-review.staffing.priority"));
        assertEquals(List.of("6 of 12", "10 of 12"), form.sections().get(0).pointScores().stream()
                .filter(p -> p.scores().answered() > 0).map(p -> form.figure(p.scores(), "total")).toList());
        assertEquals("10 of 12", values.get("progress-review.provision.score-total@final"));
        assertEquals("progress-review.overall.score-mean@first", form.overallPointScores().get(0).figureFields().get("mean"));
    }

    @Test
    void everyFieldNameOfTheGalleryParsesBackToItself() {
        for (Audit audit : toolkit.audits().values()) {
            AuditForm form = FormView.of(audit, toolkit, null);
            for (AuditForm.FormSection section : form.sections()) {
                for (AuditForm.FormItem item : section.items()) {
                    for (AuditForm.PartField part : item.parts()) {
                        List<String> names = part.name() != null ? List.of(part.name())
                                : part.ratings().stream().map(AuditForm.RatingAt::name).toList();
                        for (String name : names) {
                            FieldName parsed = FieldName.parse(name, audit);
                            assertEquals(name, parsed.render());
                            assertEquals(item.item().id(), parsed.owner());
                            assertEquals(part.part().id(), parsed.part());
                        }
                    }
                }
            }
        }
    }

    @Test
    void explicitNumbersAreVerbatimAndAutomaticOnesTakeAFullStop() {
        Audit mixed = toolkit.audits().get("mixed-scales");
        AuditForm form = FormView.of(mixed, toolkit, null);
        assertEquals(List.of("2.1", "2.2", "2.3"), form.sections().get(0).items().stream().map(AuditForm.FormItem::numberText).toList());
        assertEquals(List.of("1)", "2)"), form.sections().get(1).items().stream().map(AuditForm.FormItem::numberText).toList());
        AuditForm numeric = FormView.of(toolkit.audits().get("numeric-audit"), toolkit, null);
        List<AuditForm.FormItem> last = numeric.sections().get(7).items();
        assertEquals("45.", last.get(last.size() - 1).numberText(), "numbered 1–45 straight through");
    }

    @Test
    void anItemWithSeveralPartsNamesEachPart() {
        Audit mixed = toolkit.audits().get("mixed-scales");
        AuditForm form = FormView.of(mixed, toolkit, toolkit.responses().get("mixed-example"));
        AuditForm.FormItem checkIns = form.sections().get(1).items().get(0);
        assertEquals(List.of("rating", "date", "text"), checkIns.parts().stream().map(AuditForm.PartField::type).toList());
        assertEquals("mixed-scales.check-ins.confidence", checkIns.parts().get(0).ratings().get(0).name());
        assertEquals("medium", form.values().get("mixed-scales.check-ins.confidence"));
        assertEquals("2026-02-10", form.values().get("mixed-scales.check-ins.reviewed"));
        assertTrue(form.sections().get(0).scores() != null && !form.sections().get(0).counts().isEmpty(),
                "the Attendance section mixes a choice and a score and keeps a summary for each");
    }

    @Test
    void choiceRatingsAtAssessmentPointsAreCountedPointByPointNotAddedTogether() {
        AuditForm form = FormView.of(toolkit.audits().get("termly-review"), toolkit, toolkit.responses().get("termly-example"));
        // termly-example.yml: first-day red then amber, plans red then green; clubs amber in autumn only.
        assertEquals(List.of("autumn red 2", "autumn amber 0", "autumn green 0", "spring red 0", "spring amber 1", "spring green 1",
                        "summer red 0", "summer amber 0", "summer green 0"),
                form.sections().get(0).counts().stream().map(c -> c.point() + " " + c.id() + " " + c.value()).toList());
        assertEquals(List.of("Hydref — autumn", "Gwanwyn — spring", "Haf — summer"),
                form.sections().get(0).countsByPoint().stream().map(c -> c.get(0).pointLabel()).toList());
        assertEquals(1, form.sections().get(1).counts().get(1).value(), "clubs: amber in autumn");
        AuditForm once = FormView.of(toolkit.audits().get("mixed-scales"), toolkit, toolkit.responses().get("mixed-example"));
        assertTrue(once.sections().get(0).counts().stream().allMatch(c -> c.point().isEmpty()), "no point without assessment points");
    }
}
