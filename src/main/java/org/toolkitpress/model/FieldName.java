package org.toolkitpress.model;

/**
 * The name of one answer field: the contract between the web form, the fillable PDF, answers
 * saved in a browser, exported responses and {@code toolkit read}. Its only rendering is
 * {@link #render()} and its only reading is {@link #parse}; a name always has three segments
 * separated by dots (ids never contain a dot):
 *
 * <pre>
 * item answer             &lt;audit&gt;.&lt;item&gt;.&lt;part&gt;             ti-audit.q1.trauma-aware
 * header field            &lt;audit&gt;.header.&lt;field&gt;           ti-audit.header.setting
 * closing field           &lt;audit&gt;.closing.&lt;field&gt;          ti-audit.closing.reflection
 * group/section evidence  &lt;audit&gt;.&lt;group|section&gt;.evidence ti-audit.supervision.evidence
 * score figure (PDF only) &lt;audit&gt;.&lt;section|overall&gt;.score-&lt;figure&gt; ia.leadership.score-total
 * assessment point's date &lt;audit&gt;.header.date@&lt;point&gt;     pr.header.date@first
 * action plan cell (PDF)  &lt;audit&gt;.plan.&lt;column&gt;-&lt;row&gt;       ti-audit.plan.action-1
 * </pre>
 *
 * A part answered once per assessment point is written {@code <part>@<point>}
 * ({@code ti-audit.q1.rating@final}; a score figure {@code score-total@final}): still three
 * segments, and a response keeps it as the part key under its item (a point's date under
 * {@code header}), so names without a point are unchanged by audits that declare points.
 */
public record FieldName(String audit, Kind kind, String owner, String part, String point) {

    /** Whose field it is. */
    public enum Kind {
        /** A part of an item's answer; {@code owner} is the item id. */
        ITEM,
        /** A header field; {@code part} is the field id, there is no owner. */
        HEADER,
        /** A closing field; {@code part} is the field id, there is no owner. */
        CLOSING,
        /** The evidence of a group or section (audits that keep evidence per group or section). */
        EVIDENCE,
        /**
         * A score figure {@code fill} writes into a PDF (a PDF/A form cannot calculate): {@code part}
         * is {@code total}, {@code mean} or {@code percentage}, {@code owner} a section id or
         * {@code overall}. Never an answer: {@code toolkit read} leaves it out.
         */
        FIGURE,
        /**
         * A cell of the PDF's action plan: {@code part} is the column ({@link #PLAN_COLUMNS}),
         * {@code owner} the row number as text, 1 first. The web form keeps its plan in its own
         * storage; only the PDF names plan cells.
         */
        PLAN
    }

    /**
     * The columns of a plan row in the PDF, as {@link Response.PlanRow} names them: the item it
     * starts from, what we will do, who, by when, and how we will know.
     */
    public static final java.util.List<String> PLAN_COLUMNS = java.util.List.of("item", "action", "who", "by", "measure");

    static final String HEADER = "header";
    static final String CLOSING = "closing";
    /** The segment of plan cells; an item may not take this id (check says so), as with header and closing. */
    public static final String PLAN = "plan";
    public static final String OVERALL = "overall";
    private static final String FIGURE_PREFIX = "score-";
    private static final char POINT = '@';

    public static FieldName item(String audit, String item, String part) {
        return new FieldName(audit, Kind.ITEM, item, part, null);
    }

    public static FieldName header(String audit, String field) {
        return new FieldName(audit, Kind.HEADER, null, field, null);
    }

    /** The date of an assessment point, kept with the header fields as {@code date@<point>}. */
    public static FieldName pointDate(String audit, String point) {
        return header(audit, POINT_DATE).at(point);
    }

    public static final String POINT_DATE = "date";

    public static FieldName closing(String audit, String field) {
        return new FieldName(audit, Kind.CLOSING, null, field, null);
    }

    public static FieldName evidence(String audit, String groupOrSection) {
        return new FieldName(audit, Kind.EVIDENCE, groupOrSection, AnswerParts.EVIDENCE, null);
    }

    /** A score figure of a section, or of the whole audit when {@code section} is {@link #OVERALL}. */
    public static FieldName figure(String audit, String section, String figure) {
        return new FieldName(audit, Kind.FIGURE, section, figure, null);
    }

