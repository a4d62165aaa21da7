package org.toolkitpress.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.PrincipleSet;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.Scale;
import org.toolkitpress.model.Section;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.ToolkitInfo;

/**
 * Reads toolkit.yml and the data files (continua, principle sets, audits, responses) into model
 * records. Shapes are checked as they are read so every problem is reported at its line; cross
 * references (a response's audit, a scale's continuum) are left to the check stage.
 */
final class DataLoader {

    private final Diagnostics diagnostics;
    private final LayeredFiles files;

    DataLoader(Diagnostics diagnostics) {
        this(diagnostics, null);
    }

    /** A loader that merges an overlay's data file over the base files it replaces. */
    DataLoader(Diagnostics diagnostics, LayeredFiles files) {
        this.diagnostics = diagnostics;
        this.files = files;
    }

    private Fields open(Path file, String display) {
        YamlTree tree = readLayers(file, display);
        if (tree == null) {
            return null;
        }
        Fields fields = new Fields(tree, diagnostics);
        if (!fields.isMapping()) {
            diagnostics.error(tree.at(""), "the file must be a mapping of `key: value` lines");
            return null;
        }
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
        Fields f = file == null ? null : open(file, display);
        if (f == null) {
            if (file == null) {
                diagnostics.error(SourcePos.file(display), "the project has no toolkit.yml",
                        "create content/toolkit.yml with at least a `title:` line");
            }
            return new ToolkitInfo("Toolkit", null, null, null, null, "en-GB", null, List.of());
        }
        f.allowOnly(Set.of("title", "short_title", "description", "version", "date", "language", "base_url",
                "sections"), "toolkit.yml");
        List<Section> sections = new ArrayList<>();
        for (Fields s : f.list("sections")) {
            s.allowOnly(Set.of("id", "title"), "section");
            sections.add(new Section(s.requiredText("id"), s.requiredText("title"), s.pos()));
        }
        String language = f.text("language");
        String baseUrl = f.text("base_url");
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        return new ToolkitInfo(f.requiredText("title"), f.text("short_title"), f.text("description"),
                f.text("version"), f.date("date"), language == null ? "en-GB" : language, baseUrl, List.copyOf(sections));
    }

    Continuum continuum(Path file, String display) {
        Fields f = open(file, display);
        if (f == null) {
            return null;
        }
        f.allowOnly(Set.of("id", "title", "caption", "intro", "source", "stages", "aspects", "evidenced_through", "after"),
                "continuum");
        List<Continuum.Stage> stages = new ArrayList<>();
        for (Fields s : f.list("stages")) {
            s.allowOnly(Set.of("id", "label", "meaning", "colour"), "stage");
            stages.add(new Continuum.Stage(s.requiredText("id"), s.requiredText("label"), s.text("meaning"),
                    s.text("colour"), s.pos()));
        }
        List<Continuum.Aspect> aspects = new ArrayList<>();
        for (Fields a : f.list("aspects")) {
            a.allowOnly(Set.of("id", "label", "cells"), "aspect");
            aspects.add(new Continuum.Aspect(a.requiredText("id"), a.text("label"), a.textMap("cells"), a.pos()));
        }
        return new Continuum(f.requiredText("id"), f.requiredText("title"), f.text("caption"), f.text("intro"),
                f.text("source"), List.copyOf(stages), List.copyOf(aspects), f.texts("evidenced_through"),
                f.text("after"), f.pos());
    }

    PrincipleSet principles(Path file, String display) {
        Fields f = open(file, display);
        if (f == null) {
            return null;
        }
        f.allowOnly(Set.of("id", "title", "intro", "principles"), "principle set");
        List<PrincipleSet.Principle> principles = new ArrayList<>();
        for (Fields p : f.list("principles")) {
            p.allowOnly(Set.of("id", "title", "description", "examples", "quote"), "principle");
            PrincipleSet.Quote quote = null;
            Fields q = p.child("quote");
            if (q != null) {
                q.allowOnly(Set.of("text", "attribution"), "quote");
                quote = new PrincipleSet.Quote(q.requiredText("text"), q.text("attribution"));
            }
            principles.add(new PrincipleSet.Principle(p.requiredText("id"), p.requiredText("title"),
                    p.text("description"), p.texts("examples"), quote, p.pos()));
        }
        return new PrincipleSet(f.requiredText("id"), f.requiredText("title"), f.text("intro"),
                List.copyOf(principles), f.pos());
    }

