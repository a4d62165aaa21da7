package org.toolkitpress.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.DidYouMean;
import org.toolkitpress.model.SourcePos;

/**
 * A schema error in words an editor understands, at the line and column of the key or value it is
 * about: which key is unknown (and the one meant), which is missing, what type or form a value
 * should have (the schema's own example, title or description), which values are allowed. The
 * schemas ({@link DataSchemas}) say what is wrong; this says it to a person.
 */
final class SchemaMessages {

    private static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final String COLOUR_PATTERN = "^#[0-9a-fA-F]{6}$";

    private SchemaMessages() {
    }

    /**
     * Whether a missing required key is written in the same mapping under a misspelt name
     * (`titel:` for `title:`): one mistake, reported once, as the unknown key whose hint names the
     * missing one.
     */
    static boolean misspelt(Error required, String pointer, List<Error> errors) {
        String missing = required.getProperty();
        return errors.stream().filter(e -> e.getKeyword().equals("additionalProperties"))
                .filter(e -> pointer(e.getInstanceLocation()).equals(pointer))
                .anyMatch(e -> DidYouMean.distance(e.getProperty(), missing) <= DidYouMean.limit(missing));
    }

    static Diagnostic describe(DataSchemas.Compiled compiled, String kind, Error error, String pointer, YamlTree tree) {
        JsonNode schema = compiled.tree();
        JsonNode rule = schemaNode(schema, error);
        JsonNode value = error.getInstanceNode();
        String key = lastKey(pointer);
        String property = error.getProperty();
        return switch (error.getKeyword()) {
            case "additionalProperties" -> {
                Set<String> allowed = new LinkedHashSet<>();
                JsonNode owner = parentOf(schema, error);
                owner.path("properties").fieldNames().forEachRemaining(allowed::add);
                String what = owner.path("title").asText(kind);
                // Only the keys written in the same file: a brand's `familly:` is offered the `family:`
                // that the base file it is merged over already has.
                String file = tree.at(YamlTree.child(pointer, property)).path();
                Set<String> written = new LinkedHashSet<>();
                if (value != null) {
                    value.fieldNames().forEachRemaining(k -> {
                        if (tree.at(YamlTree.child(pointer, k)).path().equals(file)) {
                            written.add(k);
                        }
                    });
                }
                String stale = knownToBuiltIn(compiled, error, property)
                        ? "this version of Toolkit Press knows \"" + property + "\", but the project's own " + compiled.file()
                        + " is an older copy: replace the project's schemas/ folder with this release's"
                        + " (`toolkit new` writes a fresh set into an empty folder)" : null;
                yield Diagnostic.error(tree.at(YamlTree.child(pointer, property)), "unknown " + what + " key \"" + property + "\"",
                        stale != null ? stale : DidYouMean.hint(property, allowed, written));
            }
            case "required" -> {
                // A conditional rule (`then`) says why the key is needed; other descriptions are for editors' tools.
                String why = String.valueOf(fragment(error)).contains("/then/") ? parentOf(schema, error).path("description").asText("") : "";
                JsonNode example = parentOf(schema, error).path("properties").path(property).path("examples").path(0);
                String near = nearKey(value, property, parentOf(schema, error).path("properties"));
                // At the misspelt key when there is one: that is the line to change.
                yield Diagnostic.error(tree.at(near != null ? YamlTree.child(pointer, near) : pointer), "missing required key \""
                        + property + "\"", !why.isEmpty() ? why
                        : near != null ? "\"" + near + "\" looks like it: did you mean \"" + property + "\"?"
                        : "add a line `" + property + ": " + (example.isValueNode() ? example.asText() : "…") + "`");
            }
            case "type" -> Diagnostic.error(tree.at(pointer), "\"" + key + "\" must be " + expected(rule) + ", not "
                    + actual(value), typeHint(rule, value) != null ? typeHint(rule, value)
                    : example(key, parentOf(schema, error).path("examples").path(0)));
            case "enum" -> {
                List<String> allowed = new ArrayList<>();
                rule.forEach(v -> allowed.add(v.asText()));
                yield Diagnostic.error(tree.at(pointer), "\"" + key + "\" must be one of " + String.join(", ", allowed)
                        + ", not \"" + value.asText() + "\"", DidYouMean.hint(value.asText(), allowed));
            }
            case "pattern" -> pattern(tree.at(pointer), key, value.asText(), rule.asText(),
                    parentOf(schema, error).path("examples").path(0).isTextual()
                            ? "for example `" + key + ": " + parentOf(schema, error).path("examples").path(0).asText() + "`"
                            : parentOf(schema, error).path("description").asText(""));
            case "minLength" -> Diagnostic.error(tree.at(pointer), "\"" + key + "\" must not be empty");
            case "minItems", "minProperties" -> Diagnostic.error(tree.at(pointer), "\"" + key + "\" needs at least "
                    + rule.asText() + (rule.asInt() == 1 ? " entry" : " entries"));
            case "minimum" -> Diagnostic.error(tree.at(pointer), "\"" + key + "\" must be at least " + rule.asText()
                    + ", not " + value.asText());
            case "format" -> rule.asText().equals("date")
                    ? Diagnostic.error(tree.at(pointer), "\"" + key + "\" must be a date written year-month-day, not \""
                            + value.asText() + "\"", "for example `" + key + ": 2026-04-01`")
                    : Diagnostic.error(tree.at(pointer), "\"" + key + "\" must be written as " + rule.asText()
                            + ", not \"" + value.asText() + "\"");
            // A rule that stands for a sentence (an edition names exactly one of…) carries it as its description.
            case "oneOf", "anyOf" -> Diagnostic.error(tree.at(pointer), parentOf(schema, error).path("description").asText(
                    "\"" + key + "\" is not in the expected form"), parentOf(schema, error).path("examples").path(0).asText(null));
            case "not" -> Diagnostic.error(tree.at(pointer), rule.path("description").asText("these keys cannot be used together"),
                    "keep one of: " + String.join(", ", names(rule.path("required"))));
            default -> Diagnostic.error(tree.at(pointer), error.getMessage().replaceFirst("^\\S+: ", ""));
        };
    }

