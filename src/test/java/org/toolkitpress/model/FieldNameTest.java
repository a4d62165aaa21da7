package org.toolkitpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The field-name contract: each kind renders as docs/forms.md writes it and parses back to itself. */
class FieldNameTest {

    /** A small audit: items q1 and q2 in section "people", q3 in group "notes"; evidence per group. */
    private static final Audit AUDIT = audit("group");

    private static Audit audit(String evidencePer) {
        Audit.Item q1 = new Audit.Item("q1", "1", "One", List.of(), Map.of(), "rag", List.of(), null);
        Audit.Item q2 = new Audit.Item("q2", "2", "Two", List.of(), Map.of(), "rag", List.of(), null);
        Audit.Item q3 = new Audit.Item("q3", "3", "Three", List.of(), Map.of(), "rag", List.of(), null);
        Audit.Group notes = new Audit.Group("notes", "Notes", null, List.of(q3), Audit.Layout.STACKED, null);
        Audit.Section people = new Audit.Section("people", "People", null, List.of(notes), List.of(q1, q2), Audit.Layout.STACKED, null);
        return new Audit("ta", 1, "T", "audit", null, null, null, List.of(), null,
                List.of(new Audit.FormField("setting", "Setting", null)), Map.of(),
                new Audit.Evidence("Evidence", evidencePer), List.of(people),
                List.of(new Audit.FormField("reflection", "Reflection", null)), null, null, Audit.SCORE_FIGURES, Audit.Numbering.NONE, null, Audit.Layout.STACKED, List.of(), null);
    }

    @Test
    void eachKindRendersAsDocumented() {
        assertEquals("ta.q1.trauma-aware", FieldName.item("ta", "q1", "trauma-aware").render());
        assertEquals("ta.q1.choice", FieldName.item("ta", "q1", "choice").render());
        assertEquals("ta.q1.evidence", FieldName.item("ta", "q1", "evidence").render());
        assertEquals("ta.header.setting", FieldName.header("ta", "setting").render());
        assertEquals("ta.closing.reflection", FieldName.closing("ta", "reflection").render());
        assertEquals("ta.notes.evidence", FieldName.evidence("ta", "notes").render());
        assertEquals("ta.people.evidence", FieldName.evidence("ta", "people").render());
        assertEquals("ta.q1.rating@final", FieldName.item("ta", "q1", "rating").at("final").render());
        assertEquals("ta.people.score-total", FieldName.figure("ta", "people", "total").render());
        assertEquals("ta.overall.score-percentage", FieldName.figure("ta", FieldName.OVERALL, "percentage").render());
    }

    @Test
    void namesParseBackToTheirKindAndResponseKey() {
        FieldName item = FieldName.parse("ta.q1.choice", AUDIT);
        assertEquals(new FieldName("ta", FieldName.Kind.ITEM, "q1", "choice", null), item);
        assertEquals("choice", item.key());
        assertEquals(new FieldName("ta", FieldName.Kind.HEADER, null, "setting", null), FieldName.parse("ta.header.setting", AUDIT));
        assertEquals(new FieldName("ta", FieldName.Kind.CLOSING, null, "reflection", null), FieldName.parse("ta.closing.reflection", AUDIT));
        assertEquals(new FieldName("ta", FieldName.Kind.EVIDENCE, "notes", "evidence", null), FieldName.parse("ta.notes.evidence", AUDIT));
        assertEquals(new FieldName("ta", FieldName.Kind.FIGURE, "people", "mean", null), FieldName.parse("ta.people.score-mean", AUDIT));
        assertEquals(FieldName.Kind.ITEM, FieldName.parse("ta.q1.score-median", AUDIT).kind(), "only the figures are figures");
        FieldName atPoint = FieldName.parse("ta.q2.rating@final", AUDIT);
        assertEquals(new FieldName("ta", FieldName.Kind.ITEM, "q2", "rating", "final"), atPoint);
        assertEquals("rating@final", atPoint.key(), "a response keeps the point in the part key");
        // An item's own evidence is an item part, whatever the audit keeps per group.
        assertEquals(FieldName.Kind.ITEM, FieldName.parse("ta.q3.evidence", audit("item")).kind());
        // The section's evidence only when the audit keeps evidence per section.
        assertEquals(FieldName.Kind.EVIDENCE, FieldName.parse("ta.people.evidence", audit("section")).kind());
        assertEquals(FieldName.Kind.ITEM, FieldName.parse("ta.people.evidence", AUDIT).kind());
    }

