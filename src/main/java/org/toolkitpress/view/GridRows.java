package org.toolkitpress.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.toolkitpress.view.AuditForm.FormItem;
import org.toolkitpress.view.AuditForm.OptionField;
import org.toolkitpress.view.AuditForm.PartField;
import org.toolkitpress.view.AuditForm.PointView;

/**
 * How the print form lays out a section's or group's items: in a grid layout, consecutive items
 * rated on the same options become one table (question rows × level columns), and items rated at
 * assessment points do so in any layout (question rows × point columns), with their tick boxes
 * as narrow columns of their own; every other item stands on its own, as in the stacked layout.
 */
public final class GridRows {

    /**
     * A run of items laid out together. {@code grid} false: one item, stacked. Otherwise
     * {@code levels} are the columns' options (without points) or the options each point's cell
     * offers (with points), and {@code ticks} the labels of the tick parts every item shares.
     */
    public record Run(boolean grid, List<FormItem> items, List<OptionField> levels, List<PointView> points,
                      List<String> ticks) {
    }

    private GridRows() {
    }

    /** The runs of {@code items} in a section or group whose layout is {@code layout} ({@code grid} or {@code stacked}). */
    public static List<Run> of(List<FormItem> items, String layout, List<PointView> points) {
        List<Run> runs = new ArrayList<>();
        List<FormItem> current = new ArrayList<>();
        for (FormItem item : items) {
            // Ratings at assessment points are a row per item whatever the layout (issue 10).
            boolean fits = ("grid".equals(layout) || !item.ratings().isEmpty()) && griddable(item);
            if (!current.isEmpty() && (!fits || !sameShape(current.get(0), item))) {
                runs.add(grid(current, points));
                current = new ArrayList<>();
            }
            if (fits) {
                current.add(item);
            } else {
                runs.add(new Run(false, List.of(item), List.of(), List.of(), List.of()));
            }
        }
        if (!current.isEmpty()) {
            runs.add(grid(current, points));
        }
        return runs;
    }

    private static Run grid(List<FormItem> items, List<PointView> points) {
        FormItem first = items.get(0);
        return new Run(true, List.copyOf(items), first.options(), first.ratings().isEmpty() ? List.of() : points,
                ticks(first).stream().map(PartField::label).toList());
    }

    /** An item rated on a choice or score, without level descriptors (a rubric's cells need the room of a stacked item). */
    private static boolean griddable(FormItem item) {
        boolean rated = item.radioName() != null || !item.ratings().isEmpty();
        return rated && !item.describesLevels();
    }

    /** Same option ids, same points, same tick parts: the rows of one table. */
    private static boolean sameShape(FormItem a, FormItem b) {
        return ids(a).equals(ids(b)) && a.ratings().isEmpty() == b.ratings().isEmpty()
                && ticks(a).stream().map(p -> p.part().id()).toList().equals(ticks(b).stream().map(p -> p.part().id()).toList());
    }

    private static List<String> ids(FormItem item) {
        return item.options().stream().map(OptionField::id).toList();
    }

    /** The item's tick parts answered once (a per-point tick is laid out with the other parts). */
    public static List<PartField> ticks(FormItem item) {
        return item.parts().stream().filter(p -> "tick".equals(p.type()) && p.name() != null).toList();
    }

    /** The item's parts that are not a grid's tick columns, laid out under its row. */
    public static List<PartField> otherParts(FormItem item) {
        List<PartField> ticks = ticks(item);
        return item.parts().stream().filter(p -> !ticks.contains(p)).filter(Objects::nonNull).toList();
    }
}
