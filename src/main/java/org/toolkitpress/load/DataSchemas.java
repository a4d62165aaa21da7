package org.toolkitpress.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.SourcePos;

/**
 * The JSON Schemas of the data kinds and brand.yml ({@code schemas/<kind>.schema.json}), the one
 * place that says what shape such a file has. They are found through the layered files, so a project
 * without a schemas/ folder uses the copies inside the jar. Each schema error becomes a
 * diagnostic at the line of the offending key, in words an editor understands.
 */
final class DataSchemas {

    static final List<String> KINDS = List.of("continuum", "principles", "audit", "response", "brand");
    private static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final String COLOUR_PATTERN = "^#[0-9a-fA-F]{6}$";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Schema> schemas;
    private final Map<String, JsonNode> trees;

    private DataSchemas(Map<String, Schema> schemas, Map<String, JsonNode> trees) {
        this.schemas = schemas;
        this.trees = trees;
    }

    /** Reads and compiles each kind's schema; an unreadable schema is reported and skipped. */
    static DataSchemas load(LayeredFiles files, Diagnostics diagnostics) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        Map<String, Schema> schemas = new LinkedHashMap<>();
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        for (String kind : KINDS) {
            String relative = "schemas/" + kind + ".schema.json";
            Optional<Path> file = files.find(relative);
            if (file.isEmpty()) {
                continue;
            }
            try {
                JsonNode tree = JSON.readTree(Files.readString(file.get()));
                schemas.put(kind, registry.getSchema(tree));
                trees.put(kind, tree);
            } catch (JsonProcessingException e) {
                diagnostics.error(new SourcePos(files.displayName(file.get()), Math.max(1, e.getLocation().getLineNr()),
                        Math.max(1, e.getLocation().getColumnNr())), "the schema is not valid JSON: " + e.getOriginalMessage(),
                        "fix the file, or delete it to use the built-in schema");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.get(), e);
            }
        }
        return new DataSchemas(schemas, trees);
    }

    /** Validates one data file's tree against its kind's schema, reporting each problem once. */
    void validate(String kind, YamlTree tree, Diagnostics diagnostics) {
        Schema schema = schemas.get(kind);
        if (schema == null) {
            return;
        }
        Set<Diagnostic> seen = new LinkedHashSet<>();
        for (Error error : schema.validate(tree.root())) {
            Diagnostic diagnostic = describe(kind, error, tree);
            if (diagnostic != null && seen.add(diagnostic)) {
                diagnostics.add(diagnostic);
            }
        }
    }

    private Diagnostic describe(String kind, Error error, YamlTree tree) {
        String pointer = pointer(error.getInstanceLocation());
        JsonNode rule = schemaNode(kind, error);
        JsonNode value = error.getInstanceNode();
        String key = lastKey(pointer);
        String property = error.getProperty();
        return switch (error.getKeyword()) {
            case "additionalProperties" -> {
                Set<String> allowed = new LinkedHashSet<>();
                JsonNode owner = parentOf(kind, error);
                owner.path("properties").fieldNames().forEachRemaining(allowed::add);
                String what = owner.path("title").asText(kind);
                yield Diagnostic.error(tree.at(YamlTree.child(pointer, property)), "unknown " + what + " key \"" + property + "\"",
                        DidYouMean.hint(property, allowed));
            }
            case "required" -> {
                // A conditional rule (`then`) says why the key is needed; other descriptions are for editors' tools.
                String why = String.valueOf(fragment(error)).contains("/then/") ? parentOf(kind, error).path("description").asText("") : "";
                yield Diagnostic.error(tree.at(pointer), "missing required key \"" + property + "\"",
                        why.isEmpty() ? "add a line `" + property + ": …`" : why);
            }
            case "type" -> Diagnostic.error(tree.at(pointer), "\"" + key + "\" must be " + expected(rule) + ", not "
                    + actual(value), value != null && value.isBoolean()
                    ? "YAML reads yes, no, on, off, true and false as true or false: put the word in quotes, e.g. \"yes\"" : null);
            case "enum" -> {
                List<String> allowed = new ArrayList<>();
                rule.forEach(v -> allowed.add(v.asText()));
                yield Diagnostic.error(tree.at(pointer), "\"" + key + "\" must be one of " + String.join(", ", allowed)
                        + ", not \"" + value.asText() + "\"", DidYouMean.hint(value.asText(), allowed));
            }
            case "pattern" -> pattern(tree.at(pointer), key, value.asText(), rule.asText(),
                    parentOf(kind, error).path("description").asText(""));
            case "minLength" -> Diagnostic.error(tree.at(pointer), "\"" + key + "\" must not be empty");
            case "minItems", "minProperties" -> Diagnostic.error(tree.at(pointer), "\"" + key + "\" needs at least "
                    + rule.asText() + (rule.asInt() == 1 ? " entry" : " entries"));
            case "minimum" -> Diagnostic.error(tree.at(pointer), "\"" + key + "\" must be at least " + rule.asText()
                    + ", not " + value.asText());
            case "not" -> Diagnostic.error(tree.at(pointer), rule.path("description").asText("these keys cannot be used together"),
                    "keep one of: " + String.join(", ", names(rule.path("required"))));
            default -> Diagnostic.error(tree.at(pointer), error.getMessage().replaceFirst("^\\S+: ", ""));
        };
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
    private JsonNode schemaNode(String kind, Error error) {
        String fragment = fragment(error);
        return fragment == null ? error.getSchemaNode() : trees.get(kind).at(fragment);
    }

    /** The schema object that owns the failing keyword (holds `properties`, `title`, `description`). */
    private JsonNode parentOf(String kind, Error error) {
        String fragment = fragment(error);
        if (fragment == null) {
            return trees.get(kind);
        }
        return trees.get(kind).at(fragment.substring(0, Math.max(0, fragment.lastIndexOf('/'))));
    }

    private static String fragment(Error error) {
        String location = String.valueOf(error.getSchemaLocation());
        int hash = location.indexOf('#');
        return hash < 0 ? null : location.substring(hash + 1);
    }

    /** The instance location as a JSON Pointer, the key {@link YamlTree} positions use. */
    private static String pointer(NodePath path) {
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
        (type.isArray() ? type : JSON.createArrayNode().add(type)).forEach(t -> words.add(switch (t.asText()) {
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
