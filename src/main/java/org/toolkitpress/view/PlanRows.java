package org.toolkitpress.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.toolkitpress.model.FieldName;
import org.toolkitpress.model.Response;

/**
 * The action plan as the print form lays it out: a table of rows, each a cell per
 * {@link FieldName#PLAN_COLUMNS column}. A PDF cannot add rows, so the blank form has
 * {@link #BLANK_ROWS} and a form filled from a longer plan has as many as the plan. The item a
 * row starts from is written as the item's number as printed, which is what a school reads,
 * and read back to the item's id ({@link #itemOf}).
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
        Map<String, String> numbers = numbers(form);
        List<Response.PlanRow> plan = form.response().plan();
        for (int i = 0; i < plan.size(); i++) {
            Response.PlanRow row = plan.get(i);
            String item = row.item().isEmpty() ? "" : numbers.getOrDefault(row.item(), row.item());
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
     * The item id a plan row's "question" cell names: an item id as it is, or a number as printed
     * when exactly one item carries it; otherwise the text as written, so nothing is lost.
     */
    public static String itemOf(AuditForm form, String written) {
        String text = written.strip();
        if (form.audit().item(text) != null) {
            return text;
        }
        List<String> ids = items(form).filter(i -> text.equals(i.number()) || text.equals(i.numberText()))
                .map(i -> i.item().id()).toList();
        return ids.size() == 1 ? ids.get(0) : written;
    }

    /** Each item's printed number, by item id, where no other item prints the same. */
    private static Map<String, String> numbers(AuditForm form) {
        Map<String, String> numbers = new LinkedHashMap<>();
        Map<String, Long> uses = new LinkedHashMap<>();
        items(form).filter(i -> i.number() != null).forEach(i -> uses.merge(i.number(), 1L, Long::sum));
        items(form).filter(i -> i.number() != null && uses.get(i.number()) == 1)
                .forEach(i -> numbers.put(i.item().id(), i.number()));
        return numbers;
    }

    private static Stream<AuditForm.FormItem> items(AuditForm form) {
        return form.sections().stream().flatMap(s -> Stream.concat(s.items().stream(),
                s.groups().stream().flatMap(g -> g.items().stream())));
    }
}
