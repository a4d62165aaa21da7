package org.toolkitpress.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.SourcePos;

/**
 * Validates a YAML tree against one of the JSON Schemas shipped with Toolkit Press (the same files
 * editors' tools read through the {@code # yaml-language-server: $schema=…} line), reporting each
 * problem at the line of the offending key.
 */
final class Schemas {

    private static final String FOLDER = "/toolkit-press/defaults/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Schemas() {
    }

    /** Adds a diagnostic for every schema error; returns true when there were none. */
    static boolean validate(YamlTree tree, String schemaName, Diagnostics diagnostics) {
        String text = text(schemaName);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
        JsonNode schemaTree = tree(text);
        List<Error> errors = new ArrayList<>(schema.validate(tree.root()));
        errors.sort(Comparator.comparing((Error e) -> e.getInstanceLocation().toString()).thenComparing(Error::getMessage));
        Set<String> seen = new java.util.HashSet<>();
        for (Error error : errors) {
            String pointer = pointer(error.getInstanceLocation());
            String property = error.getProperty();
            JsonNode rule = parentOf(schemaTree, error.getSchemaLocation().getFragment());
            SourcePos pos = tree.at(pointer);
            String message;
            String hint = null;
            if ("additionalProperties".equals(error.getKeyword()) && property != null) {
                pos = tree.at(pointer + "/" + property);
                message = "unknown key \"" + property + "\"" + where(pointer);
                hint = rule != null && rule.has("properties")
                        ? DidYouMean.hint(property, names(rule.get("properties").fieldNames())) : null;
            } else if ("required".equals(error.getKeyword()) && property != null) {
                message = "missing required key \"" + property + "\"" + where(pointer);
            } else if ("pattern".equals(error.getKeyword()) && error.getInstanceNode() != null) {
                message = "\"" + pointer.substring(1) + "\": \"" + error.getInstanceNode().asText()
                        + "\" is not in the expected form";
            } else {
                message = (pointer.isEmpty() ? "" : "\"" + pointer.substring(1) + "\": ") + detail(error.getMessage());
            }
            if (hint == null && rule != null && rule.path("description").isTextual()) {
                hint = rule.get("description").asText();
            }
            if (seen.add(pos + message)) {
                diagnostics.error(pos, message, hint != null ? hint : "see schemas/" + schemaName + " for the keys and values allowed");
            }
        }
        return errors.isEmpty();
    }

    private static String where(String pointer) {
        return pointer.isEmpty() ? "" : " in \"" + pointer.substring(1) + "\"";
    }

    /** The validator's message without the location it starts with. */
    private static String detail(String message) {
        int colon = message.indexOf(": ");
        boolean located = message.startsWith("/") || message.startsWith("$");
        return colon >= 0 && located ? message.substring(colon + 2) : message;
    }

    private static String pointer(NodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            out.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    /** The schema object holding the keyword that failed (e.g. the colour definition of a failed pattern). */
    private static JsonNode parentOf(JsonNode schema, NodePath keyword) {
        JsonNode node = schema;
        for (int i = 0; i < keyword.getNameCount() - 1 && node != null; i++) {
            Object element = keyword.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
        }
        return node;
    }

    private static List<String> names(java.util.Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    private static JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("the schema is not valid JSON", e);
        }
    }

    private static String text(String name) {
        try (InputStream in = Schemas.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + name + " is missing from the Toolkit Press jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + name, e);
        }
    }
}
