package org.toolkitpress.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Asset;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Body;
import org.toolkitpress.model.Brand;
import org.toolkitpress.model.ContentHistory;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.PrincipleSet;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Letter;
import org.toolkitpress.model.PrintFonts;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.model.ToolkitInfo;
import org.toolkitpress.model.Wording;

/**
 * Load: takes the build settings, gives the {@link Toolkit} — every page parsed and every data
 * file read. Never throws for bad content: each problem becomes a diagnostic and loading goes on.
 */
public final class Load {

    private Load() {
    }

    public static Toolkit toolkit(BuildSettings settings, Markdown markdown, Diagnostics diagnostics) {
        LayeredFiles files = settings.files();
        // git runs in processes of its own (tens of milliseconds each): asked first, read last.
        CompletableFuture<ContentHistory> asked = CompletableFuture.supplyAsync(
                () -> GitHistory.read(settings.project(), diagnostics), task -> new Thread(task, "git history").start());
        DataSchemas schemas = DataSchemas.of(files);
        CompletableFuture<Void> compiling = schemas.compileAhead(diagnostics);
        PageLoader pageLoader = new PageLoader(markdown, schemas, diagnostics);
        List<Map.Entry<String, Path>> pageFiles = files.list("content/pages").entrySet().stream()
                .filter(e -> e.getKey().endsWith(".md")).toList();
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        try {
            // The pages parse on the pool while this thread reads the brand, toolkit.yml, the data
            // files and the assets, which need nothing from them: that reading (a fifth of loading
            // the default content) no longer waits for the pages (docs/performance-log.md,
            // "Start-up, third pass").
            ForkJoinTask<List<Page>> parsing = pool.submit(() -> pageFiles.parallelStream()
                    .map(e -> pageLoader.load(e.getKey(), e.getValue(), files.displayName(e.getValue())))
                    .filter(p -> p != null)
                    .toList());
            return withData(settings, markdown, diagnostics, schemas, asked, parsing, compiling);
        } finally {
            pool.shutdown();
        }
    }

    /** The toolkit: everything but the pages read on this thread, then the pages {@code parsing} parsed meanwhile. */
    private static Toolkit withData(BuildSettings settings, Markdown markdown, Diagnostics diagnostics,
                                    DataSchemas schemas, CompletableFuture<ContentHistory> asked,
                                    ForkJoinTask<List<Page>> parsing, CompletableFuture<Void> compiling) {
        LayeredFiles files = settings.files();
        DataLoader data = new DataLoader(diagnostics, files, schemas, markdown);
        BrandLoader brandLoader = new BrandLoader(diagnostics, schemas, markdown);
        Brand brand = brandLoader.load(settings);
        ToolkitInfo info = Overlay.settings(data.toolkit(files.find("content/toolkit.yml").orElse(null),
                "content/toolkit.yml"), brand);

        Map<String, Continuum> continua = byId(files, "content/data/continua", data::continuum, Continuum::id,
                Continuum::pos, "continuum", diagnostics);
        Map<String, PrincipleSet> principles = byId(files, "content/data/principles", data::principles,
                PrincipleSet::id, PrincipleSet::pos, "principle set", diagnostics);
        Map<String, Audit> audits = byId(files, "content/data/audits", data::audit, Audit::id, Audit::pos,
                "audit", diagnostics);
        Map<String, Response> responses = byId(files, "content/data/responses", data::response, Response::id,
                Response::pos, "response", diagnostics);

        List<Asset> assets = new ArrayList<>();
        files.list("content/assets").forEach((relative, file) ->
                assets.add(new Asset(relative.substring("content/".length()), file)));
        files.list("content/pages").forEach((relative, file) -> {
            if (!relative.endsWith(".md")) {
                assets.add(new Asset(relative.substring(PageLoader.PAGES.length()), file));
            }
        });
        PrintFonts fonts = FontLoader.read(files, data, diagnostics);
        SvgAssets.check(files, brand, diagnostics);
        Set<String> linkedOutside = linksOutside(files, diagnostics);
        List<Page> pages = Overlay.visible(parsing.join(), brand, diagnostics);
        // Every schema compiled, a kind no file uses included, so its faults are in the diagnostics.
        answer(compiling);
        ContentHistory history = answer(asked);
        ToolkitInfo overlaid = Overlay.sections(info, pages, brand);
        // toolkit.yml (or the brand) names the edition; git fills in what it leaves out.
        overlaid = overlaid.withEdition(overlaid.version() != null ? overlaid.version() : history.describe(),
                overlaid.date() != null ? overlaid.date() : history.date());
        List<Body> texts = new ArrayList<>(brandLoader.texts());
        texts.addAll(data.texts());
        List<Letter> letters = new ArrayList<>(brandLoader.letters());
        letters.addAll(data.letters());
        Wording wording = new WordingLoader(files, schemas, diagnostics)
                .load(overlaid.language(), SourcePos.file("content/toolkit.yml"));
        return new Toolkit(overlaid, pages, continua, principles, audits, responses, List.copyOf(assets), brand,
                history, List.copyOf(texts), linkedOutside, fonts, List.copyOf(letters), wording);
    }

