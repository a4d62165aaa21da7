package org.toolkitpress.view;

import java.util.List;
import java.util.Map;
import org.toolkitpress.model.ActionPlan;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.FieldName;
import org.toolkitpress.model.PointChange;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.Scoring;
import org.toolkitpress.model.Wording;

/**
 * An audit as both editions' templates read it (the web form, the filled view, the print and
 * fillable PDF forms), built by {@link FormView#of}. Every field name is already rendered
 * ({@link org.toolkitpress.model.FieldName}), so templates never build one. With a response,
 * {@code values} holds each filled field by name and the sections their totals or counts.
 *
 * @param storageKey     where the web form saves its answers in the browser
 * @param summaryColumns the stages the summary's columns show (the first distribution section's)
 * @param summaryOptions the options the summary's columns show (the first choice section's)
 * @param evidencePer    {@code item}, {@code group}, {@code section} or {@code none}
 * @param scoreFigures   the score figures the audit shows ({@link Audit#SCORE_FIGURES}, in that order)
 * @param overallScores  the figures over every score item (empty figures for the blank form), or null without any
 * @param overallFigureFields the PDF field of each overall score figure, by figure (empty without score items)
 * @param layout         the audit's own layout ({@code stacked} or {@code grid}); sections and groups carry theirs
 * @param points         the assessment points, in order (empty for an audit without)
 * @param overallPointScores the overall score figures at each assessment point (empty without points or score items)
 * @param planRefs       how the action plan names each question, and the outline numbers the printed form shows for it
 * @param wording        the interface strings a figure or a change is printed in ({@link #figure}, {@link #changeText})
 */
