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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.DidYouMean;
import org.toolkitpress.model.SourcePos;

/**
 * The JSON Schemas of every YAML file a project holds ({@code schemas/<kind>.schema.json}): the
 * data kinds, brand.yml, toolkit.yml and a page's front matter, the one place that says what
 * shape such a file has. They are found through the layered files, so a project without a
 * schemas/ folder uses the copies inside the jar, and each is compiled the first time a file of
 * its kind is read. Each schema error becomes a diagnostic at the line of the offending key, in
 * words an editor understands.
 */
final class DataSchemas {

    static final List<String> KINDS = List.of("continuum", "principles", "audit", "response", "brand", "toolkit",
            "frontmatter", "fonts", "strings");
    /**
     * The order {@link #compileAhead} compiles them in: first what a build reads first (the pages'
     * front matter on the page pool, then the brand and toolkit.yml on the main thread), the data
     * kinds after.
     */
    private static final List<String> AHEAD = List.of("frontmatter", "brand", "toolkit", "continuum", "principles",
            "audit", "response", "fonts", "strings");
    private static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final String COLOUR_PATTERN = "^#[0-9a-fA-F]{6}$";
    /**
     * Made by the first thread to read a schema (the schemas thread in a build), not by whichever
     * thread first names this class: the build's main thread then starts the pages' parse sooner.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /**
     * A compiled schema and its JSON, which error messages read titles, descriptions and examples
     * from; {@code file} its name in messages and {@code builtIn} the copy inside Toolkit Press
     * that a project's own copy replaces (null when the project has none of its own).
     */
    private record Compiled(Schema schema, JsonNode tree, String file, Path builtIn) {
    }

    private final LayeredFiles files;
    /**
     * Made with the first compile, on the thread that compiles (loading the validator's classes
     * takes tens of milliseconds); guarded by {@link #compiling}.
     */
    private SchemaRegistry registry;
    private final Object compiling = new Object();
    /**
     * By kind, each compiled once by the first thread to ask (the others wait for it); empty when
     * the project has no such schema or its schema is broken (reported once).
     */
    private final Map<String, FutureTask<Optional<Compiled>>> compiled = new ConcurrentHashMap<>();

    private DataSchemas(LayeredFiles files) {
        this.files = files;
    }

    /** The schemas of a project's layered files; nothing is read until a file of a kind is validated. */
    static DataSchemas of(LayeredFiles files) {
        return new DataSchemas(files);
    }

    /**
     * Compiles every kind's schema, so a broken one is reported even when no file of its kind
     * exists, on a thread of its own while the caller goes on: the first schema costs the validator's and Jackson's start (most of the
     * quarter second seven take), which a build's pages and data files no longer wait for in
     * turn. A file validated meanwhile waits only for its own kind, compiling it itself when the
     * thread has not reached it. The diagnostics are the same (each problem is reported once, by
     * whichever thread compiles the kind; they are sorted when printed).
     *
     * @return done when every kind is compiled; a fault reading a schema completes it exceptionally
     */
    CompletableFuture<Void> compileAhead(Diagnostics diagnostics) {
        return CompletableFuture.runAsync(() -> AHEAD.forEach(kind -> compiled(kind, diagnostics)),
                task -> {
                    Thread thread = new Thread(task, "schemas");
                    thread.setDaemon(true);
                    thread.start();
                });
    }

    private Optional<Compiled> compiled(String kind, Diagnostics diagnostics) {
        FutureTask<Optional<Compiled>> task = compiled.computeIfAbsent(kind,
                k -> new FutureTask<>(() -> compile(k, diagnostics)));
        // Runs the compile here unless another thread has run it or is running it; then waits for it.
        task.run();
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof java.lang.Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the " + kind + " schema compiled", e);
        }
    }

    private Optional<Compiled> compile(String kind, Diagnostics diagnostics) {
        List<Path> layers = files.all("schemas/" + kind + ".schema.json");
        Optional<Path> file = layers.stream().findFirst();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path builtIn = layers.size() > 1 ? layers.get(layers.size() - 1) : null;
        try {
            JsonNode tree = Json.MAPPER.readTree(Files.readString(file.get()));
            // One compile at a time: the registry loads the draft-7 meta-schema on first use and is
            // not documented as safe to share between threads while it does.
            synchronized (compiling) {
                if (registry == null) {
                    registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
                }
                return Optional.of(new Compiled(registry.getSchema(tree), tree, files.displayName(file.get()), builtIn));
            }
        } catch (JsonProcessingException e) {
            diagnostics.error(new SourcePos(files.displayName(file.get()), Math.max(1, e.getLocation().getLineNr()),
                    Math.max(1, e.getLocation().getColumnNr())), "the schema is not valid JSON: " + e.getOriginalMessage(),
                    "fix the file, or delete it to use the built-in schema");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.get(), e);
        }
    }

    /**
     * Validates one file's tree against its kind's schema, reporting each problem once.
     *
     * @return the JSON Pointers of the values the schema refused, so a reader can leave them out
     */
    Set<String> validate(String kind, YamlTree tree, Diagnostics diagnostics) {
        return validate(kind, tree, Set.of(), diagnostics);
    }

    /**
     * As {@link #validate(String, YamlTree, Diagnostics)}, for a file whose top-level keys named in
     * {@code supplied} may be missing because the caller supplies them (a web-form export's id is its
     * file's name).
     */
    Set<String> validate(String kind, YamlTree tree, Set<String> supplied, Diagnostics diagnostics) {
        Compiled schema = compiled(kind, diagnostics).orElse(null);
        if (schema == null) {
            return Set.of();
        }
        Set<Diagnostic> seen = new LinkedHashSet<>();
        Set<String> refused = new LinkedHashSet<>();
        List<Error> errors = schema.schema().validate(tree.root());
        for (Error error : errors) {
            String pointer = pointer(error.getInstanceLocation());
            if (error.getKeyword().equals("required") && pointer.isEmpty() && supplied.contains(error.getProperty())) {
                continue;
            }
            if (error.getKeyword().equals("required") && misspelt(error, pointer, errors)) {
                refused.add(pointer);
                continue;
            }
            refused.add(pointer);
            Diagnostic diagnostic = describe(schema, kind, error, pointer, tree);
            if (diagnostic != null && seen.add(diagnostic)) {
                diagnostics.add(diagnostic);
            }
        }
        return refused;
    }

    /**
     * Whether a missing required key is written in the same mapping under a misspelt name
     * (`titel:` for `title:`): one mistake, reported once, as the unknown key whose hint names the
     * missing one.
     */
    private static boolean misspelt(Error required, String pointer, List<Error> errors) {
        String missing = required.getProperty();
        return errors.stream().filter(e -> e.getKeyword().equals("additionalProperties"))
                .filter(e -> pointer(e.getInstanceLocation()).equals(pointer))
                .anyMatch(e -> DidYouMean.distance(e.getProperty(), missing) <= DidYouMean.limit(missing));
    }

    private static Diagnostic describe(Compiled compiled, String kind, Error error, String pointer, YamlTree tree) {
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
                    + actual(value), typeHint(rule, value));
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
    private static boolean knownToBuiltIn(Compiled compiled, Error error, String property) {
        if (compiled.builtIn() == null) {
            return false;
        }
        try {
            JsonNode builtIn = Json.MAPPER.readTree(Files.readString(compiled.builtIn()));
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
        (type.isArray() ? type : Json.MAPPER.createArrayNode().add(type)).forEach(t -> words.add(switch (t.asText()) {
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