    private static <T> T answer(CompletableFuture<T> asked) {
        try {
            return asked.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The print fonts alone (templates/fonts.yml through the layers, and what each face draws). */
    public static PrintFonts fonts(BuildSettings settings, Diagnostics diagnostics) {
        LayeredFiles files = settings.files();
        return FontLoader.read(files, new DataLoader(diagnostics, files, DataSchemas.of(files), Markdown.create()), diagnostics);
    }

    /**
     * The toolkit with some pages read again, for a preview that reloads only what changed.
     * {@code relativePaths} are project-relative ({@code content/pages/a/b.md}); a path whose
     * file is gone drops that page. Everything else is kept as it was loaded.
     */
    public static Toolkit withPages(Toolkit toolkit, Set<String> relativePaths, BuildSettings settings,
                                    Markdown markdown, Diagnostics diagnostics) {
        LayeredFiles files = settings.files();
        PageLoader pageLoader = new PageLoader(markdown, DataSchemas.of(files), diagnostics);
        Map<String, Page> pages = new TreeMap<>();
        toolkit.pages().forEach(p -> pages.put(PageLoader.PAGES + p.sourcePath(), p));
        for (String relative : relativePaths) {
            pages.remove(relative);
            files.find(relative).map(file -> pageLoader.load(relative, file, files.displayName(file)))
                    .ifPresent(page -> pages.put(relative, page));
        }
        // The brand may hide pages; a reloaded page must stay hidden like the rest.
        List<Page> visible = Overlay.visible(List.copyOf(pages.values()), toolkit.brand(), diagnostics);
        return new Toolkit(toolkit.info(), visible, toolkit.continua(), toolkit.principleSets(),
                toolkit.audits(), toolkit.responses(), toolkit.assets(), toolkit.brand(), toolkit.history(),
                toolkit.texts(), toolkit.linkedOutside(), toolkit.fonts(), toolkit.letters(), toolkit.wording());
    }

    /**
     * Reads one response file from outside the content — YAML, or the JSON the web form exports
     * (JSON is YAML too) — for filling a PDF. Problems become diagnostics; null when unreadable.
     */
    public static Response response(BuildSettings settings, Path file, String display, Diagnostics diagnostics) {
        return responses(settings).read(file, display, diagnostics);
    }

    /** A reader of many response files that compiles the response schema once (a folder of returns). */
    public static ResponseReader responses(BuildSettings settings) {
        return new ResponseReader(settings.files(), DataSchemas.of(settings.files()), Markdown.create());
    }

    /** Reads response files — YAML, or the web form's JSON export — each with its own diagnostics. */
    public static final class ResponseReader {
        private final LayeredFiles files;
        private final DataSchemas schemas;
        private final Markdown markdown;

        private ResponseReader(LayeredFiles files, DataSchemas schemas, Markdown markdown) {
            this.files = files;
            this.schemas = schemas;
            this.markdown = markdown;
        }

        /** One response file; problems become diagnostics; null when unreadable. */
        public Response read(Path file, String display, Diagnostics diagnostics) {
            // The web form's export carries no id (it is not a content file): the file's name serves.
            Response response = new DataLoader(diagnostics, files, schemas, markdown).response(file, display, Set.of("id"));
            if (response == null || response.id() != null) {
                return response;
            }
            String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            return new Response(name, response.audit(), response.version(), response.title(), response.header(),
                    response.answers(), response.closing(), response.plan(), response.pos(), response.positions());
        }
    }

    /**
     * Warns about each symbolic link under content/ that points outside the project and returns
     * their paths: says why such a file is left out, instead of letting it vanish (a page) or be
     * called missing (an image), since no path may lead outside the project.
     */
    private static Set<String> linksOutside(LayeredFiles files, Diagnostics diagnostics) {
        Map<String, Path> links = files.linksOutside("content");
        links.forEach((relative, link) -> diagnostics.warning(
                SourcePos.file(files.displayName(link)),
                (relative.endsWith(".md") ? "the page is skipped: it is" : "the file is left out: it is")
                        + " a symbolic link pointing outside the project",
                "copy the file into the project instead of linking to it"));
        return Set.copyOf(links.keySet());
    }

    /**
     * The project's continua alone, keyed by id, for a command that needs only their stages
     * ({@code brand new}): no pages, brand or history read.
     */
    public static Map<String, Continuum> continua(BuildSettings settings, Markdown markdown, Diagnostics diagnostics) {
        LayeredFiles files = settings.files();
        DataLoader data = new DataLoader(diagnostics, files, DataSchemas.of(files), markdown);
        return byId(files, "content/data/continua", data::continuum, Continuum::id, Continuum::pos, "continuum", diagnostics);
    }

    /** Reads every YAML file in a data folder, keyed by the id each declares. */
    private static <T> Map<String, T> byId(LayeredFiles files, String folder, BiFunction<Path, String, T> reader,
                                           Function<T, String> id, Function<T, SourcePos> pos, String kind,
                                           Diagnostics diagnostics) {
        Map<String, T> out = new TreeMap<>();
        files.list(folder).forEach((relative, file) -> {
            if (!relative.endsWith(".yml") && !relative.endsWith(".yaml")) {
                return;
            }
            T value = reader.apply(file, files.displayName(file));
            if (value == null || id.apply(value) == null) {
                return;
            }
            T earlier = out.putIfAbsent(id.apply(value), value);
            if (earlier != null) {
                diagnostics.error(pos.apply(value), "the " + kind + " id \"" + id.apply(value) + "\" is also used by "
                        + pos.apply(earlier).path(), "give each " + kind + " its own id");
            }
        });
        return Collections.unmodifiableMap(out);
    }
}
