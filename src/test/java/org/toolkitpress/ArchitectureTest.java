package org.toolkitpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * Dependencies point one way: cli → build → stages → model. A stage never imports the build or
 * the command line, a stage uses only the stages before it, the model imports no stage, the preview goes through the build (never
 * around it to a stage), and every package says what it does.
 */
class ArchitectureTest {

    /** Any use of a package, imported or written out in full (but not a file's own package line). */
    private static final Pattern USE = Pattern.compile("^(?!package )(?:.*[^\\w.])?org\\.toolkitpress\\.(\\w+)\\.", Pattern.MULTILINE);
    private static final Set<String> SHARED = Set.of("model", "files", "markdown", "theme", "view");
    /** The command line and the preview sit above the build: no stage may use them, or the build. */
    private static final Set<String> ABOVE_STAGES = Set.of("cli", "preview", "build");
    /** The preview renders through the build's own render path: besides the shared packages it may use only these. */
    private static final Set<String> PREVIEW_USES = Set.of("build", "configure");
    /** The stages in build order: a stage may use the stages before it, never one after. */
    private static final List<String> STAGES = List.of("configure", "load", "check", "pdf", "web", "search", "publish");

    @Test
    void dependenciesPointOneWay() throws IOException {
        Path main = TestSites.projectRoot().resolve("src/main/java/org/toolkitpress");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> packages = Files.list(main)) {
            for (Path pkg : packages.filter(Files::isDirectory).toList()) {
                String name = pkg.getFileName().toString();
                assertTrue(Files.exists(pkg.resolve("package-info.java")), name + " has no package-info.java");
                try (Stream<Path> sources = Files.walk(pkg)) {
                    for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                        problems.addAll(problems(name, source.getFileName().toString(), Files.readString(source)));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aStageThatUsesALaterStageIsCaught() {
        assertEquals(List.of("Index.java (stage search) uses publish, a later stage"),
                problems("search", "Index.java", "package org.toolkitpress.search;\nimport org.toolkitpress.publish.Publish;\n"));
        assertEquals(List.of(), problems("search", "Index.java", "package org.toolkitpress.search;\nimport org.toolkitpress.view.SiteMap;\n"));
    }

    @Test
    void aPreviewThatGoesAroundTheBuildIsCaught() {
        assertEquals(List.of("Site.java (preview) uses stage load; it must go through build"),
                problems("preview", "Site.java", "package org.toolkitpress.preview;\nimport org.toolkitpress.load.Load;\n"));
        assertEquals(List.of("Site.java (preview) uses stage web; it must go through build"),
                problems("preview", "Site.java", "package org.toolkitpress.preview;\n"
                        + "class Site { Object f = org.toolkitpress.web.WebEdition.render(null, null, null, null, null); }\n"));
        assertEquals(List.of(), problems("preview", "Site.java",
                "package org.toolkitpress.preview;\nimport org.toolkitpress.build.Rebuild;\nimport org.toolkitpress.model.Toolkit;\n"));
    }

    private static List<String> problems(String name, String file, String text) {
        List<String> problems = new ArrayList<>();
        Matcher m = USE.matcher(text);
        while (m.find()) {
            String target = m.group(1);
            if (name.equals("model") && !target.equals("model")) {
                problems.add(file + ": the model imports " + target);
            }
            if (!ABOVE_STAGES.contains(name) && ABOVE_STAGES.contains(target)) {
                problems.add(file + " (" + name + ") imports " + target);
            }
            // Reading returns comes before reporting on them: the report reads returns, never the reverse.
            if (name.equals("returns") && target.equals("report")) {
                problems.add(file + ": returns imports report");
            }
            if (name.equals("build") && (target.equals("cli") || target.equals("preview"))) {
                problems.add(file + ": build imports " + target);
            }
            if (SHARED.contains(name) && !SHARED.contains(target) && !name.equals(target)) {
                problems.add(file + " (shared " + name + ") imports stage " + target);
            }
            if (STAGES.contains(name) && STAGES.contains(target) && STAGES.indexOf(target) > STAGES.indexOf(name)) {
                problems.add(file + " (stage " + name + ") uses " + target + ", a later stage");
            }
            if (name.equals("preview") && !target.equals(name) && !SHARED.contains(target) && !PREVIEW_USES.contains(target)) {
                problems.add(file + " (preview) uses stage " + target + "; it must go through build");
            }
        }
        return problems;
    }
}
