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
        return toolkit(start(settings, diagnostics), markdown, diagnostics);
    }

    /**
     * What loading starts before it needs the Markdown parser: git's history in processes of its
     * own and the schemas' compile on a thread of its own. A build starts them before it sets up
     * the parser (tens of milliseconds of the main thread's), so the first page's front matter
     * waits less for its schema.
     */
    public static final class Started {
        private final BuildSettings settings;
        private final CompletableFuture<ContentHistory> asked;
        private final DataSchemas schemas;
        private final CompletableFuture<Void> compiling;

        private Started(BuildSettings settings, CompletableFuture<ContentHistory> asked, DataSchemas schemas,
                        CompletableFuture<Void> compiling) {
            this.settings = settings;
            this.asked = asked;
            this.schemas = schemas;
            this.compiling = compiling;
        }
    }

    /** Starts loading: the history and the schemas, read by {@link #toolkit(Started, Markdown, Diagnostics)}. */
    public static Started start(BuildSettings settings, Diagnostics diagnostics) {
        // git runs in processes of its own (tens of milliseconds each): asked first, read last.
        CompletableFuture<ContentHistory> asked = CompletableFuture.supplyAsync(
                () -> GitHistory.read(settings.project(), diagnostics), task -> new Thread(task, "git history").start());
        DataSchemas schemas = DataSchemas.of(settings.files());
        CompletableFuture<Void> compiling = schemas.compileAhead(diagnostics);
        return new Started(settings, asked, schemas, compiling);
    }

    /** The toolkit loading {@code started} began, its pages and data parsed with {@code markdown}. */
    public static Toolkit toolkit(Started started, Markdown markdown, Diagnostics diagnostics) {
        BuildSettings settings = started.settings;
        LayeredFiles files = settings.files();
        PageLoader pageLoader = new PageLoader(markdown, started.schemas, diagnostics);
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        try {
            // The pages are listed and parse on the pool while this thread reads the brand,
            // toolkit.yml and the assets, which need nothing from them (docs/performance-log.md,
            // "Start-up, third pass"); at 1,000 pages listing them alone is tens of milliseconds.
            ForkJoinTask<Map<String, Path>> listed = pool.submit(() -> files.list("content/pages"));
            ForkJoinTask<List<Page>> parsing = pool.submit(() -> listed.join().entrySet().parallelStream()
                    .filter(e -> e.getKey().endsWith(".md"))
                    .map(e -> pageLoader.load(e.getKey(), e.getValue(), files.displayName(e.getValue())))
                    .filter(p -> p != null)
                    .toList());
            return withData(settings, markdown, diagnostics, started.schemas, started.asked, listed, parsing,
                    started.compiling, pool);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The toolkit: the brand and toolkit.yml read on this thread, then every data file, the
     * fonts, the SVG check and the interface strings read on {@code pool} beside the pages
     * {@code parsing} parses there; this thread waits for them in a fixed order, so what each
     * gathers (texts, letters, ids) is put together as reading them in turn did.
     */
    private static Toolkit withData(BuildSettings settings, Markdown markdown, Diagnostics diagnostics,
                                    DataSchemas schemas, CompletableFuture<ContentHistory> asked,
                                    ForkJoinTask<Map<String, Path>> listed, ForkJoinTask<List<Page>> parsing, CompletableFuture<Void> compiling,
                                    ForkJoinPool pool) {
        LayeredFiles files = settings.files();
        DataLoader data = new DataLoader(diagnostics, files, schemas, markdown);
        BrandLoader brandLoader = new BrandLoader(diagnostics, schemas, markdown);
        Brand brand = brandLoader.load(settings);
        ToolkitInfo info = Overlay.settings(data.toolkit(files.find("content/toolkit.yml").orElse(null),
                "content/toolkit.yml"), brand);
        // The language is toolkit.yml's or the brand's; nothing read later changes it.
        ForkJoinTask<Wording> wording = pool.submit(() -> new WordingLoader(files, schemas, diagnostics)
                .load(info.language(), SourcePos.file("content/toolkit.yml")));
        List<Read<Continuum>> continuaRead = readAll(pool, files, "content/data/continua", data, DataLoader::continuum);
        List<Read<PrincipleSet>> principlesRead = readAll(pool, files, "content/data/principles", data, DataLoader::principles);
        List<Read<Audit>> auditsRead = readAll(pool, files, "content/data/audits", data, DataLoader::audit);
        List<Read<Response>> responsesRead = readAll(pool, files, "content/data/responses", data, DataLoader::response);
        DataLoader fontData = data.forOneFile();
        ForkJoinTask<PrintFonts> fontsRead = pool.submit(() -> FontLoader.read(files, fontData, diagnostics));
        ForkJoinTask<?> svgChecked = pool.submit(() -> SvgAssets.check(files, brand, diagnostics));

        List<Asset> assets = new ArrayList<>();
        files.list("content/assets").forEach((relative, file) ->
                assets.add(new Asset(relative.substring("content/".length()), file)));
        listed.join().forEach((relative, file) -> {
            if (!relative.endsWith(".md")) {
                assets.add(new Asset(relative.substring(PageLoader.PAGES.length()), file));
            }
        });
        Set<String> linkedOutside = linksOutside(files, diagnostics);
        UnreadFiles.pages(files, listed.join(), diagnostics);
        for (String folder : List.of("content/data/continua", "content/data/principles", "content/data/audits",
                "content/data/responses")) {
            UnreadFiles.data(files, folder, diagnostics);
        }

        Map<String, Continuum> continua = byId(continuaRead, data, Continuum::id, Continuum::pos, "continuum", diagnostics);
        Map<String, PrincipleSet> principles = byId(principlesRead, data, PrincipleSet::id, PrincipleSet::pos,
                "principle set", diagnostics);
        Map<String, Audit> audits = byId(auditsRead, data, Audit::id, Audit::pos, "audit", diagnostics);
        Map<String, Response> responses = byId(responsesRead, data, Response::id, Response::pos, "response", diagnostics);
        PrintFonts fonts = fontsRead.join();
        data.absorb(fontData);
        svgChecked.join();
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
        Wording strings = wording.join();
        return new Toolkit(overlaid, pages, continua, principles, audits, responses, List.copyOf(assets), brand,
                history, List.copyOf(texts), linkedOutside, fonts, List.copyOf(letters), strings);
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
        List<Read<Continuum>> read = new ArrayList<>();
        // Read here, in turn: a few files, for one small command.
        dataFiles(files, "content/data/continua").forEach((relative, file) -> {
            DataLoader own = data.forOneFile();
            ForkJoinTask<Continuum> continuum = ForkJoinTask.adapt(() -> own.continuum(file, files.displayName(file)));
            continuum.invoke();
            read.add(new Read<>(continuum, own));
        });
        return byId(read, data, Continuum::id, Continuum::pos, "continuum", diagnostics);
    }

    /** How a data file of one kind is read. */
    private interface Reader<T> {
        T read(DataLoader loader, Path file, String display);
    }

    /** One data file being read, and the loader gathering its texts and letters. */
    private record Read<T>(ForkJoinTask<T> value, DataLoader loader) {
    }

    /** The YAML files of a data folder, by project-relative path. */
    private static Map<String, Path> dataFiles(LayeredFiles files, String folder) {
        Map<String, Path> out = new TreeMap<>(files.list(folder));
        out.keySet().removeIf(relative -> !relative.endsWith(".yml") && !relative.endsWith(".yaml"));
        return out;
    }

    /** Starts reading every YAML file in a data folder on {@code pool}, each with a loader of its own; in path order. */
    private static <T> List<Read<T>> readAll(ForkJoinPool pool, LayeredFiles files, String folder, DataLoader data,
                                             Reader<T> reader) {
        List<Read<T>> out = new ArrayList<>();
        dataFiles(files, folder).forEach((relative, file) -> {
            DataLoader own = data.forOneFile();
            out.add(new Read<>(pool.submit(() -> reader.read(own, file, files.displayName(file))), own));
        });
        return out;
    }

    /**
     * The files {@code read}, keyed by the id each declares, taken in path order: the first file
     * with an id keeps it and each later one is an error; each file's texts and letters go to
     * {@code data} in that order.
     */
    private static <T> Map<String, T> byId(List<Read<T>> read, DataLoader data, Function<T, String> id,
                                           Function<T, SourcePos> pos, String kind, Diagnostics diagnostics) {
        Map<String, T> out = new TreeMap<>();
        for (Read<T> one : read) {
            T value = one.value().join();
            data.absorb(one.loader());
            if (value == null || id.apply(value) == null) {
                continue;
            }
            T earlier = out.putIfAbsent(id.apply(value), value);
            if (earlier != null) {
                diagnostics.error(pos.apply(value), "the " + kind + " id \"" + id.apply(value) + "\" is also used by "
                        + pos.apply(earlier).path(), "give each " + kind + " its own id");
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
