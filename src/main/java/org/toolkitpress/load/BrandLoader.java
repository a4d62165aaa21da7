package org.toolkitpress.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Body;
import org.toolkitpress.model.Brand;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.DidYouMean;
import org.toolkitpress.model.SourcePos;

/**
 * Reads a brand overlay: {@code brand.yml} (validated against brand.schema.json), its logo and
 * favicon (which must be files inside the brand folder), and the list of content and template
 * files the overlay holds, each marked as replacing a base file or adding a new one.
 */
final class BrandLoader {

    private final Diagnostics diagnostics;
    private final DataSchemas schemas;
    private final LetterScan letters = new LetterScan();
    private final Markdown markdown;
    private final List<Body> texts = new ArrayList<>();

    BrandLoader(Diagnostics diagnostics, DataSchemas schemas, Markdown markdown) {
        this.diagnostics = diagnostics;
        this.schemas = schemas;
        this.markdown = markdown;
    }

    /** The Markdown brand.yml holds, parsed where it was written, for the check stage. */
    List<Body> texts() {
        return List.copyOf(texts);
    }

    /** The characters beyond ASCII brand.yml holds, for the check that each can be printed. */
    List<org.toolkitpress.model.Letter> letters() {
        return letters.letters();
    }

    Brand load(BuildSettings settings) {
        BuildSettings.BrandFolder folder = settings.brand();
        if (folder == null) {
            return Brand.neutral();
        }
        // The brand folder alone: a logo or favicon is looked up only here, never beside it.
        LayeredFiles own = new LayeredFiles(List.of(new LayeredFiles.Root(folder.display(), folder.dir())));
        String display = folder.display() + "/" + Configure.BRAND_FILE;
        Path file = own.find(Configure.BRAND_FILE).orElse(null);
        String text = file == null ? null : SourceText.read(file, display, SourceText.Kind.DATA, diagnostics);
        YamlTree tree = text == null ? null : YamlTree.read(text, display, 0, diagnostics);
        if (tree == null || !tree.root().isObject()) {
            if (tree != null) {
                diagnostics.error(tree.at(""), "brand.yml must be a mapping of `key: value` lines");
            }
            return named(Brand.neutral(), folder, display);
        }
        // The schema reports unknown keys and wrong shapes; read what is there.
        Fields f = new Fields(tree, schemas.validate("brand", tree, diagnostics));
        tree.checkMarkdown(markdown, diagnostics);
        MarkdownFields.parse("brand", tree, markdown, texts::add);
        letters.yaml(tree);
        Brand.Logo logo = null;
        Fields l = f.child("logo");
        if (l != null && l.text("file") != null) {
            Path logoFile = image(own, l.text("file"), l.pos("file"), folder, "logo");
            logo = logoFile == null ? null : new Brand.Logo(logoFile, l.text("alt") == null ? "" : l.text("alt"));
        }
        Path favicon = f.text("favicon") == null ? null : image(own, f.text("favicon"), f.pos("favicon"), folder, "favicon");
        Fields a = f.child("accessibility");
        Brand.Statement statement = a == null ? new Brand.Statement(null, null, List.of())
                : new Brand.Statement(a.text("contact"), a.date("tested"), a.texts("known_issues"));
        List<Brand.Link> links = new ArrayList<>();
        for (Fields link : f.list("footer_links")) {
            if (link.text("label") != null && link.text("url") != null) {
                links.add(new Brand.Link(link.text("label"), link.text("url")));
            }
        }
        return new Brand(folder.id(), f.text("name"), f.text("short_name"), logo, favicon, colours(f.child("colours")),
                contact(f.child("contact")), List.copyOf(links), f.text("licence"), f.text("base_url"),
                f.text("language"), f.texts("hide"), statement, overlay(settings.files(), own), tree.at(""),
                hidePositions(f));
    }

    /** Each hide entry's line: an entry of a list, or the key itself for a single text. */
    private static Map<String, SourcePos> hidePositions(Fields f) {
        Map<String, SourcePos> at = new LinkedHashMap<>();
        JsonNode hide = f.raw("hide");
        if (hide != null && hide.isArray()) {
            for (int i = 0; i < hide.size(); i++) {
                at.putIfAbsent(hide.get(i).asText(), f.posOf("/hide/" + i));
            }
        } else if (hide != null) {
            at.put(hide.asText(), f.pos("hide"));
        }
        return java.util.Collections.unmodifiableMap(at);
    }

