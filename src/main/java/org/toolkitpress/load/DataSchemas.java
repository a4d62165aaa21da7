package org.toolkitpress.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.toolkitpress.model.SourcePos;

/**
 * The JSON Schemas of every YAML file a project holds ({@code schemas/<kind>.schema.json}): the
 * data kinds, brand.yml, toolkit.yml and a page's front matter, the one place that says what
 * shape such a file has. They are found through the layered files, so a project without a
 * schemas/ folder uses the copies inside the jar, and each is compiled the first time a file of
 * its kind is read. Each schema error becomes a diagnostic at the line of the offending key, in
 * words an editor understands ({@link SchemaMessages}).
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
    /**
     * Made by the first thread to read a schema (the schemas thread in a build), not by whichever
     * thread first names this class: the build's main thread then starts the pages' parse sooner.
     */
    static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /**
     * A compiled schema and its JSON, which error messages read titles, descriptions and examples
     * from; {@code file} its name in messages and {@code builtIn} the copy inside Toolkit Press
     * that a project's own copy replaces (null when the project has none of its own).
     */
    record Compiled(Schema schema, JsonNode tree, String file, Path builtIn) {
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
            String pointer = SchemaMessages.pointer(error.getInstanceLocation());
            if (error.getKeyword().equals("required") && pointer.isEmpty() && supplied.contains(error.getProperty())) {
                continue;
            }
            if (error.getKeyword().equals("required") && SchemaMessages.misspelt(error, pointer, errors)) {
                refused.add(pointer);
                continue;
            }
            refused.add(pointer);
            Diagnostic diagnostic = SchemaMessages.describe(schema, kind, error, pointer, tree);
            if (diagnostic != null && seen.add(diagnostic)) {
                diagnostics.add(diagnostic);
            }
        }
        return refused;
    }
}