    Audit audit(Path file, String display) {
        Fields f = open(file, display);
        if (f == null) {
            return null;
        }
        f.allowOnly(Set.of("id", "version", "title", "kind", "source", "intro", "advice", "definitions", "scoring",
                "header_fields", "scales", "scale", "evidence", "sections", "closing"), "audit");
        String kind = f.text("kind") == null ? "audit" : f.text("kind");
        if (!kind.equals("audit") && !kind.equals("planning")) {
            diagnostics.error(f.pos("kind"), "unknown audit kind \"" + kind + "\"", "use `audit` or `planning`");
        }
        List<Audit.Definition> definitions = new ArrayList<>();
        for (Fields d : f.list("definitions")) {
            d.allowOnly(Set.of("term", "meaning"), "definition");
            definitions.add(new Audit.Definition(d.requiredText("term"), d.requiredText("meaning")));
        }
        Map<String, Scale> scales = scales(f);
        Audit.Evidence evidence = null;
        Fields e = f.child("evidence");
        if (e != null) {
            e.allowOnly(Set.of("label", "per"), "evidence");
            String per = e.text("per") == null ? "item" : e.text("per");
            if (!Set.of("item", "group", "section").contains(per)) {
                diagnostics.error(e.pos("per"), "\"per\" must be item, group or section, not \"" + per + "\"");
            }
            evidence = new Audit.Evidence(e.requiredText("label"), per);
        }
        String auditScale = f.text("scale");
        List<Audit.Section> sections = new ArrayList<>();
        for (Fields s : f.list("sections")) {
            s.allowOnly(Set.of("id", "title", "intro", "scale", "groups", "items"), "section");
            String sectionScale = s.text("scale") == null ? auditScale : s.text("scale");
            List<Audit.Group> groups = new ArrayList<>();
            for (Fields g : s.list("groups")) {
                g.allowOnly(Set.of("id", "title", "intro", "scale", "items"), "group");
                String groupScale = g.text("scale") == null ? sectionScale : g.text("scale");
                groups.add(new Audit.Group(g.requiredText("id"), g.requiredText("title"), g.text("intro"),
                        items(g, groupScale), g.pos()));
            }
            if (!groups.isEmpty() && s.has("items")) {
                diagnostics.error(s.pos("items"), "a section has either groups or items, not both",
                        "move these items into a group");
            }
            sections.add(new Audit.Section(s.requiredText("id"), s.requiredText("title"), s.text("intro"),
                    List.copyOf(groups), items(s, sectionScale), s.pos()));
        }
        Integer version = f.integer("version");
        if (version == null && !f.has("version")) {
            diagnostics.error(f.pos(), "missing required key \"version\"", "add `version: 1`; raise it when items change meaning");
        }
        return new Audit(f.requiredText("id"), version == null ? 1 : version, f.requiredText("title"), kind,
                f.text("source"), f.text("intro"), f.text("advice"), List.copyOf(definitions), f.text("scoring"),
                fields(f, "header_fields"), scales, evidence, List.copyOf(sections), fields(f, "closing"), f.pos());
    }

    private List<Audit.FormField> fields(Fields f, String key) {
        List<Audit.FormField> out = new ArrayList<>();
        for (Fields h : f.list(key)) {
            h.allowOnly(Set.of("id", "label"), "field");
            out.add(new Audit.FormField(h.requiredText("id"), h.requiredText("label"), h.pos()));
        }
        return List.copyOf(out);
    }

