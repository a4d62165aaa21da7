package org.toolkitpress.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Body;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Edition;
import org.toolkitpress.model.PrincipleSet;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.Section;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.ToolkitInfo;

/**
 * Reads toolkit.yml and the data files (continua, principle sets, audits, responses) into model
 * records. Each file's shape is checked once, by its JSON Schema ({@link DataSchemas}); the
 * readers here (an audit's shape in {@link AuditData}, a response's answers in
 * {@link ResponseData}) then only tolerate what the schema already reported. Cross references (a
 * response's audit, a scale's continuum) are left to the check stage.
 */
final class DataLoader {

    /** A principle's own keys; every other key is one of its parts. */
    private static final Set<String> PRINCIPLE_KEYS = Set.of("id", "number", "title");
    /** The most points a score scale spans above its first (a 0–20 scale has 21 radios); check reports more. */
    static final int MAX_POINTS = 20;

    private final Diagnostics diagnostics;
    private final LayeredFiles files;
    private final DataSchemas schemas;
    private final Markdown markdown;
    private final List<Body> texts = new ArrayList<>();
    private final LetterScan letters = new LetterScan();

    /**
     * A loader that validates each data file against its kind's schema and, where a brand
     * overlay replaces a data file, merges it over the base files key by key, and parses the
     * Markdown each file holds with {@code markdown}.
     */
    DataLoader(Diagnostics diagnostics, LayeredFiles files, DataSchemas schemas, Markdown markdown) {
        this.diagnostics = diagnostics;
        this.files = files;
        this.schemas = schemas;
        this.markdown = markdown;
    }

    /**
     * A loader sharing this one's diagnostics, files, schemas and Markdown parser but gathering
     * texts and letters of its own, so files read on several threads at once each gather theirs;
     * {@link #absorb} then takes them back in the files' order, as one loader reading them in turn
     * would have gathered them.
     */
    DataLoader forOneFile() {
        return new DataLoader(diagnostics, files, schemas, markdown);
    }

    /** Adds what {@code other} gathered after what this loader gathered so far. */
    void absorb(DataLoader other) {
        texts.addAll(other.texts);
        letters.absorb(other.letters);
    }

    /** The Markdown of every data file read so far, parsed where it was written, for the check stage. */
    List<Body> texts() {
        return List.copyOf(texts);
    }

    /** The characters beyond ASCII of every data file read so far, for the check that each can be printed. */
    List<org.toolkitpress.model.Letter> letters() {
        return letters.letters();
    }

    /**
     * A file validated against its kind's schema, or null when it is not a mapping at all. The
     * fields read from it report nothing: every shape problem has just been reported by the
     * schema, once.
     */
    private Fields open(Path file, String display, String kind) {
        return open(file, display, kind, Set.of());
    }

    /** As {@link #open(Path, String, String)}, with top-level keys the caller supplies when missing. */
    private Fields open(Path file, String display, String kind, Set<String> supplied) {
        YamlTree tree = readLayers(file, display);
        if (tree == null) {
            return null;
        }
        if (!tree.root().isObject()) {
            diagnostics.error(tree.at(""), "the file must be a mapping of `key: value` lines");
            return null;
        }
        Fields fields = new Fields(tree, schemas.validate(kind, tree, supplied, diagnostics));
        if (kind.equals(FontLoader.KIND)) {
            // The theme's settings, not text anyone reads: nothing in it is printed.
            return fields;
        }
        tree.checkMarkdown(markdown, diagnostics);
        MarkdownFields.parse(kind, tree, markdown, texts::add);
        letters.yaml(tree);
        return fields;
    }

    /**
     * The file's YAML; when it replaces files in lower layers (a brand's copy of a data file),
     * the merge of it over them, key by key.
     */
    private YamlTree readLayers(Path file, String display) {
        List<Path> layers = files == null ? List.of(file)
                : files.relative(file).map(files::all).filter(l -> !l.isEmpty()).orElse(List.of(file));
        YamlTree merged = null;
        for (int i = layers.size() - 1; i >= 0; i--) {
            Path layer = layers.get(i);
            String name = i == 0 ? display : files.displayName(layer);
            String text = SourceText.read(layer, name, SourceText.Kind.DATA, diagnostics);
            if (text != null && text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
                // One error for the file, not one per key it lacks: it is most often a save that went wrong.
                diagnostics.error(new SourcePos(name, 1, 1), "the file is empty",
                        "put its content back (the file's history on GitHub has it), or delete the file if it is not needed");
                return null;
            }
            YamlTree tree = text == null ? null : YamlTree.read(text, name, 0, diagnostics);
            if (tree == null) {
                return null;
            }
            merged = merged == null ? tree : YamlMerge.over(merged, tree);
        }
        return merged;
    }

