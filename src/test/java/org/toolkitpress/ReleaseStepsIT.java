package org.toolkitpress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * The release workflow's own steps, run here on the jar {@code mvn verify} has just packaged: the
 * tag check, naming the jar with its checksum, and trying it on a new project. GitHub cannot be
 * reached from a test, so this is what proves, before a tag is pushed, that those steps make the
 * jar and a checksum that verifies. Left out: getting the files and Java (the runner's), the
 * tests (this run is them) and {@code gh release create} (it publishes).
 */
class ReleaseStepsIT {

    private static final List<String> LOCAL = List.of(
            "Check the tag is the version in pom.xml", "Name the jar and write its checksum", "Try the jar on a new project");

    @Test
    void theReleaseStepsMakeTheJarAndAChecksumThatVerifies(@TempDir Path temp) throws Exception {
        Path root = TestSites.projectRoot();
        Path jar = root.resolve("target/toolkit-press.jar");
        assertTrue(Files.isRegularFile(jar), "mvn verify packages the jar before the integration tests: " + jar);
        JsonNode workflow = new YAMLMapper().readTree(root.resolve(".github/workflows/release.yml").toFile());
        List<JsonNode> steps = new ArrayList<>();
        workflow.get("jobs").get("release").get("steps").forEach(steps::add);
        List<String> names = steps.stream().map(s -> s.path("name").asText()).toList();
        assertTrue(names.containsAll(LOCAL), "the workflow still has these steps: " + names);

        // The checkout the steps run in: the pom and the packaged jar, as after `.ci/run`.
        Path workspace = Files.createDirectories(temp.resolve("workspace"));
        Files.copy(root.resolve("pom.xml"), workspace.resolve("pom.xml"));
        Files.createDirectories(workspace.resolve("target"));
        Files.copy(jar, workspace.resolve("target/toolkit-press.jar"));
        Path runnerTemp = Files.createDirectories(temp.resolve("runner-temp"));
        String tag = "v" + version(Files.readString(root.resolve("pom.xml")));
        // The jar's four cold runs (version, new, check, build) with the launcher's one-shot JVM
        // flags, the quick JIT tier and the serial collector: the same steps and checks for about
        // half their CPU (14-16 s against 8-9 s, docs/performance-log.md, "2 December, 08:00–09:40
        // UTC: the suite's own steps, pdf.js's viewer loaded once, one Kent build tried"). What the
        // JVM compiles with cannot change what the jar does; the JVM says it picked the flags up on
        // stderr, which no step reads.
        Map<String, String> env = Map.of("GITHUB_REF_NAME", tag, "GITHUB_WORKSPACE", workspace.toString(),
                "RUNNER_TEMP", runnerTemp.toString(), "JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");

        for (JsonNode step : steps) {
            if (LOCAL.contains(step.path("name").asText())) {
                assertFalse(step.has("env"), "a local step needs no secrets: " + step.path("name").asText());
                String log = bash(step.get("run").asText(), workspace, env);
                assertTrue(log.startsWith("exit 0\n"), step.path("name").asText() + " failed:\n" + log);
            }
        }

        Path released = workspace.resolve("release/toolkit-press.jar");
        assertArrayEquals(Files.readAllBytes(jar), Files.readAllBytes(released), "the released jar is the tested one");
        String sum = Files.readString(workspace.resolve("release/toolkit-press.jar.sha256"));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));
        assertEquals(expected + "  toolkit-press.jar\n", sum);
        // As the README tells a downloader to check it, beside the jar.
        assertTrue(bash("sha256sum -c toolkit-press.jar.sha256", workspace.resolve("release"), Map.of()).startsWith("exit 0\n"));
        assertTrue(Files.isRegularFile(runnerTemp.resolve("my-toolkit/site/guide/self-review/index.html")),
                "the new project was built by the released jar");

        // And a tag that is not the pom's version is refused before anything is built.
        String wrong = bash(steps.get(names.indexOf(LOCAL.get(0))).get("run").asText(), workspace,
                Map.of("GITHUB_REF_NAME", "v0.0.0-not-this"));
        assertFalse(wrong.startsWith("exit 0\n"), wrong);
    }

    private static String version(String pom) {
        Matcher m = Pattern.compile("(?m)^  <version>(.*)</version>$").matcher(pom);
        assertTrue(m.find(), "pom.xml names its version");
        return m.group(1);
    }

    /** Runs a step's script as GitHub's runner does ({@code bash -e {0}}): "exit N" then its output. */
    private static String bash(String script, Path dir, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script)
                .directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return "exit " + process.waitFor() + "\n" + out;
    }
}
