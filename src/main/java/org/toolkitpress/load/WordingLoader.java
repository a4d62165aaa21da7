package org.toolkitpress.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.DidYouMean;
import org.toolkitpress.model.PluralRule;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Wording;
import org.toolkitpress.model.Wording.Message;

/**
 * Reads the interface strings ({@code templates/strings/<language>.yml}) of every layer, the
 * theme's at the bottom, and lays each over the one below key by key: theme, then project, then
 * brand, and within a layer the primary language's file ({@code en.yml}) under the full tag's
 * ({@code en-GB.yml}). The theme's English file is the reference: it holds every key there is,
 * and each message's placeholders are the ones every language and override must use. A key it
 * does not hold, a placeholder it does not give or one left out is an error where it was written.
 */
final class WordingLoader {

    static final String FOLDER = "templates/strings/";
    /** The theme's language, whose file holds every key. */
    static final String REFERENCE = "en";

    private final LayeredFiles files;
    private final DataSchemas schemas;
    private final Diagnostics diagnostics;

    WordingLoader(LayeredFiles files, DataSchemas schemas, Diagnostics diagnostics) {
        this.files = files;
        this.schemas = schemas;
        this.diagnostics = diagnostics;
    }

    /** One file's messages and where each key was written. */
    private record Read(Map<String, Message> messages, Map<String, SourcePos> keys, SourcePos file) {
    }

    Wording load(String language, SourcePos languagePos) {
        String tag = language == null || language.isBlank() ? "en-GB" : language;
        List<LayeredFiles.Root> roots = files.roots();
        if (roots.isEmpty()) {
            return Wording.NONE;
        }
        LayeredFiles theme = new LayeredFiles(List.of(roots.get(roots.size() - 1)));
        Read reference = theme.find(FOLDER + REFERENCE + ".yml")
                .map(path -> read(path, files.displayName(path), null)).orElse(null);
        if (reference == null) {
            // A theme without strings (a test's own templates): there is nothing to check against.
            return Wording.NONE;
        }
        String primary = PluralRule.primary(tag);
        List<String> names = primary.equals(tag) ? List.of(primary) : List.of(primary, tag);
        Map<String, Message> merged = new TreeMap<>();
        boolean english = primary.equals(REFERENCE);
        if (english) {
            merged.putAll(reference.messages());
        }
        Read top = null;
        // Bottom layer first, so each layer above replaces the keys it writes.
        for (int i = roots.size() - 1; i >= 0; i--) {
            LayeredFiles layer = new LayeredFiles(List.of(roots.get(i)));
            for (String name : names) {
                Path path = layer.find(FOLDER + name + ".yml").orElse(null);
                if (path == null || (i == roots.size() - 1 && name.equals(REFERENCE))) {
                    continue;
                }
                Read read = read(path, files.displayName(path), reference);
                if (read != null) {
                    merged.putAll(read.messages());
                    top = read;
                }
            }
        }
        if (!english && top == null) {
            diagnostics.warning(languagePos, "there are no interface strings in \"" + tag + "\": the English ones are used",
                    "copy the theme's " + FOLDER + REFERENCE + ".yml to " + FOLDER + primary + ".yml and translate it");
            return new Wording(tag, reference.messages());
        }
        Set<String> missing = new TreeSet<>(reference.messages().keySet());
        missing.removeAll(merged.keySet());
        if (!missing.isEmpty() && top != null) {
            diagnostics.error(top.file(), "the interface strings in \"" + tag + "\" leave out " + missing.size()
                    + " of the theme's keys: " + String.join(", ", missing),
                    "every key needs a message in every language the site is built in; the English ones are in the theme's "
                            + FOLDER + REFERENCE + ".yml");
        }
        return new Wording(tag, merged);
    }

