package org.toolkitpress.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An audit or planning form: header fields, sections → optional groups → items, each item
 * answered on a {@link Scale}. Item ids are stable: they name the answer fields in every
 * edition as {@code <audit>.<item>.<part>}. {@code scoreFigures} are the figures shown for
 * items on score scales, per section and overall: any of {@link #SCORE_FIGURES}. {@code closingTitle}
 * heads the closing fields, and {@code questionHeading} a grid's column of questions (null for
 * each: the theme's own word; a rubric's rows are criteria, a checklist's statements).
 */
public record Audit(String id, int version, String title, String kind, String source, String intro,
                    String advice, List<Definition> definitions, String scoring,
                    List<FormField> headerFields, Map<String, Scale> scales, Evidence evidence,
                    List<Section> sections, List<FormField> closing, String closingTitle, String questionHeading, List<String> scoreFigures, Numbering numbering,
                    ActionPlan actionPlan, Layout layout, List<AssessmentPoint> assessmentPoints, SourcePos pos) {

    /**
     * How a section's items on one choice or score scale are laid out: one below another, each
     * with its own options (stacked), or as a table of question rows and option columns (grid).
     */
    public enum Layout implements DataKeyword {
        STACKED, GRID;

        /** The layout written in a data file, or {@code inherited} when absent or unknown. */
        public static Layout of(String key, Layout inherited) {
            Layout layout = DataKeyword.of(Layout.class, key);
            return layout == null ? inherited : layout;
        }
    }

    /**
     * A point at which every rating is answered again ("Assessment 1", "Final"), with a date of
     * its own. An optional point may be left blank without the audit counting as unfinished.
     */
    public record AssessmentPoint(String id, String label, boolean optional, SourcePos pos) {
    }

    /**
     * A named part of an item's answer besides its scale: a rating on another scale, a tick box,
     * a named write-in box or a date. A rating is answered once per assessment point unless
     * {@code perPoint} is false; the others once.
     */
    public record Part(String id, Type type, String label, String scale, boolean perPoint, Space space, SourcePos pos) {

        public enum Type implements DataKeyword {
            RATING, TICK, TEXT, DATE;

            /** The type written in a data file, or null. */
            public static Type of(String key) {
                return DataKeyword.of(Type.class, key);
            }
        }

        /** The answer a ticked box holds (an unticked one holds none). */
        public static final String TICKED = "yes";
    }

    /**
     * How much room a write-in box gives on paper and in the fillable PDF: medium (the default)
     * is the height the box has always had where it stands (print.css), small and large a fixed
     * height each, for a question that wants a line or two or a whole story. print.css says how
     * tall each is on paper; {@link #rows} how many lines the web form's box shows.
     */
    public enum Space implements DataKeyword {
        SMALL, MEDIUM, LARGE;

        /** The space written in a data file, or medium when absent (or refused by the schema). */
        public static Space of(String key) {
            Space space = DataKeyword.of(Space.class, key);
            return space == null ? MEDIUM : space;
        }

        /**
         * The class print.css sizes the box by: none for medium, so a form that never says
         * {@code space:} is written exactly as before the key existed.
         */
        public String boxClass() {
            return this == MEDIUM ? "" : "space-" + key();
        }

        /** The web form's rows for a box that has {@code usual} rows where it stands (3 to 6). */
        public int rows(int usual) {
            return switch (this) {
                case SMALL -> 2;
                case MEDIUM -> usual;
                case LARGE -> 12;
            };
        }
    }

    /** True when the audit declares assessment points. */
    public boolean hasAssessmentPoints() {
        return !assessmentPoints.isEmpty();
    }

    /** How items without a number of their own are numbered: straight through, afresh in each section, or not at all. */
    public enum Numbering implements DataKeyword {
        CONTINUOUS, PER_SECTION, NONE;

        /** The numbering written in a data file ({@code continuous}, {@code per-section}, {@code none}); none when absent or unknown. */
        public static Numbering of(String key) {
            Numbering numbering = DataKeyword.of(Numbering.class, key);
            return numbering == null ? NONE : numbering;
        }

        /**
         * The number of the item at {@code position} (1 = first) of the audit, or of its section
         * when numbering per section, or null.
         */
        public String number(int inAudit, int inSection) {
            return switch (this) {
                case CONTINUOUS -> String.valueOf(inAudit);
                case PER_SECTION -> String.valueOf(inSection);
                case NONE -> null;
            };
        }
    }

    /** The figures a score audit shows per section and overall, in this order when declared. */
    public static final List<String> SCORE_FIGURES = List.of("total", "mean", "percentage");

    public record Definition(String term, String meaning) {
    }

    /** A header or closing field; {@code space} is its box's room (a closing field's; header fields are one line). */
    public record FormField(String id, String label, Space space, SourcePos pos) {

        /** A field whose box has the default room. */
        public FormField(String id, String label, SourcePos pos) {
            this(id, label, Space.MEDIUM, pos);
        }
    }

    /** The evidence or notes field, whether it belongs to each item, group or section, and its box's room. */
    public record Evidence(String label, String per, Space space) {

        /** Evidence whose boxes have the default room. */
        public Evidence(String label, String per) {
            this(label, per, Space.MEDIUM);
        }
    }

    /** A section; {@code layout} is its own or the audit's. */
    public record Section(String id, String title, String intro, List<Group> groups, List<Item> items,
                          Layout layout, SourcePos pos) {

        /** Every item of the section, in order, whether grouped or not. */
        public List<Item> allItems() {
            return Stream.concat(items.stream(), groups.stream().flatMap(g -> g.items().stream())).toList();
        }
    }

    /** A group of a section; {@code layout} is its own or its section's. */
    public record Group(String id, String title, String intro, List<Item> items, Layout layout, SourcePos pos) {
    }

    /**
     * One question. {@code scale} is the id of the scale that applies (already resolved; null
     * when the item has none, as in a reflective form of write-in boxes); {@code number} is the
     * number the source writes, or null; {@code parts} are its named parts besides the scale
     * (its own or the ones its group, section or audit gives every item); {@code scalePos} is
     * where its scale was named: its own {@code scale:} line, or its group's, section's or audit's;
     * {@code space} is the room of its write-in answer box (an item on a text scale, or none).
     */
    public record Item(String id, String number, String text, List<String> points,
                       Map<String, String> descriptors, String scale, List<Part> parts, Space space, SourcePos pos, SourcePos scalePos) {

        /** An item whose scale is named on itself (or has none), its box of the default room. */
        public Item(String id, String number, String text, List<String> points, Map<String, String> descriptors,
                    String scale, List<Part> parts, SourcePos pos) {
            this(id, number, text, points, descriptors, scale, parts, Space.MEDIUM, pos, pos);
        }
    }

    /** The word that says an item has no scale of its own ({@code scale: none}). */
    public static final String NO_SCALE = "none";

    public List<Item> allItems() {
        return sections.stream().flatMap(s -> s.allItems().stream()).toList();
    }

    /** The scale an item is answered on, or null when it has none (or names one the audit lacks). */
    public Scale scaleOf(Item item) {
        return item.scale() == null ? null : scales.get(item.scale());
    }

    public Item item(String itemId) {
        return allItems().stream().filter(i -> i.id().equals(itemId)).findFirst().orElse(null);
    }

    public boolean isPlanning() {
        return "planning".equals(kind);
    }
}
