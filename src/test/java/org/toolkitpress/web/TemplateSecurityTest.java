package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/** Templates are code an LA may change: they must not reach Java classes or the Java API. */
class TemplateSecurityTest {

    @TempDir
    Path temp;

    private TestSites.CliRun buildWithPageTemplate(String template) throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/page.ftlh"), template);
        return TestSites.cli("build", "-p", project.toString());
    }

    @Test
    void templatesCannotInstantiateClasses() throws IOException {
        TestSites.CliRun run = buildWithPageTemplate(
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().startsWith("templates/page.ftlh:1:"), run.err());
        assertFalse(Files.exists(temp.resolve("minimal/site")), "nothing is published");
    }

    @Test
    void templatesCannotUseTheApiBuiltIn() throws IOException {
        TestSites.CliRun run = buildWithPageTemplate("${page?api.getClass()}");
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains("templates/page.ftlh:1:"), run.err());
    }

    @Test
    void aProjectTemplateReplacesTheBuiltInOne() throws IOException {
        TestSites.CliRun run = buildWithPageTemplate("<p>custom ${page.title}</p>");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("<p>custom The Continuum</p>", Files.readString(temp.resolve("minimal/site/guide/continuum/index.html")));
    }
}