    /** A cell of the action plan: {@code column} of {@link #PLAN_COLUMNS}, {@code row} from 1. */
    public static FieldName plan(String audit, int row, String column) {
        return new FieldName(audit, Kind.PLAN, String.valueOf(row), column, null);
    }

    /** The plan row of a {@link Kind#PLAN} cell, 1 first. */
    public int planRow() {
        return Integer.parseInt(owner);
    }

    /**
     * The field of an answer as a response holds it ({@code answers.<owner>.<key>}): an item's
     * part, or a group's or section's evidence. {@code key} may carry a point ({@code part@point}).
     */
    public static FieldName answer(Audit audit, String owner, String key) {
        int at = key.indexOf(POINT);
        String part = at < 0 ? key : key.substring(0, at);
        String point = at < 0 ? null : key.substring(at + 1);
        boolean ownEvidence = audit.item(owner) == null && AnswerParts.EVIDENCE.equals(part) && point == null
                && AnswerParts.hasOwnEvidence(audit, owner);
        return new FieldName(audit.id(), ownEvidence ? Kind.EVIDENCE : Kind.ITEM, owner, part, point);
    }

    /** The same part answered at an assessment point. */
    public FieldName at(String assessmentPoint) {
        return new FieldName(audit, kind, owner, part, assessmentPoint);
    }

    /** The key of a part answered at an assessment point ({@code part@point}), as a response holds it. */
    public static String keyAt(String part, String point) {
        return part + POINT + point;
    }

    /** The key of this field in a response: the field id for header and closing, else the part (with its point). */
    public String key() {
        return point == null ? part : keyAt(part, point);
    }

    /** The name, as the web form, the PDF and saved answers write it. */
    public String render() {
        return switch (kind) {
            case HEADER -> audit + "." + HEADER + "." + key();
            case CLOSING -> audit + "." + CLOSING + "." + part;
            case ITEM, EVIDENCE -> ownerId(audit, owner) + "." + key();
            case FIGURE -> ownerId(audit, owner) + "." + FIGURE_PREFIX + key();
            case PLAN -> audit + "." + PLAN + "." + part + "-" + owner;
        };
    }

    @Override
    public String toString() {
        return render();
    }

    /**
     * The name read back, or null when it is not a field of {@code audit}: the other side of
     * {@link #render()}. The audit tells a group's or section's evidence from an item's part.
     */
    public static FieldName parse(String name, Audit audit) {
        String[] segments = name.split("\\.", -1);
        if (segments.length != 3 || !segments[0].equals(audit.id()) || segments[1].isEmpty() || segments[2].isEmpty()) {
            return null;
        }
        String last = segments[2];
        int at = last.indexOf(POINT);
        String part = at < 0 ? last : last.substring(0, at);
        String point = at < 0 ? null : last.substring(at + 1);
        return switch (segments[1]) {
            case HEADER -> header(audit.id(), part).at(point);
            case CLOSING -> closing(audit.id(), last);
            case PLAN -> planCell(audit, last);
            default -> part.startsWith(FIGURE_PREFIX) && Audit.SCORE_FIGURES.contains(part.substring(FIGURE_PREFIX.length()))
                    ? figure(audit.id(), segments[1], part.substring(FIGURE_PREFIX.length())).at(point)
                    : answer(audit, segments[1], last);
        };
    }

    /** A header key as a response holds it ({@code setting}, {@code date@first}) read back. */
    public static FieldName headerKey(String audit, String key) {
        int at = key.indexOf(POINT);
        return at < 0 ? header(audit, key) : header(audit, key.substring(0, at)).at(key.substring(at + 1));
    }

    /** A plan cell ({@code <column>-<row>}), or null when the last segment is no such cell. */
    private static FieldName planCell(Audit audit, String last) {
        java.util.regex.Matcher cell = PLAN_CELL.matcher(last);
        if (!cell.matches() || !PLAN_COLUMNS.contains(cell.group(1))) {
            return null;
        }
        return plan(audit.id(), Integer.parseInt(cell.group(2)), cell.group(1));
    }

    private static final java.util.regex.Pattern PLAN_CELL = java.util.regex.Pattern.compile("([a-z]+)-([1-9][0-9]{0,3})");

    /** The audit id a field name starts with ("" when it has none). */
    public static String auditOf(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /**
     * The id of the web form's element that holds an owner's fields ({@code <audit>.<owner>}: an
     * item's fieldset, a section or a group), the prefix of their names.
     */
    public static String ownerId(String audit, String owner) {
        return audit + "." + owner;
    }
}