    private List<Audit.Item> items(Fields parent, String scale) {
        List<Audit.Item> out = new ArrayList<>();
        for (Fields i : parent.list("items")) {
            i.allowOnly(Set.of("id", "number", "text", "points", "descriptors", "scale"), "item");
            String itemScale = i.text("scale") == null ? scale : i.text("scale");
            out.add(new Audit.Item(i.requiredText("id"), i.text("number"), i.requiredText("text"), i.texts("points"),
                    i.textMap("descriptors"), itemScale, i.pos()));
        }
        return List.copyOf(out);
    }

    private Map<String, Scale> scales(Fields audit) {
        Map<String, Scale> out = new LinkedHashMap<>();
        Fields all = audit.child("scales");
        if (all == null) {
            diagnostics.error(audit.pos(), "missing required key \"scales\"", "name at least one scale, e.g. `scales: {text: {type: text}}`");
            return out;
        }
        JsonNode node = audit.raw("scales");
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Fields s = all.child(name);
            if (s == null) {
                continue;
            }
            s.allowOnly(Set.of("type", "continuum", "labels", "options"), "scale");
            String type = s.requiredText("type");
            Scale.Type parsed = null;
            if (type != null) {
                try {
                    parsed = Scale.Type.valueOf(type.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    diagnostics.error(s.pos("type"), "unknown scale type \"" + type + "\"", "use distribution, choice or text");
                }
            }
            List<Scale.Option> options = new ArrayList<>();
            for (Fields o : s.list("options")) {
                o.allowOnly(Set.of("id", "label", "meaning"), "option");
                options.add(new Scale.Option(o.requiredText("id"), o.requiredText("label"), o.text("meaning")));
            }
            if (parsed == Scale.Type.DISTRIBUTION && s.text("continuum") == null) {
                diagnostics.error(s.pos(), "a distribution scale needs `continuum:` naming the stages it spreads over");
            }
            if (parsed == Scale.Type.CHOICE && options.isEmpty()) {
                diagnostics.error(s.pos(), "a choice scale needs `options:`");
            }
            if (parsed != null) {
                out.put(name, new Scale(name, parsed, s.text("continuum"), s.textMap("labels"), List.copyOf(options), s.pos()));
            }
        }
        return out;
    }

    Response response(Path file, String display) {
        Fields f = open(file, display);
        if (f == null) {
            return null;
        }
        f.allowOnly(Set.of("id", "audit", "version", "title", "header", "answers", "closing"), "response");
        Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
        Map<String, SourcePos> positions = new LinkedHashMap<>();
        JsonNode raw = f.raw("answers");
        if (raw != null && raw.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = raw.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> item = it.next();
                Map<String, Object> parts = new LinkedHashMap<>();
                positions.put(item.getKey(), f.posOf("/answers/" + item.getKey()));
                if (item.getValue().isObject()) {
                    for (Iterator<Map.Entry<String, JsonNode>> p = item.getValue().fields(); p.hasNext(); ) {
                        Map.Entry<String, JsonNode> part = p.next();
                        JsonNode v = part.getValue();
                        positions.put(item.getKey() + "/" + part.getKey(),
                                f.posOf("/answers/" + item.getKey() + "/" + part.getKey()));
                        if (v.isNumber()) {
                            parts.put(part.getKey(), v.numberValue());
                        } else if (v.isValueNode() && !v.isNull()) {
                            parts.put(part.getKey(), v.asText());
                        } else if (!v.isNull()) {
                            diagnostics.error(f.posOf("/answers/" + item.getKey() + "/" + part.getKey()),
                                    "an answer must be a number or text");
                        }
                    }
                } else {
                    diagnostics.error(f.posOf("/answers/" + item.getKey()), "answers for \"" + item.getKey()
                            + "\" must be a mapping of parts to values", "for example `evidence: …`");
                }
                answers.put(item.getKey(), parts);
            }
        } else if (raw != null && !raw.isNull()) {
            diagnostics.error(f.pos("answers"), "\"answers\" must be a mapping of item ids");
        }
        Integer version = f.integer("version");
        return new Response(f.requiredText("id"), f.requiredText("audit"), version == null ? 1 : version,
                f.text("title"), f.textMap("header"), answers, f.textMap("closing"), f.pos(), positions);
    }
}
