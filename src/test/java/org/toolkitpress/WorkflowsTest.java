package org.toolkitpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * The GitHub workflows are valid YAML, set up Java 17 with a Maven cache, and run nothing but
 * commands the README gives to people, so CI and editors do the same thing. Pull requests run the
 * tests, in a way that cannot skip the browser tests, and every action is pinned to a commit.
 */
class WorkflowsTest {

    private static final Path WORKFLOWS = TestSites.projectRoot().resolve(".github/workflows");

    /** The workflows an editor's pull request and the site's publishing run: only README commands. */
    private static final List<String> EDITORS_WORKFLOWS = List.of("pull-request.yml", "publish.yml");
    private static final List<String> WORKFLOW_FILES = List.of("pull-request.yml", "publish.yml", "release.yml");
    private static final Pattern PINNED = Pattern.compile("[\\w.-]+/[\\w.-]+@[0-9a-f]{40}");
    private static final Pattern VERSION_COMMENT = Pattern.compile("@[0-9a-f]{40} # v\\d+(\\.\\d+)*");

    private static JsonNode read(String name) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(WORKFLOWS.resolve(name).toFile());
    }

    private static List<JsonNode> steps(JsonNode workflow) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.get("jobs").forEach(job -> job.path("steps").forEach(steps::add));
        return steps;
    }

    @Test
    void everyRunStepIsAReadmeCommand() throws IOException {
        String readme = Files.readString(TestSites.projectRoot().resolve("README.md"));
        List<String> commands = new ArrayList<>();
        for (String name : EDITORS_WORKFLOWS) {
            for (JsonNode step : steps(read(name))) {
                if (step.has("run")) {
                    step.get("run").asText().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(commands::add);
                }
            }
        }
        assertTrue(commands.contains("./toolkit check --format github"), commands::toString);
        assertTrue(commands.contains("./toolkit build"), commands::toString);
        for (String command : commands) {
            assertTrue(readme.contains("`" + command + "`"), "the README does not give the command: " + command);
        }
    }

    @Test
    void bothWorkflowsSetUpJava17WithAMavenCache() throws IOException {
        for (String name : WORKFLOW_FILES) {
            JsonNode java = steps(read(name)).stream()
                    .filter(s -> s.path("uses").asText().startsWith("actions/setup-java@")).findFirst().orElse(null);
            assertNotNull(java, name + " sets up Java");
            assertEquals("17", java.get("with").get("java-version").asText(), name);
            assertEquals("maven", java.get("with").get("cache").asText(), name);
        }
    }

    @Test
    void pullRequestsAreCheckedAndTheBuiltSiteIsAttached() throws IOException {
        JsonNode workflow = read("pull-request.yml");
        assertTrue(workflow.get("on").has("pull_request"));
        JsonNode upload = steps(workflow).stream()
                .filter(s -> s.path("uses").asText().startsWith("actions/upload-artifact@")).findFirst().orElseThrow();
        assertEquals("site/", upload.get("with").get("path").asText());
        assertEquals("read", workflow.get("permissions").get("contents").asText(), "pull requests get read-only access");
    }

    @Test
    void theMainBranchIsPublishedToPages() throws IOException {
        JsonNode workflow = read("publish.yml");
        assertEquals("main", workflow.get("on").get("push").get("branches").get(0).asText());
        List<JsonNode> steps = steps(workflow);
        JsonNode pages = steps.stream().filter(s -> s.path("uses").asText().startsWith("actions/upload-pages-artifact@"))
                .findFirst().orElseThrow();
        assertEquals("site/", pages.get("with").get("path").asText());
        assertTrue(steps.stream().anyMatch(s -> s.path("uses").asText().startsWith("actions/deploy-pages@")));
        assertEquals("write", workflow.get("permissions").get("pages").asText());
        assertFalse(workflow.get("on").has("pull_request"), "pull requests never publish");
    }

    @Test
    void everyActionIsPinnedToACommitWithItsVersionNamed() throws IOException {
        for (String name : WORKFLOW_FILES) {
            List<String> uses = steps(read(name)).stream().filter(s -> s.has("uses"))
                    .map(s -> s.get("uses").asText()).toList();
            assertFalse(uses.isEmpty(), name);
            for (String action : uses) {
                assertTrue(PINNED.matcher(action).matches(), name + ": " + action + " is not pinned to a 40-hex commit SHA");
            }
            // The YAML reader drops comments: read the text for the `# vX.Y.Z` that says which release the SHA is.
            List<String> lines = Files.readAllLines(WORKFLOWS.resolve(name)).stream()
                    .filter(l -> l.strip().startsWith("uses:") || l.strip().startsWith("- uses:")).toList();
            assertEquals(uses.size(), lines.size(), name);
            for (String line : lines) {
                assertTrue(VERSION_COMMENT.matcher(line).find(), name + ": no `# vX.Y.Z` comment on: " + line.strip());
            }
        }
    }

    @Test
    void pullRequestsRunTheTestsAndCiCannotSkipTheBrowserTests() throws IOException {
        List<String> runs = steps(read("pull-request.yml")).stream().filter(s -> s.has("run"))
                .map(s -> s.get("run").asText().strip()).toList();
        assertTrue(runs.contains(".ci/run"), "the pull-request workflow runs .ci/run: " + runs);
        List<String> script = Files.readAllLines(TestSites.projectRoot().resolve(".ci/run")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertTrue(script.contains("export CI=true"), ".ci/run sets CI=true itself");
        assertEquals("mvn -B verify", script.get(script.size() - 1), ".ci/run ends with the README's test command");
        assertTrue(Files.readString(TestSites.projectRoot().resolve("README.md")).contains("mvn -B verify       # runs the tests"),
                "the README still gives `mvn -B verify` as the test command");
        assertFalse(script.stream().anyMatch(l -> l.contains("skipTests") || l.contains("-Dtest=")),
                ".ci/run runs every test");
    }

    @Test
    void aVersionTagReleasesTheTestedJarWithItsChecksum() throws IOException {
        JsonNode workflow = read("release.yml");
        assertEquals("v*", workflow.get("on").get("push").get("tags").get(0).asText());
        assertFalse(workflow.get("on").has("pull_request"), "pull requests never release");
        assertEquals("write", workflow.get("permissions").get("contents").asText(), "a release needs write access");
        List<JsonNode> steps = steps(workflow);
        JsonNode java = steps.stream().filter(s -> s.path("uses").asText().startsWith("actions/setup-java@"))
                .findFirst().orElseThrow();
        assertEquals("17", java.get("with").get("java-version").asText());
        for (JsonNode step : steps) {
            if (step.has("uses")) {
                assertTrue(step.get("uses").asText().matches("[\\w.-]+/[\\w.-]+@[0-9a-f]{40}"),
                        "pinned to a full commit SHA: " + step.get("uses").asText());
            }
        }
        List<String> run = steps.stream().filter(s -> s.has("run")).map(s -> s.get("run").asText()).toList();
        String pom = Files.readString(TestSites.projectRoot().resolve("pom.xml"));
        assertTrue(pom.contains("<finalName>toolkit-press</finalName>"), "the jar is target/toolkit-press.jar");
        String all = String.join("\n", run);
        int tests = all.indexOf(".ci/run");
        int copy = all.indexOf("cp target/toolkit-press.jar release/toolkit-press.jar");
        int sum = all.indexOf("sha256sum toolkit-press.jar > toolkit-press.jar.sha256");
        int release = all.indexOf("gh release create");
        assertTrue(tests >= 0 && tests < copy && copy < sum && sum < release,
                "the tests run, then the jar is named and summed, then released: " + all);
        assertTrue(all.substring(release).contains("release/toolkit-press.jar release/toolkit-press.jar.sha256"), all);
        assertTrue(Files.readString(TestSites.projectRoot().resolve(".ci/run")).contains("mvn -B verify"),
                ".ci/run runs the README's test command");
        assertTrue(all.contains("java -jar \"$jar\" new ") && all.contains("java -jar \"$jar\" build"),
                "the released jar is tried on a new project first");
        assertTrue(all.contains("test \"$(java -jar \"$jar\" --version)\" = \"Toolkit Press ${GITHUB_REF_NAME#v}\""),
                "the released jar names the tag's version");
    }
}
