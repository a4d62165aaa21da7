package org.toolkitpress.load;

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

    private Schemas() {
    }

    /** Adds a diagnostic for every schema error; returns true when there were none. */
    static boolean validate(YamlTree tree, String schemaName, Diagnostics diagnostics) {
        Schema schema = load(schemaName);
        List<Error> errors = new ArrayList<>(schema.validate(tree.root()));
        errors.sort(Comparator.comparing((Error e) -> e.getInstanceLocation().toString()).thenComparing(Error::getMessage));
        Set<String> seen = new java.util.HashSet<>();
        for (Error error : errors) {
            String pointer = pointer(error.getInstanceLocation());
            String property = error.getProperty();
            SourcePos pos;
            String message;
            if ("additionalProperties".equals(error.getKeyword()) && property != null) {
                pos = tree.at(pointer + "/" + property);
                message = "unknown key \"" + property + "\"" + where(pointer);
            } else if ("required".equals(error.getKeyword()) && property != null) {
                pos = tree.at(pointer);
                message = "missing required key \"" + property + "\"" + where(pointer);
            } else {
                pos = tree.at(pointer);
                message = (pointer.isEmpty() ? "" : "\"" + pointer.substring(1) + "\": ") + detail(error.getMessage());
            }
            if (seen.add(pos + message)) {
                diagnostics.error(pos, message, "see " + schemaName + " for the keys and values allowed");
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

    private static Schema load(String name) {
        try (InputStream in = Schemas.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + name + " is missing from the Toolkit Press jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + name, e);
        }
    }
}