    /** A strings file, checked against the reference (null: the reference itself). */
    private Read read(Path path, String display, Read reference) {
        String text = SourceText.read(path, display, SourceText.Kind.DATA, diagnostics);
        YamlTree tree = text == null ? null : YamlTree.read(text, display, 0, diagnostics);
        if (tree == null) {
            return null;
        }
        if (!tree.root().isObject()) {
            if (!tree.root().isMissingNode() && !tree.root().isNull()) {
                diagnostics.error(tree.at(""), "a strings file must be a mapping of `key: text` lines");
            }
            return new Read(Map.of(), Map.of(), SourcePos.file(display));
        }
        if (reference != null) {
            nested(tree, reference.messages().keySet());
        }
        Set<String> refused = schemas.validate("strings", tree, diagnostics);
        Map<String, Message> messages = new LinkedHashMap<>();
        Map<String, SourcePos> keys = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.root().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            String pointer = YamlTree.child("", key);
            if (refused.stream().anyMatch(p -> p.equals(pointer) || p.startsWith(pointer + "/"))) {
                continue;
            }
            SourcePos at = tree.at(pointer);
            Message message = message(entry.getValue());
            if (reference != null) {
                Message theirs = reference.messages().get(key);
                if (theirs == null) {
                    diagnostics.error(at, "unknown interface string \"" + key + "\"", keyHint(key, reference.messages().keySet()));
                    continue;
                }
                if (!placeholdersAgree(key, message, theirs, at)) {
                    continue;
                }
            }
            messages.put(key, message);
            keys.put(key, at);
        }
        return new Read(messages, keys, tree.at(""));
    }

    /**
     * Keys written nested (`layout:` then `  home: Start`) where the theme writes each on one line
     * (`layout.home: Start`): reported once each, at the outer key, and left out of the file, so
     * the schema does not read them as a plural message missing its `other:` as well.
     */
    private void nested(YamlTree tree, Set<String> known) {
        ObjectNode root = (ObjectNode) tree.root();
        List<String> outer = new ArrayList<>();
        root.fields().forEachRemaining(e -> {
            if (e.getValue().isObject() && !known.contains(e.getKey()) && known.stream().anyMatch(k -> k.startsWith(e.getKey() + "."))) {
                outer.add(e.getKey());
            }
        });
        for (String key : outer) {
            Map.Entry<String, JsonNode> first = root.get(key).fields().hasNext() ? root.get(key).fields().next() : null;
            diagnostics.error(tree.at(YamlTree.child("", key)), "\"" + key + "\" has keys under it: an interface string is"
                            + " written with its whole key on one line",
                    first == null ? "e.g. `" + known.stream().filter(k -> k.startsWith(key + ".")).findFirst().orElse(key) + ": …`"
                            : "write `" + key + "." + first.getKey() + ": " + (first.getValue().isValueNode()
                            ? first.getValue().asText() : "…") + "` on one line, and the same for each key under it");
            root.remove(key);
        }
    }

    /** DidYouMean's hint with the names written as placeholders: did you mean {number}? */
    private static String placeholderHint(String typed, Set<String> expected) {
        String best = DidYouMean.hint(typed, expected);
        if (best.startsWith("did you mean")) {
            return best.replaceFirst("\"([^\"]*)\"", "{$1}");
        }
        return "this message takes " + String.join(", ", expected.stream().map(n -> "{" + n + "}").toList());
    }

    private static Message message(JsonNode value) {
        if (value.isTextual()) {
            return Message.plain(value.asText());
        }
        Map<String, String> forms = new LinkedHashMap<>();
        value.fields().forEachRemaining(f -> forms.put(f.getKey(), f.getValue().asText()));
        return new Message(forms);
    }

    /**
     * The override names exactly the reference's placeholders: an unknown one would print as
     * written, and a missing one drops a number a reader needs ("Back to reference" — which?).
     */
    private boolean placeholdersAgree(String key, Message message, Message reference, SourcePos at) {
        if (reference.isPlural() != message.isPlural()) {
            diagnostics.error(at, "\"" + key + "\" " + (reference.isPlural()
                            ? "is chosen by {count}: give it a form for each plural category (at least `other:`)"
                            : "takes one text, not plural forms"),
                    reference.isPlural() ? "e.g. `" + key + ":` then `  one: …` and `  other: …` indented below it"
                            : "the theme's message is \"" + reference.forms().get("other") + "\"");
            return false;
        }
        Set<String> expected = reference.placeholders();
        Set<String> written = message.placeholders();
        Set<String> offered = new TreeSet<>();
        boolean ok = true;
        for (String name : written) {
            if (!expected.contains(name)) {
                String hint = expected.isEmpty() ? "this message takes no placeholders" : placeholderHint(name, expected);
                diagnostics.error(at, "unknown placeholder {" + name + "} in \"" + key + "\"", hint);
                expected.stream().filter(e -> hint.equals("did you mean {" + e + "}?")).forEach(offered::add);
                ok = false;
            }
        }
        List<String> left = new ArrayList<>(expected);
        left.removeAll(written);
        // A misspelt placeholder is reported once, as the typo with its correction.
        left.removeAll(offered);
        if (!left.isEmpty()) {
            diagnostics.error(at, "\"" + key + "\" leaves out " + String.join(", ", left.stream().map(n -> "{" + n + "}").toList()),
                    "the theme's message is \"" + reference.forms().get("other") + "\"; keep its placeholders");
            ok = false;
        }
        return ok;
    }

    /** The closest key, or where the keys are: the theme has hundreds, too many to list in a hint. */
    private static String keyHint(String typed, Set<String> keys) {
        String hint = DidYouMean.hint(typed, keys);
        return hint.startsWith("did you mean") ? hint
                : "the keys are those of the theme's " + FOLDER + REFERENCE + ".yml (docs/rebranding.md); write only keys it has";
    }
}