public record AuditForm(Audit audit, String storageKey, List<NamedField> headerFields, List<FormSection> sections,
                        List<NamedField> closing, boolean hasTotals, boolean hasCounts,
                        List<StageTotal> summaryColumns, List<OptionCount> summaryOptions,
                        String evidencePer, String evidenceLabel, Map<String, String> values, Response response,
                        List<String> scoreFigures, Scoring.Figures overallScores, Map<String, String> overallFigureFields,
                        String layout, List<PointView> points, List<PointFigures> overallPointScores, PlanRefs planRefs,
                        Wording wording) {

    /** One score figure as every edition prints it ("7 of 9", "2.3", "78%"; {@link Scoring.Figures#text}). */
    public String figure(Scoring.Figures scores, String figure) {
        return scores.text(figure, wording);
    }

    /** The audit's action-plan rule as the form's script reads it ({@code data-plan-settings}). */
    public String planSettings() {
        return PlanSettings.of(audit.actionPlan()).json();
    }

    /** True when "Propose a plan" can find questions that need action ({@link ActionPlan#canPropose}). */
    public boolean proposesPlan() {
        return ActionPlan.canPropose(audit);
    }

    /** True when the audit declares assessment points (then ratings are answered once per point). */
    public boolean hasPoints() {
        return !points.isEmpty();
    }

    /**
     * True when the form opens by asking about the school (its header fields, or the dates of its
     * assessment points): the printed form's "About this audit" part, which {@link #aboutId} names.
     */
    public boolean asksAbout() {
        return !headerFields.isEmpty() || hasPoints();
    }

    /** The id of the printed form's "About this audit" heading, which its contents link to. */
    public String aboutId() {
        return audit.id() + "-about";
    }

    /** An assessment point: its label, whether it may be left blank, and the name of its date field. */
    public record PointView(String id, String label, boolean optional, String dateName) {
    }

    /**
     * A rating answered at one assessment point ({@code point} null when answered once): the
     * name of its radio group and its options, each with a control id unique on the page.
     */
    public record RatingAt(PointView point, String name, List<OptionField> options) {
    }

    /**
     * A named part of an item ({@link Audit.Part}): {@code type} is {@code rating}, {@code tick},
     * {@code text} or {@code date}; {@code name} its field (null for a rating, whose fields are
     * in {@code ratings}, one per point or one).
     */
    public record PartField(Audit.Part part, String type, String label, String name, List<RatingAt> ratings) {
    }

    /** The score figures at one assessment point, and the PDF field of each figure. */
    public record PointFigures(PointView point, Scoring.Figures scores, Map<String, String> figureFields) {
    }

    /** True when some item is answered on a score scale (then the sections and the summary show its figures). */
    public boolean hasScores() {
        return overallScores != null;
    }

    /**
     * A section's change in a score figure from the first assessment point answered to the last,
     * over the questions answered at both ({@link PointChange#section}), as printed; "–" when
     * there is none.
     */
    public String changeText(FormSection section, String figure) {
        PointChange.Section change = FormParts.change(audit, section.section().allItems(), response, points);
        return change == null ? "\u2013" : change.text(figure, wording);
    }

    /**
     * A section's change with what it is based on (its {@code items} of {@code of} questions, which
     * audit-parts.ftlh words as "based on 7 of 9 questions", audit.results.change-based-on), or null.
     */
    public PointChange.Section sectionChange(FormSection section) {
        return FormParts.change(audit, section.section().allItems(), response, points);
    }

    /** {@link #changeText} over every section. */
    public String overallChangeText(String figure) {
        PointChange.Section change = FormParts.change(audit, audit.allItems(), response, points);
        return change == null ? "\u2013" : change.text(figure, wording);
    }

    /** {@link #sectionChange} over every section. */
    public PointChange.Section overallChange() {
        return FormParts.change(audit, audit.allItems(), response, points);
    }

    /** A question's first and last score, each with its point ("2 (Assessment 1)"), and the change; "–" each without two. */
    public record ItemChange(String from, String to, String change) {
    }

    /** {@link ItemChange} of a question scored at assessment points. */
    public ItemChange itemChange(FormItem item) {
        return FormParts.itemChange(audit, item.item(), response, points, wording);
    }

    /** The print form's runs of items of a section or group laid out as {@code layout} ({@link GridRows}). */
    public List<GridRows.Run> gridRuns(List<FormItem> items, String layout) {
        return GridRows.of(items, layout, points);
    }

    /** The print form's action plan: its rows, each with the field name of every column ({@link PlanRows}). */
    public List<PlanRows.PlanRow> planRows() {
        return PlanRows.of(this);
    }

    /**
     * Who answered and when, for a filled form's running head ("Lovely Primary School · May
     * 2019"): the answer to the audit's first header field that is not the date (every audit asks
     * for the school or setting first) and the answer to the field {@code date}, else the date of
     * the latest assessment point answered; "" without a response or when both are empty.
     */
    public String answeredBy() {
        if (response == null) {
            return "";
        }
        String school = audit.headerFields().stream().filter(f -> !DATE_FIELD.equals(f.id())).findFirst()
                .map(f -> response.header().getOrDefault(f.id(), "")).orElse("").strip();
        String date = response.header().getOrDefault(DATE_FIELD, "").strip();
        for (PointView point : points) {
            // Without a date of its own, the answers are as of their latest assessment point.
            String at = response.header().getOrDefault(FieldName.header(audit.id(), DATE_FIELD).at(point.id()).key(), "").strip();
            date = at.isEmpty() || response.header().containsKey(DATE_FIELD) ? date : at;
        }
        return school.isEmpty() || date.isEmpty() ? school + date : school + " · " + date;
    }

    /** The header field that holds the date of the answers. */
    private static final String DATE_FIELD = "date";

    /** A header or closing field with its rendered name and its box's room (a closing field's). */
    public record NamedField(String id, String label, String name, Audit.Space space) {
    }

    /**
     * A section: its items outside groups, its groups, the name of its own evidence field (null
     * unless evidence is kept per section) and its totals row (distribution) or option counts
     * (choice), each empty when the section's items do not share one such scale.
     *
     * @param elementId the id of the section's element, {@code <audit>.<section>}
     * @param placement the label of the stage the section sits nearest, or "" when unanswered
     * @param scores    the figures of the section's score items, or null when it has none
     * @param figureFields the PDF field of each of the section's score figures, by figure (empty without score items)
     */
    public record FormSection(Audit.Section section, String elementId, List<FormItem> items, List<FormGroup> groups,
                              String evidenceName, List<StageTotal> totals, String placement, List<OptionCount> counts,
                              Scoring.Figures scores, Map<String, String> figureFields, String layout,
                              List<PointFigures> pointScores) {

        public String titleId() {
            return elementId + ".title";
        }

        public String totalsId() {
            return elementId + ".totals";
        }

        /** The counts point by point, in the points' order (one list, of every option, without points). */
        public List<List<OptionCount>> countsByPoint() {
            Map<String, List<OptionCount>> byPoint = new java.util.LinkedHashMap<>();
            counts.forEach(c -> byPoint.computeIfAbsent(c.point(), p -> new java.util.ArrayList<>()).add(c));
            return List.copyOf(byPoint.values());
        }
    }

    /** A group of items, with the name of its own evidence field (null unless evidence is kept per group). */
    public record FormGroup(Audit.Group group, String elementId, List<FormItem> items, String evidenceName, String layout) {
    }

    /**
     * One question: its scale type ({@code distribution}, {@code choice}, {@code score} or
     * {@code text}), a field per stage or an option per radio (a score's points), and the names of
     * its fields (null where the item has no such part).
     *
     * @param elementId the id of the item's fieldset, {@code <audit>.<item>}
     * @param radioName the name of a choice's or a score's radio group
     * @param maxPoint  a score scale's highest point (0 for other scales)
     * @param number    the item's number as the source writes it, or as the audit's numbering gives it; null when none
     * @param ratings   with assessment points, the item's own choice or score once per point (then
     *                  {@code radioName} is null and {@code options} only describe the scale); else empty
     * @param parts     the item's named parts, in order
     */
    public record FormItem(Audit.Item item, String elementId, String type, List<StageField> columns,
                           List<OptionField> options, String radioName, String textName, String evidenceName, int maxPoint,
                           String number, List<RatingAt> ratings, List<PartField> parts) {

        /**
         * The number as printed before the question: the source's own verbatim ("2.1", "1)",
         * "Q3", "4"); a number the audit's numbering gives takes a full stop, as in a list ("4.").
         */
        public String numberText() {
            return number == null ? null : item.number() != null ? number : number + ".";
        }

        /**
         * The number as a sentence names the question ("question 1", "question 2.1"): the
         * number without a closing full stop, as audit-checking.js names it in its messages.
         */
        public String numberName() {
            return number == null ? null : number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
        }

        /**
         * True when the item describes its levels in its own words (a rubric's {@code descriptors}):
         * then it needs a stacked item's room wherever a grid cell holds only a level's name (the
         * printed form's grid, and the web grid at assessment points).
         */
        public boolean describesLevels() {
            return options.stream().anyMatch(o -> !o.descriptor().isEmpty());
        }

        /** The parts the print form's grid shows under the item's row: all but its tick columns ({@link GridRows}). */
        public List<PartField> partsBelowGrid() {
            return GridRows.otherParts(this);
        }

        /** The tick parts a print grid shows as columns of their own. */
        public List<PartField> tickParts() {
            return GridRows.ticks(this);
        }

        public String errorId() {
            return elementId + ".error";
        }

        public String totalId() {
            return elementId + ".total";
        }
    }

    /** A distribution item's box for one stage: {@code label} as the scale words it, {@code stage} as the continuum does. */
    public record StageField(String id, String label, String stage, String colour, String name) {
    }

    /**
     * A choice item's option or a score item's point (label the number, meaning the point's
     * label), with this item's descriptor for it ("" when none), its radio's element id and its
     * colour ({@code #rrggbb}, "" when none: the form then draws no swatch).
     */
    public record OptionField(String id, String label, String meaning, String descriptor, String controlId, String colour) {
    }

    /** One stage of a totals row: the average percentage over the answered items ("" when none were). */
    public record StageTotal(String id, String label, String stage, String colour, String value) {
    }

    /**
     * How many items of a section took an option (zero for the blank form); with assessment
     * points, at one point ({@code point} its id, "" without points): ratings at different
     * points are different answers and are never added together.
     */
    public record OptionCount(String id, String label, long value, String point, String pointLabel) {
    }
}