    @Test
    void everyRenderedNameParsesToItself() {
        for (FieldName name : List.of(FieldName.item("ta", "q1", "green"), FieldName.header("ta", "setting"),
                FieldName.closing("ta", "reflection"), FieldName.evidence("ta", "notes"),
                FieldName.item("ta", "q2", "rating").at("first"))) {
            assertEquals(name, FieldName.parse(name.render(), AUDIT), name.render());
        }
    }

    @Test
    void namesOfAnotherAuditOrOfAnotherShapeAreNotFieldsOfTheAudit() {
        assertNull(FieldName.parse("other.q1.choice", AUDIT));
        assertNull(FieldName.parse("ta.q1", AUDIT));
        assertNull(FieldName.parse("ta.q1.choice.red", AUDIT));
        assertNull(FieldName.parse("ta..choice", AUDIT));
        assertNull(FieldName.parse("ta.q1.", AUDIT));
        assertEquals("ta", FieldName.auditOf("ta.q1.choice"));
        assertEquals("", FieldName.auditOf("no-dot"));
    }

    /** The action plan's cells (PDF only): column then row, and nothing else under {@code plan} is a cell. */
    @Test
    void planCellsRenderAndParseBack() {
        assertEquals("ta.plan.action-1", FieldName.plan("ta", 1, "action").render());
        assertEquals("ta.plan.measure-12", FieldName.plan("ta", 12, "measure").render());
        FieldName cell = FieldName.parse("ta.plan.who-3", AUDIT);
        assertEquals(FieldName.Kind.PLAN, cell.kind());
        assertEquals("who", cell.part());
        assertEquals(3, cell.planRow());
        assertNull(FieldName.parse("ta.plan.colour-1", AUDIT), "not a column");
        assertNull(FieldName.parse("ta.plan.action-0", AUDIT), "rows count from 1");
        assertNull(FieldName.parse("ta.plan.action", AUDIT), "a cell has a row");
    }

    @Test
    void aResponseAnswerNamesItsField() {
        assertEquals("ta.q1.green", FieldName.answer(AUDIT, "q1", "green").render());
        assertEquals(FieldName.Kind.EVIDENCE, FieldName.answer(AUDIT, "notes", "evidence").kind());
        assertEquals("ta.q1.rating@first", FieldName.answer(AUDIT, "q1", "rating@first").render());
    }

    /** The cases the web form's script is held to as well (field-name-cases.json). */
    @Test
    void theSharedCasesReadBackAsWrittenByHand() throws IOException {
        JsonNode file = PlacementTest.cases("field-name-cases.json");
        assertEquals(AUDIT.id(), file.get("audit").asText());
        for (JsonNode c : file.get("cases")) {
            FieldName name = FieldName.parse(c.get("name").asText(), AUDIT);
            String what = c.get("name").asText();
            if (c.get("kind").isNull()) {
                assertNull(name, what);
                continue;
            }
            String kind = switch (name.kind()) {
                case HEADER -> "header";
                case CLOSING -> "closing";
                case ITEM, EVIDENCE -> "answer";
                case FIGURE -> "figure";
                case PLAN -> "plan";
            };
            assertEquals(c.get("kind").asText(), kind, what);
            assertEquals(c.get("owner").isNull() ? null : c.get("owner").asText(), name.owner(), what);
            assertEquals(c.get("key").asText(), name.key(), what);
            assertEquals(what, name.render(), "renders back to itself");
        }
    }
}
