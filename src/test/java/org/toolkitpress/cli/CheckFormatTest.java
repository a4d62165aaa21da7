package org.toolkitpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.testing.TestSites;

/** {@code check --format github} and {@code --format json}. */
class CheckFormatTest {

    @TempDir
    Path temp;

    @Test
    void githubAnnotationsCarryFileLineColumnAndEscapeSpecialCharacters() {
        String out = DiagnosticFormat.github(List.of(
                Diagnostic.error(new SourcePos("content/pages/a,b.md", 12, 3), "50% of: \"x\"", "first\nsecond"),
                Diagnostic.warning(SourcePos.file("content/toolkit.yml"), "whole file", null)));
        assertEquals("::error file=content/pages/a%2Cb.md,line=12,col=3,title=toolkit check%3A error::"
                + "50%25 of: \"x\"%0Ahint: first%0Asecond\n"
                + "::warning file=content/toolkit.yml,title=toolkit check%3A warning::whole file\n", out);
    }

    @Test
    void checkPrintsOneAnnotationPerProblemAndFailsOnErrors() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("editors"), temp);
        Path page = project.resolve("content/pages/guidance/attendance.md");
        Files.writeString(page, Files.readString(page) + "\nRead [the missing page](missing.md).\n");
        TestSites.CliRun run = TestSites.cli("check", "-p", project.toString(), "--format", "github");
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.startsWith("::error ") || l.startsWith("::warning ")), run.out());
        assertTrue(lines.contains("::error file=content/pages/guidance/attendance.md,line=13,col=6,"
                + "title=toolkit check%3A error::the link points to a page that does not exist: \"missing.md\""
                + "%0Ahint: link to the page's .md file, relative to this file"), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("::warning file=content/pages/guidance/belonging.md,line=13,col=9,")),
                run.out());
    }

    @Test
    void jsonListsEveryDiagnosticWithItsPosition() throws IOException {
        Path project = TestSites.copy(TestSites.fixture("editors"), temp);
        TestSites.CliRun run = TestSites.cli("check", "-p", project.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(0, root.get("errors").asInt());
        assertEquals(root.get("warnings").asInt(), root.get("diagnostics").size());
        JsonNode http = null;
        for (JsonNode d : root.get("diagnostics")) {
            if (d.get("message").asText().contains("plain http://")) {
                http = d;
            }
        }
        assertEquals("warning", http.get("severity").asText());
        assertEquals("content/pages/guidance/belonging.md", http.get("file").asText());
        assertEquals(13, http.get("line").asInt());
        assertEquals(9, http.get("column").asInt());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        TestSites.CliRun run = TestSites.cli("check", "-p", TestSites.fixture("editors").toString(), "--format", "xml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("use text, github or json"), run.err());
    }
}
