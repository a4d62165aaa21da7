package org.toolkitpress;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * Dependencies point one way: cli → build → stages → model. A stage never imports the build or
 * the command line, the model imports no stage, and every package says what it does.
 */
class ArchitectureTest {

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.toolkitpress\\.(\\w+)\\.", Pattern.MULTILINE);
    private static final Set<String> SHARED = Set.of("model", "files", "markdown", "theme");
    private static final Map<String, Set<String>> FORBIDDEN_FOR_STAGES = Map.of("any", Set.of("cli", "build"));

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
                        Matcher m = IMPORT.matcher(Files.readString(source));
                        while (m.find()) {
                            String target = m.group(1);
                            if (name.equals("model") && !target.equals("model")) {
                                problems.add(source.getFileName() + ": the model imports " + target);
                            }
                            if (!name.equals("cli") && !name.equals("build") && !name.equals(target)
                                    && FORBIDDEN_FOR_STAGES.get("any").contains(target)) {
                                problems.add(source.getFileName() + " (" + name + ") imports " + target);
                            }
                            if (name.equals("build") && target.equals("cli")) {
                                problems.add(source.getFileName() + ": build imports cli");
                            }
                            if (SHARED.contains(name) && !SHARED.contains(target) && !name.equals(target)) {
                                problems.add(source.getFileName() + " (shared " + name + ") imports stage " + target);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