    /**
     * A key written in {@code mapping} that is a misspelling of the missing {@code key}, or null;
     * never a key the schema knows ({@code properties}), which is written right for itself.
     */
    private static String nearKey(JsonNode mapping, String key, JsonNode properties) {
        if (mapping == null || !mapping.isObject()) {
            return null;
        }
        List<String> written = new ArrayList<>();
        mapping.fieldNames().forEachRemaining(k -> {
            if (!properties.has(k)) {
                written.add(k);
            }
        });
        return DidYouMean.nearest(key, written);
    }

    /** What to write instead, for the wrong types editors write most. */
    /** The schema's first example of a key written out, `order: 55`, or null when it has none to show on one line. */
    private static String example(String key, JsonNode example) {
        if (!example.isValueNode() || key.endsWith(" entry")) {
            return null;
        }
        // Text YAML would read as a number, a date or true/false is shown quoted, as it must be written.
        boolean quote = example.isTextual() && example.asText().matches("[-+.\\d]+|\\d{4}-\\d\\d-\\d\\d|(?i)true|false|yes|no|on|off");
        return "for example `" + key + ": " + (quote ? "\"" + example.asText() + "\"" : example.asText()) + "`";
    }

    private static String typeHint(JsonNode rule, JsonNode value) {
        if (value != null && value.isBoolean()) {
            return "YAML reads yes, no, on, off, true and false as true or false: put the word in quotes, e.g. \"yes\"";
        }
        boolean text = rule.asText().equals("string") || (rule.isArray() && rule.toString().contains("\"string\""));
        if (text && value != null && value.isArray()) {
            return "a line starting `- ` makes a list: write the text after the key, or after `|` on the lines below it for"
                    + " several lines";
        }
        if (text && value != null && value.isObject()) {
            return "a `key:` inside the text makes a mapping: put the text in quotes, or after `|` on the lines below the key";
        }
        return null;
    }

