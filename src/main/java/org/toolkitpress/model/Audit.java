package org.toolkitpress.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An audit or planning form: header fields, sections → optional groups → items, each item
 * answered on a {@link Scale}. Item ids are stable: they name the answer fields in every
 * edition as {@code <audit>.<item>.<part>}. {@code scoreFigures} are the figures shown for
 * items on score scales, per section and overall: any of {@link #SCORE_FIGURES}.
 */
public record Audit(String id, int version, String title, String kind, String source, String intro,
                    String advice, List<Definition> definitions, String scoring,
                    List<FormField> headerFields, Map<String, Scale> scales, Evidence evidence,
                    List<Section> sections, List<FormField> closing, List<String> scoreFigures, Numbering numbering,
                    ActionPlan actionPlan, SourcePos pos) {

    /** How items without a number of their own are numbered: straight through, afresh in each section, or not at all. */
    public enum Numbering {
        CONTINUOUS, PER_SECTION, NONE;

        /** The numbering written in a data file ({@code continuous}, {@code per-section}, {@code none}); none when absent or unknown. */
        public static Numbering of(String key) {
            for (Numbering n : values()) {
                if (n.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(key)) {
                    return n;
                }
            }
            return NONE;
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

    public record FormField(String id, String label, SourcePos pos) {
    }

    /** The evidence or notes field, and whether it belongs to each item, group or section. */
    public record Evidence(String label, String per) {
    }

    public record Section(String id, String title, String intro, List<Group> groups, List<Item> items,
                          SourcePos pos) {

        /** Every item of the section, in order, whether grouped or not. */
        public List<Item> allItems() {
            return Stream.concat(items.stream(), groups.stream().flatMap(g -> g.items().stream())).toList();
        }
    }

    public record Group(String id, String title, String intro, List<Item> items, SourcePos pos) {
    }

    /** One question. {@code scale} is the id of the scale that applies (already resolved). */
    public record Item(String id, String number, String text, List<String> points,
                       Map<String, String> descriptors, String scale, SourcePos pos) {
    }

    public List<Item> allItems() {
        return sections.stream().flatMap(s -> s.allItems().stream()).toList();
    }

    public Item item(String itemId) {
        return allItems().stream().filter(i -> i.id().equals(itemId)).findFirst().orElse(null);
    }

    public boolean isPlanning() {
        return "planning".equals(kind);
    }
}