    /** The print fonts file (fonts.yml, merged over the layers below it), validated; null when it is not a mapping. */
    Fields fonts(Path file, String display) {
        return open(file, display, FontLoader.KIND);
    }

    ToolkitInfo toolkit(Path file, String display) {
        Fields f = file == null ? null : open(file, display, "toolkit");
        if (f == null) {
            if (file == null) {
                // `-p` given the content/ folder itself (its toolkit.yml and pages/ at the top) is the
                // likelier mistake than a project without settings.
                Path content = files == null || files.list("pages").isEmpty() ? null
                        : files.find("toolkit.yml").map(Path::getParent).orElse(null);
                Path project = files == null ? null : files.roots().stream().filter(r -> r.name().isEmpty())
                        .map(LayeredFiles.Root::dir).findFirst().orElse(null);
                diagnostics.error(SourcePos.file(display), "the project has no toolkit.yml", project != null
                        && !java.nio.file.Files.isDirectory(project)
                        ? "there is no folder " + project + ": give the folder that holds content/ (by default, the current folder)"
                        : content == null ? "create content/toolkit.yml with at least a `title:` line"
                        : content.getFileName() != null && content.getFileName().toString().equals("content")
                        ? "this is the project's content/ folder: give the folder above it, " + content.getParent()
                        : "this folder holds toolkit.yml and pages/ itself: a project keeps them in a folder named content/"
                                + " (move them there, or give the folder that holds content/)");
            }
            return new ToolkitInfo("Toolkit", null, null, null, null, "en-GB", null, List.of(), List.of());
        }
        List<Section> sections = new ArrayList<>();
        for (Fields s : f.list("sections")) {
            // A section id names a folder and an address: one the schema refused (`../../tmp/x`)
            // goes no further.
            if (!s.refused()) {
                sections.add(new Section(s.text("id"), s.text("title"), s.pos()));
            }
        }
        String language = f.text("language");
        return new ToolkitInfo(f.text("title"), f.text("short_title"), f.text("description"),
                f.text("version"), f.date("date"), language == null ? "en-GB" : language, f.text("base_url"),
                List.copyOf(sections), editions(f));
    }

    /** The PDFs to print; each names one of `sections`, `audit` or `response` (the schema says exactly one). */
    private List<Edition> editions(Fields toolkit) {
        List<Edition> out = new ArrayList<>();
        for (Fields e : toolkit.list("editions")) {
            if (e.refused()) {
                continue;
            }
            Edition.Kind kind = e.has("sections") ? Edition.Kind.PAGES : e.has("audit") ? Edition.Kind.FORM
                    : Edition.Kind.FILLED;
            List<String> sections = kind == Edition.Kind.PAGES ? e.texts("sections") : List.of();
            String source = switch (kind) {
                case PAGES -> null;
                case FORM -> e.text("audit");
                case FILLED -> e.text("response");
            };
            out.add(new Edition(e.text("id"), e.text("title"), kind, List.copyOf(sections), source, e.pos()));
        }
        return List.copyOf(out);
    }

    Continuum continuum(Path file, String display) {
        Fields f = open(file, display, "continuum");
        if (f == null) {
            return null;
        }
        List<Continuum.Stage> stages = new ArrayList<>();
        for (Fields s : f.list("stages")) {
            stages.add(new Continuum.Stage(s.text("id"), s.text("label"), s.text("meaning"), s.text("colour"), s.pos(),
                    s.has("colour") ? s.pos("colour") : s.pos()));
        }
        List<Continuum.Aspect> aspects = new ArrayList<>();
        for (Fields a : f.list("aspects")) {
            aspects.add(new Continuum.Aspect(a.text("id"), a.text("label"), a.textMap("cells"), a.pos()));
        }
        boolean ordered = flag(f, "ordered", true);
        if (!ordered && flag(f, "numbered", false)) {
            diagnostics.error(f.pos("numbered"), "a spectrum (`ordered: false`) has no stage order to number",
                    "remove `numbered: true`, or set `ordered: true` if the stages are a progression");
        }
        return new Continuum(f.text("id"), f.text("title"), f.text("caption"), f.text("intro"),
                f.text("source"), ordered, ordered && flag(f, "numbered", true), Continuum.ColourStyle.of(f.text("colour_style")),
                List.copyOf(stages), List.copyOf(aspects), f.texts("evidenced_through"), f.text("after"), f.pos());
    }