    private static Brand named(Brand neutral, BuildSettings.BrandFolder folder, String display) {
        return new Brand(folder.id(), folder.id(), null, null, null, neutral.colours(), null, List.of(), null,
                null, null, List.of(), neutral.statement(), List.of(), SourcePos.file(display));
    }

    /** The SVG and PNG files beside brand.yml, by name: what a logo or icon most likely meant. */
    private static List<String> imagesBeside(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".svg") || n.toLowerCase(Locale.ROOT).endsWith(".png"))
                    .sorted().toList();
        } catch (IOException e) {
            // Only a hint is lost: the error it belongs to is reported all the same.
            return List.of();
        }
    }

    private Path image(LayeredFiles own, String relative, SourcePos pos, BuildSettings.BrandFolder folder, String what) {
        if (!LayeredFiles.isSafe(relative)) {
            diagnostics.error(pos, "the " + what + " \"" + relative + "\" is outside the brand folder; that is refused",
                    "put the file inside " + folder.display() + "/ and name it relative to it, e.g. `" + what + ".svg`");
            return null;
        }
        String lower = relative.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".svg") && !lower.endsWith(".png")) {
            diagnostics.error(pos, "the " + what + " must be an SVG or PNG file, not \"" + relative + "\"");
            return null;
        }
        Path found = own.find(relative).orElse(null);
        if (found == null) {
            List<String> images = imagesBeside(folder.dir());
            diagnostics.error(pos, "the " + what + " file \"" + relative + "\" is not in " + folder.display() + "/",
                    images.isEmpty() ? "put the file in " + folder.display() + "/, beside brand.yml"
                            : "put the file there, or name one that is: " + String.join(", ", images));
        }
        return found;
    }

    private static Brand.Colours colours(Fields c) {
        Brand.Colours n = Brand.NEUTRAL_COLOURS;
        if (c == null) {
            return n;
        }
        Map<String, String> stages = new LinkedHashMap<>();
        Map<String, SourcePos> written = new LinkedHashMap<>();
        for (String key : List.of("primary", "secondary", "accent", "link", "text", "background")) {
            if (c.has(key)) {
                written.put(key, c.pos(key));
            }
        }
        Fields s = c.child("stages");
        c.textMap("stages").forEach((stage, value) -> {
            if (value.matches("#[0-9a-fA-F]{6}")) {
                stages.put(stage, value.toLowerCase(Locale.ROOT));
                written.put("stages." + stage, s.pos(stage));
            }
        });
        return new Brand.Colours(colour(c, "primary", n.primary()), colour(c, "secondary", n.secondary()),
                colour(c, "accent", n.accent()), colour(c, "link", n.link()), colour(c, "text", n.text()),
                colour(c, "background", n.background()), java.util.Collections.unmodifiableMap(stages),
                java.util.Collections.unmodifiableMap(written));
    }

    private static String colour(Fields c, String key, String fallback) {
        String value = c.text(key);
        return value == null || !value.matches("#[0-9a-fA-F]{6}") ? fallback : value.toLowerCase(Locale.ROOT);
    }

    private static Brand.Contact contact(Fields c) {
        if (c == null) {
            return null;
        }
        return new Brand.Contact(c.text("team"), c.text("email"), c.text("phone"), c.texts("address"), c.text("web"));
    }

    /** Each file the overlay holds under content/ and templates/, and whether it replaces a base file. */
    private static List<Brand.OverlayFile> overlay(LayeredFiles files, LayeredFiles own) {
        List<Brand.OverlayFile> out = new ArrayList<>();
        for (String folder : List.of("content", "templates")) {
            own.list(folder).forEach((relative, file) -> {
                LayeredFiles base = files.below(file);
                boolean replaces = base.exists(relative);
                out.add(new Brand.OverlayFile(relative, replaces, replaces ? null : nearest(relative, base),
                        SourcePos.file(own.displayName(file))));
            });
        }
        return List.copyOf(out);
    }

    /** A base file in the same folder whose name is one or two letters away, or null. */
    private static String nearest(String relative, LayeredFiles base) {
        int slash = relative.lastIndexOf('/');
        String folder = relative.substring(0, slash);
        String name = relative.substring(slash + 1);
        String best = null;
        int bestDistance = 3;
        for (String candidate : base.list(folder).keySet()) {
            String candidateName = candidate.substring(candidate.lastIndexOf('/') + 1);
            if (candidate.lastIndexOf('/') != slash || !candidate.startsWith(folder + "/")) {
                continue;
            }
            int distance = DidYouMean.distance(name, candidateName);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }
}
