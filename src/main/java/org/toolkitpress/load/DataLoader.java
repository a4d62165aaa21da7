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
import org.toolkitpress.model.ActionPlan;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Edition;
import org.toolkitpress.model.PrincipleSet;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.Scale;
import org.toolkitpress.model.Section;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.ToolkitInfo;

/**
 * Reads toolkit.yml and the data files (continua, principle sets, audits, responses) into model
 * records. Each file's shape is checked once, by its JSON Schema ({@link DataSchemas}); the
 * readers here then only tolerate what the schema already reported. Cross references (a
 * response's audit, a scale's continuum) are left to the check stage.
 */
final class DataLoader {

    private static final Set<String> PER = Set.of("item", "group", "section");

    private final Diagnostics diagnostics;
    private final LayeredFiles files;
    private final DataSchemas schemas;

    /**
     * A loader that validates each data file against its kind's schema and, where a brand
     * overlay replaces a data file, merges it over the base files key by key.
     */
    DataLoader(Diagnostics diagnostics, LayeredFiles files, DataSchemas schemas) {
        this.diagnostics = diagnostics;
        this.files = files;
        this.schemas = schemas;
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
        return new Fields(tree, schemas.validate(kind, tree, supplied, diagnostics));
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
            String text = SourceText.read(layer, name, diagnostics);
            YamlTree tree = text == null ? null : YamlTree.read(text, name, 0, diagnostics);
            if (tree == null) {
                return null;
            }
            merged = merged == null ? tree : YamlMerge.over(merged, tree);
        }
        return merged;
    }

    ToolkitInfo toolkit(Path file, String display) {
        Fields f = file == null ? null : open(file, display, "toolkit");
        if (f == null) {
            if (file == null) {
                diagnostics.error(SourcePos.file(display), "the project has no toolkit.yml",
                        "create content/toolkit.yml with at least a `title:` line");
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
            stages.add(new Continuum.Stage(s.text("id"), s.text("label"), s.text("meaning"), s.text("colour"), s.pos()));
        }
        List<Continuum.Aspect> aspects = new ArrayList<>();
        for (Fields a : f.list("aspects")) {
            aspects.add(new Continuum.Aspect(a.text("id"), a.text("label"), a.textMap("cells"), a.pos()));
        }
        return new Continuum(f.text("id"), f.text("title"), f.text("caption"), f.text("intro"),
                f.text("source"), List.copyOf(stages), List.copyOf(aspects), f.texts("evidenced_through"),
                f.text("after"), f.pos());
    }

    PrincipleSet principles(Path file, String display) {
        Fields f = open(file, display, "principles");
        if (f == null) {
            return null;
        }
        List<PrincipleSet.Principle> principles = new ArrayList<>();
        for (Fields p : f.list("principles")) {
            Fields q = p.child("quote");
            PrincipleSet.Quote quote = q == null ? null : new PrincipleSet.Quote(q.text("text"), q.text("attribution"));
            principles.add(new PrincipleSet.Principle(p.text("id"), p.text("title"),
                    p.text("description"), p.texts("examples"), quote, p.pos()));
        }
        return new PrincipleSet(f.text("id"), f.text("title"), f.text("intro"), List.copyOf(principles), f.pos());
    }

    Audit audit(Path file, String display) {
        Fields f = open(file, display, "audit");
        if (f == null) {
            return null;
        }
        List<Audit.Definition> definitions = new ArrayList<>();
        for (Fields d : f.list("definitions")) {
            definitions.add(new Audit.Definition(d.text("term"), d.text("meaning")));
        }
        Fields e = f.child("evidence");
        Audit.Evidence evidence = e == null ? null
                : new Audit.Evidence(e.text("label"), e.text("per") != null && PER.contains(e.text("per")) ? e.text("per") : "item");
        String auditScale = f.text("scale");
        List<Audit.Section> sections = new ArrayList<>();
        for (Fields s : f.list("sections")) {
            String sectionScale = s.text("scale") == null ? auditScale : s.text("scale");
            List<Audit.Group> groups = new ArrayList<>();
            for (Fields g : s.list("groups")) {
                String groupScale = g.text("scale") == null ? sectionScale : g.text("scale");
                groups.add(new Audit.Group(g.text("id"), g.text("title"), g.text("intro"), items(g, groupScale), g.pos()));
            }
            sections.add(new Audit.Section(s.text("id"), s.text("title"), s.text("intro"),
                    List.copyOf(groups), items(s, sectionScale), s.pos()));
        }
        Integer version = f.integer("version");
        return new Audit(f.text("id"), version == null ? 1 : version, f.text("title"),
                f.text("kind") == null ? "audit" : f.text("kind"), f.text("source"), f.text("intro"), f.text("advice"),
                List.copyOf(definitions), f.text("scoring"), fields(f, "header_fields"), scales(f), evidence,
                List.copyOf(sections), fields(f, "closing"), actionPlan(f.child("action_plan")), f.pos());
    }

    /** The audit's `action_plan:` rule, or null when it keeps the defaults. */
    private static ActionPlan actionPlan(Fields plan) {
        if (plan == null) {
            return null;
        }
        Map<String, List<String>> needs = new LinkedHashMap<>();
        Fields given = plan.child("needs_action");
        if (given != null) {
            for (String type : List.of("distribution", "choice", "score")) {
                if (!given.texts(type).isEmpty()) {
                    needs.put(type, List.copyOf(given.texts(type)));
                }
            }
        }
        // In the order written: the form's attribute must be the same on every build.
        return new ActionPlan(java.util.Collections.unmodifiableMap(needs), plan.integer("rows"), plan.pos());
    }

    private List<Audit.FormField> fields(Fields f, String key) {
        List<Audit.FormField> out = new ArrayList<>();
        for (Fields h : f.list(key)) {
            out.add(new Audit.FormField(h.text("id"), h.text("label"), h.pos()));
        }
        return List.copyOf(out);
    }

    private List<Audit.Item> items(Fields parent, String scale) {
        List<Audit.Item> out = new ArrayList<>();
        for (Fields i : parent.list("items")) {
            String itemScale = i.text("scale") == null ? scale : i.text("scale");
            out.add(new Audit.Item(i.text("id"), i.text("number"), i.text("text"), i.texts("points"),
                    i.textMap("descriptors"), itemScale, i.pos()));
        }
        return List.copyOf(out);
    }

    /**
     * The audit's named scales. One whose type the schema refused reads as a text scale, so the
     * items using it are not reported a second time as using an unknown scale.
     */
    private Map<String, Scale> scales(Fields audit) {
        Map<String, Scale> out = new LinkedHashMap<>();
        Fields all = audit.child("scales");
        if (all == null) {
            return out;
        }
        for (Iterator<String> names = audit.raw("scales").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Fields s = all.child(name);
            if (s == null) {
                continue;
            }
            Scale.Type type = Scale.Type.of(s.text("type"));
            type = type == null ? Scale.Type.TEXT : type;
            List<Scale.Option> options = new ArrayList<>();
            for (Fields o : s.list("options")) {
                options.add(new Scale.Option(o.text("id"), o.text("label"), o.text("meaning")));
            }
            out.put(name, new Scale(name, type, s.text("continuum"), s.textMap("labels"), List.copyOf(options), s.pos()));
        }
        return out;
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
        Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
        Map<String, SourcePos> positions = new LinkedHashMap<>();
        JsonNode raw = f.raw("answers");
        if (raw != null && raw.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = raw.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> item = it.next();
                Map<String, Object> parts = new LinkedHashMap<>();
                positions.put(item.getKey(), f.posOf("/answers/" + item.getKey()));
                for (Iterator<Map.Entry<String, JsonNode>> p = item.getValue().fields(); p.hasNext(); ) {
                    Map.Entry<String, JsonNode> part = p.next();
                    JsonNode v = part.getValue();
                    positions.put(item.getKey() + "/" + part.getKey(),
                            f.posOf("/answers/" + item.getKey() + "/" + part.getKey()));
                    if (v.isNumber()) {
                        parts.put(part.getKey(), v.numberValue());
                    } else if (v.isValueNode() && !v.isNull()) {
                        parts.put(part.getKey(), v.asText());
                    }
                }
                answers.put(item.getKey(), parts);
            }
        }
        Integer version = f.integer("version");
        return new Response(f.text("id"), f.text("audit"), version == null ? 1 : version,
                f.text("title"), f.textMap("header"), answers, f.textMap("closing"), plan(f), f.pos(), positions);
    }

    /** The response's action plan rows, in order; older exports have none. */
    private static List<Response.PlanRow> plan(Fields f) {
        List<Response.PlanRow> out = new ArrayList<>();
        for (Fields row : f.list("plan")) {
            out.add(new Response.PlanRow(text(row, "item"), text(row, "action"), text(row, "who"), text(row, "by"), text(row, "measure")));
        }
        return List.copyOf(out);
    }

    private static String text(Fields row, String key) {
        return row.text(key) == null ? "" : row.text(key);
    }
}
