package org.toolkitpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.testing.TestSites;

/** The schemas as editors' tools and the jar see them. */
class DataSchemasTest {

    private static final Map<String, String> KIND_BY_FOLDER = Map.of(
            "continua", "continuum", "principles", "principles", "audits", "audit", "responses", "response");

    @Test
    void everyDataFileNamesItsSchemaOnItsFirstLine() throws IOException {
        Path data = TestSites.projectRoot().resolve("content/data");
        try (Stream<Path> files = Files.walk(data)) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yml")).toList();
            assertTrue(yaml.size() >= 6, "the default content has data files");
            for (Path file : yaml) {
                String kind = KIND_BY_FOLDER.get(file.getParent().getFileName().toString());
                String first = Files.readAllLines(file).get(0);
                assertEquals("# yaml-language-server: $schema=../../../schemas/" + kind + ".schema.json", first, file.toString());
                assertTrue(Files.isRegularFile(file.getParent().resolve("../../../schemas/" + kind + ".schema.json").normalize()),
                        "the schema the line names exists: " + file);
            }
        }
    }

    @Test
    void toolkitYmlNamesItsSchemaOnItsFirstLine() throws IOException {
        Path toolkit = TestSites.projectRoot().resolve("content/toolkit.yml");
        assertEquals("# yaml-language-server: $schema=../schemas/toolkit.schema.json", Files.readAllLines(toolkit).get(0));
        assertTrue(Files.isRegularFile(toolkit.getParent().resolve("../schemas/toolkit.schema.json").normalize()));
    }

    @Test
    void toolkitYmlAndFrontMatterSchemasDescribeEveryKeyWithAnExample() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String kind : List.of("toolkit", "frontmatter")) {
            JsonNode schema = json.readTree(TestSites.projectRoot().resolve("schemas/" + kind + ".schema.json").toFile());
            List<JsonNode> objects = new ArrayList<>(List.of(schema));
            schema.path("definitions").forEach(objects::add);
            for (JsonNode object : objects) {
                object.path("properties").fields().forEachRemaining(p -> {
                    assertFalse(p.getValue().path("description").asText().isBlank(), kind + ": " + p.getKey() + " has a description");
                    assertTrue(p.getValue().path("examples").size() > 0, kind + ": " + p.getKey() + " has an example");
                });
            }
        }
        JsonNode shortTitle = json.readTree(TestSites.projectRoot().resolve("schemas/toolkit.schema.json").toFile())
                .path("properties").path("short_title");
        assertEquals("a shorter name used in page titles and PDF running heads; defaults to title",
                shortTitle.path("description").asText());
    }

    @Test
    void theJarCarriesEverySchemaForProjectsWithoutASchemasFolder() {
        LayeredFiles defaults = new LayeredFiles(List.of(LayeredFiles.builtInDefaults()));
        for (String kind : DataSchemas.KINDS) {
            assertTrue(defaults.exists("schemas/" + kind + ".schema.json"), kind);
        }
        assertTrue(Files.notExists(TestSites.fixture("invalid").resolve("data-files").resolve("schemas")),
                "the invalid/data-files fixture is checked with the built-in schemas");
    }

    @Test
    void aProjectsOwnBrokenSchemaIsReportedAtItsLine(@TempDir Path temp) throws IOException {
        Path project = TestSites.copy(TestSites.fixture("new-shape"), temp);
        Files.createDirectories(project.resolve("schemas"));
        Files.writeString(project.resolve("schemas/audit.schema.json"), "{\n  \"type\": \"object\",\n  oops\n}\n");
        Build.Result result = Build.run(Configure.settings(project, null, false));
        List<String> lines = result.diagnostics().sorted().stream().map(Diagnostic::format).toList();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("schemas/audit.schema.json:3:3: error: the schema is not valid JSON: "), lines.get(0));
    }

    /**
     * A project keeps its own copies of the schemas (`toolkit new` writes them), and an upgrade of
     * Toolkit Press does not replace them: a key the new release knows but the project's older
     * copy does not is an error whose hint says to replace the copies, not "did you mean".
     */
    @Test
    void aKeyAnOlderCopyOfTheSchemaLacksSaysToReplaceTheCopies(@TempDir Path temp) throws IOException {
        Path project = TestSites.copy(TestSites.fixture("new-shape"), temp);
        Files.createDirectories(project.resolve("schemas"));
        com.fasterxml.jackson.databind.node.ObjectNode older = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(TestSites.projectRoot().resolve("schemas/audit.schema.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) older.get("properties")).remove("closing_title");
        Files.writeString(project.resolve("schemas/audit.schema.json"), older.toPrettyString());
        Path audit = project.resolve("content/data/audits/wellbeing-review.yml");
        Files.writeString(audit, Files.readString(audit).replace("closing_title: Sign-off\n", "closing_title: Sign-off\nclosing_titel: x\n"));
        Build.Result result = Build.run(Configure.settings(project, null, false));
        List<Diagnostic> found = result.diagnostics().sorted();
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).message().equals("unknown audit key \"closing_title\""), found.get(0).format());
        assertEquals("this version of Toolkit Press knows \"closing_title\", but the project's own schemas/audit.schema.json is an older copy:"
                + " replace the project's schemas/ folder with this release's (`toolkit new` writes a fresh set into an empty folder)",
                found.get(0).hint());
        assertEquals("unknown audit key \"closing_titel\"", found.get(1).message());
        assertFalse(found.get(1).hint().contains("older copy"), "a key neither copy knows is a mistake: " + found.get(1).hint());
    }

    /**
     * The schemas compile on a thread of their own while the pages and data files are read
     * ({@link DataSchemas#compileAhead}): each broken schema is still reported exactly once, the
     * kinds no file uses included, and the faults the working schemas find are all there, in
     * the same sorted order on every run.
     */
    @Test
    void schemasCompiledAheadReportEveryFaultOnceInOrder(@TempDir Path temp) throws IOException {
        Path project = TestSites.copy(TestSites.fixture("new-shape"), temp);
        Files.createDirectories(project.resolve("schemas"));
        // The front matter's (asked for by every page at once), the brand's (no file uses it)
        // and the response's (a data file uses it) are broken; toolkit.yml's is the built-in one.
        Files.writeString(project.resolve("schemas/frontmatter.schema.json"), "{\n  oops\n}\n");
        Files.writeString(project.resolve("schemas/brand.schema.json"), "{\n  \"type\": \"object\",\n\n  oops\n}\n");
        Files.writeString(project.resolve("schemas/response.schema.json"), "[\n  1,\n  2,\n  oops\n]\n");
        Files.writeString(project.resolve("content/toolkit.yml"), "title: A new audit shape\nsections: []\ncolour: blue\n");
        // Pages enough that the page pool's threads ask for the front matter's schema together.
        for (int i = 0; i < 12; i++) {
            Files.writeString(project.resolve("content/pages/page-" + i + ".md"), "---\ntitle: Page " + i + "\nsumary: typo\n---\n\nText.\n");
        }
        for (int run = 0; run < 3; run++) {
            Build.Result result = Build.run(Configure.settings(project, null, false));
            List<String> lines = result.diagnostics().sorted().stream().map(Diagnostic::format).toList();
            assertEquals(4, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("content/toolkit.yml:3:1: error: unknown "), lines.get(0));
            assertTrue(lines.get(0).contains("key \"colour\""), lines.get(0));
            assertTrue(lines.get(1).startsWith("schemas/brand.schema.json:4:3: error: the schema is not valid JSON: "), lines.get(1));
            assertTrue(lines.get(2).startsWith("schemas/frontmatter.schema.json:2:3: error: the schema is not valid JSON: "), lines.get(2));
            assertTrue(lines.get(3).startsWith("schemas/response.schema.json:4:3: error: the schema is not valid JSON: "), lines.get(3));
        }
    }
}
