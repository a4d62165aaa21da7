package org.toolkitpress.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An audit or planning form: header fields, sections → optional groups → items, each item
 * answered on a {@link Scale}. Item ids are stable: they name the answer fields in every
 * edition as {@code <audit>.<item>.<part>}.
 */
public record Audit(String id, int version, String title, String kind, String source, String intro,
                    String advice, List<Definition> definitions, String scoring,
                    List<FormField> headerFields, Map<String, Scale> scales, Evidence evidence,
                    List<Section> sections, List<FormField> closing, ActionPlan actionPlan, SourcePos pos) {

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
