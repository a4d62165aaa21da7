package org.toolkitpress.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.FieldName;
import org.toolkitpress.model.Response;

/**
 * The action plan as the print form lays it out: a table of rows, each a cell per
 * {@link FieldName#PLAN_COLUMNS column}. A PDF cannot add rows, so the blank form has
 * {@link #BLANK_ROWS} and a form filled from a longer plan has as many as the plan. The item a
 * row starts from is written as its reference, which the printed form shows beside the question
 * ({@link PlanRefs}), and read back to the item's id ({@link #itemOf}).
 */
public final class PlanRows {

    /** The rows of a blank form: room for a plan's first priorities on one page. */
    public static final int BLANK_ROWS = 6;

    /** One row of the printed plan: its number (from 1) and the field name of each column, by column. */
    public record PlanRow(int number, Map<String, String> fields) {
    }

    private PlanRows() {
    }

    /** The rows of {@code form}'s plan: {@link #BLANK_ROWS}, or as many as its response's plan when that is longer. */
    public static List<PlanRow> of(AuditForm form) {
        int rows = Math.max(BLANK_ROWS, form.response() == null ? 0 : form.response().plan().size());
        List<PlanRow> out = new ArrayList<>();
        for (int row = 1; row <= rows; row++) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String column : FieldName.PLAN_COLUMNS) {
                fields.put(column, FieldName.plan(form.audit().id(), row, column).render());
            }
            out.add(new PlanRow(row, fields));
        }
        return out;
    }

    /** The plan of {@code form}'s response as field values by name (empty cells left out). */
    public static Map<String, String> values(AuditForm form) {
        Map<String, String> values = new LinkedHashMap<>();
        if (form.response() == null) {
            return values;
        }
        Map<String, String> refs = form.planRefs().refs();
        List<Response.PlanRow> plan = form.response().plan();
        for (int i = 0; i < plan.size(); i++) {
            Response.PlanRow row = plan.get(i);
            String item = row.item().isEmpty() ? "" : refs.getOrDefault(row.item(), row.item());
            List<String> cells = List.of(item, row.action(), row.who(), row.by(), row.measure());
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    values.put(FieldName.plan(form.audit().id(), i + 1, FieldName.PLAN_COLUMNS.get(c)).render(), cells.get(c));
                }
            }
        }
        return values;
    }

    /**
     * The item id a plan row's "question" cell names: an item id as it is, or a reference
     * ({@link PlanRefs#itemOf}); otherwise the text as written, so nothing is lost.
     */
    public static String itemOf(AuditForm form, String written) {
        String item = form.planRefs().itemOf(written);
        return item == null ? written : item;
    }
}
