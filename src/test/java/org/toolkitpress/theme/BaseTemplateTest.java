package org.toolkitpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.files.LayeredFiles;

/** {@code base/} in a template name reaches the template an overlay replaces, layer by layer. */
class BaseTemplateTest {

    @TempDir
    Path temp;

    private LayeredFiles.Root layer(String name, String template) throws IOException {
        Path dir = temp.resolve(name);
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/page.ftlh"), template);
        Files.writeString(dir.resolve("templates/word.ftlh"), name);
        return new LayeredFiles.Root(name, dir);
    }

    @Test
    void eachLayerCanWrapTheOneBelowIt() throws IOException {
        LayeredFiles files = new LayeredFiles(List.of(
                layer("brand", "brand(<#include \"base/page.ftlh\">)"),
                layer("project", "project(<#include \"base/page.ftlh\">)"),
                layer("builtin", "builtin")));
        assertEquals("brand(project(builtin))", Theme.create(files).render("page.ftlh", Map.of()));
    }

    @Test
    void anAbsoluteNameStillReachesTheTopLayerFromABaseTemplate() throws IOException {
        LayeredFiles files = new LayeredFiles(List.of(
                layer("brand", "<#include \"base/page.ftlh\">"),
                layer("builtin", "builtin sees <#include \"/word.ftlh\">")));
        assertEquals("builtin sees brand", Theme.create(files).render("page.ftlh", Map.of()));
    }

    @Test
    void reachingBelowTheLastLayerIsATemplateError() throws IOException {
        LayeredFiles files = new LayeredFiles(List.of(layer("only", "<#include \"base/page.ftlh\">")));
        Theme.ThemeException fault = assertThrows(Theme.ThemeException.class,
                () -> Theme.create(files).render("page.ftlh", Map.of()));
        // Named as the editor finds the file: under its layer (here the root named "only").
        assertEquals("only/templates/page.ftlh:1:1", fault.pos().toString());
    }
}