    /** A true/false key; anything else was reported by the schema and reads as the default. */
    static boolean flag(Fields f, String key, boolean otherwise) {
        JsonNode value = f.raw(key);
        return value != null && value.isBoolean() ? value.booleanValue() : otherwise;
    }

    PrincipleSet principles(Path file, String display) {
        Fields f = open(file, display, "principles");
        if (f == null) {
            return null;
        }
        // list() skips entries that are not mappings; so do the raw entries, to stay in step.
        List<JsonNode> written = new ArrayList<>();
        JsonNode all = f.raw("principles");
        if (all != null && all.isArray()) {
            all.forEach(n -> {
                if (n.isObject()) {
                    written.add(n);
                }
            });
        }
        List<PrincipleSet.Part> parts = new ArrayList<>();
        for (Fields part : f.list("parts")) {
            String id = part.text("id");
            if (id == null) {
                continue;
            }
            PrincipleSet.Kind kind = java.util.Arrays.stream(PrincipleSet.Kind.values())
                    .filter(k -> k.key().equals(part.text("kind"))).findFirst()
                    // A kind the schema refused (`kind: lists`) reads as the kind the principles write the
                    // part in: the one mistake is reported at its line, not again at every principle.
                    .orElseGet(() -> part.has("kind") ? writtenKind(written, id) : PrincipleSet.Kind.implied(id));
            parts.add(new PrincipleSet.Part(id, kind, part.text("heading"), part.pos()));
        }
        List<PrincipleSet.Principle> principles = new ArrayList<>();
        List<Fields> entries = f.list("principles");
        for (int i = 0; i < entries.size(); i++) {
            Fields p = entries.get(i);
            Map<String, PrincipleSet.Value> values = new LinkedHashMap<>();
            for (Iterator<String> keys = written.get(i).fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!PRINCIPLE_KEYS.contains(key) && p.has(key)) {
                    values.put(key, value(p, key));
                }
            }
            principles.add(new PrincipleSet.Principle(p.text("id"), p.text("number"), p.text("title"), values, p.pos()));
        }
        return new PrincipleSet(f.text("id"), f.text("title"), f.text("intro"), flag(f, "numbered", true),
                List.copyOf(parts), List.copyOf(principles), f.pos());
    }

    /** The kind the first principle that writes part {@code id} writes it as; the implied kind when none does. */
    private static PrincipleSet.Kind writtenKind(List<JsonNode> principles, String id) {
        return principles.stream().map(p -> p.get(id)).filter(v -> v != null && !v.isNull()).findFirst()
                .map(v -> v.isArray() ? PrincipleSet.Kind.LIST : v.isObject() ? PrincipleSet.Kind.QUOTE : PrincipleSet.Kind.TEXT)
                .orElse(PrincipleSet.Kind.implied(id));
    }

    /** A principle's part as written: a list, a quotation (a mapping) or Markdown text. */
    private static PrincipleSet.Value value(Fields principle, String key) {
        JsonNode node = principle.raw(key);
        if (node.isArray()) {
            return new PrincipleSet.Value(null, principle.texts(key), null, principle.pos(key));
        }
        Fields q = node.isObject() ? principle.child(key) : null;
        if (q != null) {
            return new PrincipleSet.Value(null, null, new PrincipleSet.Quote(q.text("text"), q.text("attribution")),
                    principle.pos(key));
        }
        return new PrincipleSet.Value(principle.text(key), null, null, principle.pos(key));
    }

    Audit audit(Path file, String display) {
        Fields f = open(file, display, "audit");
        return f == null ? null : AuditData.of(f);
    }

    Response response(Path file, String display) {
        return response(file, display, Set.of());
    }

    /** A response; the top-level keys in {@code supplied} (a web-form export's id) may be missing. */
    Response response(Path file, String display, Set<String> supplied) {
        Fields f = open(file, display, "response", supplied);
        if (f == null) {
            return null;
        }
        return ResponseData.of(f);
    }
}
