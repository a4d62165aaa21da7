package org.toolkitpress.model;

import java.util.List;
import java.util.Map;

/**
 * A set of principles. The set declares the parts each principle has, in the order they are
 * shown and under which headings ({@link #DEFAULT_PARTS} when it declares none: a description,
 * the examples, then the quotation; the examples' heading, "Examples in practice", is the theme's
 * interface string {@code principles.examples}, which principles.ftlh prints), and whether principles get automatic numbers.
 * A principle's own {@code number} is printed exactly as written.
 */
public record PrincipleSet(String id, String title, String intro, boolean numbered, List<Part> parts,
                           List<Principle> principles, SourcePos pos) {

    /**
     * The layout of a set that declares no parts: today's cards. The examples' heading is not
     * content but the theme's word, so it is left to the template (principles.ftlh).
     */
    public static final List<Part> DEFAULT_PARTS = List.of(
            new Part("description", Kind.TEXT, null, null),
            new Part("examples", Kind.LIST, null, null),
            new Part("quote", Kind.QUOTE, null, null));

    /** What a part holds: Markdown text, a list of Markdown entries, or a quotation with its attribution. */
    public enum Kind {
        TEXT, LIST, QUOTE;

        /** The kind a part has when the set does not say: the built-in parts keep theirs, others are text. */
        public static Kind implied(String partId) {
            return switch (partId) {
                case "examples" -> LIST;
                case "quote" -> QUOTE;
                default -> TEXT;
            };
        }

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One declared part; {@code heading} is printed above it (none when null). */
    public record Part(String id, Kind kind, String heading, SourcePos pos) {
    }

    /**
     * One principle. {@code values} holds every part it writes, in the order written, whether or
     * not the set declares it (the check reports the undeclared ones).
     */
    public record Principle(String id, String number, String title, Map<String, Value> values, SourcePos pos) {

        /** The values of the given parts that this principle has, in the parts' order. */
        public List<Shown> shown(List<Part> parts) {
            return parts.stream().filter(p -> values.containsKey(p.id()))
                    .map(p -> new Shown(p, values.get(p.id()))).toList();
        }
    }

    /** A part with the principle's value, as the templates print it. */
    public record Shown(Part part, Value value) {
    }

    /** A part's value as written: exactly one of text, items or quote is set. */
    public record Value(String text, List<String> items, Quote quote, SourcePos pos) {

        /** The kind the value was written as. */
        public Kind kind() {
            return quote != null ? Kind.QUOTE : items != null ? Kind.LIST : Kind.TEXT;
        }
    }

    public record Quote(String text, String attribution) {
    }

    /** The parts this set shows: those it declares, or {@link #DEFAULT_PARTS}. */
    public List<Part> layout() {
        return parts.isEmpty() ? DEFAULT_PARTS : parts;
    }

}