    private static Diagnostic pattern(SourcePos pos, String key, String value, String pattern, String description) {
        if (pattern.equals(ID_PATTERN)) {
            String suggestion = value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            return Diagnostic.error(pos, "the " + key + " \"" + value + "\" must be lower-case letters and digits joined by hyphens",
                    suggestion.isEmpty() ? null : "for example \"" + suggestion + "\"");
        }
        if (pattern.equals(COLOUR_PATTERN)) {
            String what = key.equals("colour") ? "\"colour\" must be written" : "\"" + key + "\" must be a colour written";
            return Diagnostic.error(pos, what + " #rrggbb, not \"" + value + "\"",
                    "for example \"#1d4f91\" (in quotes: # starts a comment in YAML)");
        }
        return Diagnostic.error(pos, "\"" + key + "\" is not in the expected form: \"" + value + "\"",
                description.isEmpty() ? "it must match " + pattern : description);
    }

    /** The schema node that holds the failing keyword's value, from the error's schema location. */
    private static JsonNode schemaNode(JsonNode schema, Error error) {
        String fragment = fragment(error);
        return fragment == null ? error.getSchemaNode() : schema.at(fragment);
    }

    /** The schema object that owns the failing keyword (holds `properties`, `title`, `description`). */
    /**
     * True when the project's own copy of a schema refuses a key that the copy built into Toolkit
     * Press allows at the same place: the copy is older than the release (a project keeps its
     * schemas/ for editors' tools, and an upgrade does not replace them).
     */
    private static boolean knownToBuiltIn(DataSchemas.Compiled compiled, Error error, String property) {
        if (compiled.builtIn() == null) {
            return false;
        }
        try {
            JsonNode builtIn = DataSchemas.Json.MAPPER.readTree(Files.readString(compiled.builtIn()));
            return parentOf(builtIn, error).path("properties").has(property);
        } catch (IOException e) {
            // The built-in copy ships inside the jar; unreadable, the ordinary hint is given.
            return false;
        }
    }

    private static JsonNode parentOf(JsonNode schema, Error error) {
        String fragment = fragment(error);
        if (fragment == null) {
            return schema;
        }
        return schema.at(fragment.substring(0, Math.max(0, fragment.lastIndexOf('/'))));
    }

    private static String fragment(Error error) {
        String location = String.valueOf(error.getSchemaLocation());
        int hash = location.indexOf('#');
        return hash < 0 ? null : location.substring(hash + 1);
    }

    /** The instance location as a JSON Pointer, the key {@link YamlTree} positions use. */
    static String pointer(NodePath path) {
        String out = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            out = YamlTree.child(out, String.valueOf(path.getElement(i)));
        }
        return out;
    }

    /** The key an error is about; for a list entry, the list's key. */
    private static String lastKey(String pointer) {
        String[] parts = pointer.split("/");
        for (int i = parts.length - 1; i > 0; i--) {
            if (!parts[i].chars().allMatch(Character::isDigit)) {
                return YamlTree.key(parts[i]) + (i < parts.length - 1 ? " entry" : "");
            }
        }
        return "the file";
    }

    private static String expected(JsonNode type) {
        List<String> words = new ArrayList<>();
        (type.isArray() ? type : DataSchemas.Json.MAPPER.createArrayNode().add(type)).forEach(t -> words.add(switch (t.asText()) {
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "object" -> "a mapping of keys to values";
            case "array" -> "a list";
            case "boolean" -> "true or false";
            case "null" -> "empty";
            default -> t.asText();
        }));
        return String.join(" or ", words);
    }

    private static String actual(JsonNode value) {
        if (value == null || value.isNull()) {
            return "empty";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        return "\"" + value.asText() + "\"";
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
