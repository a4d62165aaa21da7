package org.toolkitpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * The theme's strings file and what reads it agree: every key a template ({@code t("…")}), a page
 * script ({@code words.text('…')} or {@code say("…")}) or the Java that makes page text ({@code wording.text("…")})
 * asks for is in templates/strings/en.yml, every key there is asked for by one of them (no dead
 * keys), and every key a script asks for is in a data-strings block the templates write
 * ({@code scriptStrings("prefix", …)}).
 */
class InterfaceStringsUsedTest {

    private static final Path ROOT = TestSites.projectRoot();
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\bt(?:Plain)?\\(\\s*\"([^\"]+)\"");
    /** A key chosen by a condition, {@code t(x?then("print.form.field.score", "print.form.field.rating"), …)}. */
    private static final Pattern TEMPLATE_CHOICE = Pattern.compile(
            "\\?then\\(\"([a-z][a-z0-9-]*(?:\\.[a-z][a-z0-9-]*)+)\",\\s*\"([a-z][a-z0-9-]*(?:\\.[a-z][a-z0-9-]*)+)\"\\)");
    private static final Pattern SCRIPT_KEY = Pattern.compile(
            "\\b(?:words\\.text|say)\\(\\s*['\"]([a-z][a-z0-9-]*(?:\\.[a-z][a-z0-9-]*)+)['\"]");
    private static final Pattern JAVA_KEY = Pattern.compile("\\bwording(?:\\(\\))?\\.text\\(\"([^\"]+)\"");
    private static final Pattern SCRIPT_PREFIXES = Pattern.compile("scriptStrings\\(([^)]*)\\)");

    private static Set<String> defaults() throws IOException {
        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("templates/strings/en.yml").toFile());
        Set<String> keys = new TreeSet<>();
        tree.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static Set<String> found(String folder, String suffix, Pattern... patterns) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve(folder))) {
            files.filter(f -> f.toString().endsWith(suffix)).forEach(f -> {
                try {
                    String text = Files.readString(f);
                    for (Pattern p : patterns) {
                        Matcher m = p.matcher(text);
                        while (m.find()) {
                            for (int g = 1; g <= m.groupCount(); g++) {
                                keys.add(m.group(g));
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return keys;
    }

    @Test
    void everyKeyAskedForIsThereAndEveryKeyThereIsAskedFor() throws IOException {
        Set<String> defaults = defaults();
        Set<String> used = new TreeSet<>(found("templates", ".ftlh", TEMPLATE_KEY, TEMPLATE_CHOICE));
        used.addAll(found("templates/assets/js", ".js", SCRIPT_KEY));
        used.addAll(found("src/main/java", ".java", JAVA_KEY));
        assertTrue(used.size() > 100, "the readers are found: " + used.size());
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(defaults);
        assertEquals(Set.of(), missing, "asked for but not in templates/strings/en.yml");
        Set<String> dead = new TreeSet<>(defaults);
        dead.removeAll(used);
        assertEquals(Set.of(), dead, "in templates/strings/en.yml but asked for by nothing");
    }

    @Test
    void everyKeyAScriptAsksForIsInThePage() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ftlh")).toList()) {
                Matcher m = SCRIPT_PREFIXES.matcher(Files.readString(f));
                while (m.find()) {
                    Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(m.group(1));
                    while (quoted.find()) {
                        prefixes.add(quoted.group(1));
                    }
                }
            }
        }
        Set<String> notInPage = new TreeSet<>();
        for (String key : found("templates/assets/js", ".js", SCRIPT_KEY)) {
            if (prefixes.stream().noneMatch(key::startsWith)) {
                notInPage.add(key);
            }
        }
        assertEquals(Set.of(), notInPage, "asked for by a script, in no data-strings block (prefixes " + prefixes + ")");
    }
}
