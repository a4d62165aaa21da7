package org.toolkitpress.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.toolkitpress.check.Check;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.load.Load;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.pdf.PrintEdition;
import org.toolkitpress.publish.Publish;
import org.toolkitpress.report.AuditReport;
import org.toolkitpress.report.AuditReportFiles;
import org.toolkitpress.returns.Returns;
import org.toolkitpress.search.SearchIndex;
import org.toolkitpress.theme.Theme;
import org.toolkitpress.web.WebEdition;

/**
 * One build: the stages in order. Each stage is a package with one entry point. Filling and
 * reading a PDF reuse the same stages.
 */
public final class Build {

    private Build() {
    }

    /**
     * What a build did: its diagnostics, and how much it made (nothing when it stopped on errors);
     * {@code toolkit} is what was loaded (null when the build never loaded).
     */
    public record Result(Diagnostics diagnostics, int pages, List<OutputFile> files, boolean published,
                         Toolkit toolkit) {

        public Result(Diagnostics diagnostics, int pages, List<OutputFile> files, boolean published) {
            this(diagnostics, pages, files, published, null);
        }
    }

    /**
     * Several builds at once (every brand of a project), at most {@code parallel} at a time;
     * results in the order of {@code builds}. Builds share nothing: each has its own Markdown
     * parser, Freemarker configuration and diagnostics.
     */
    public static List<Result> runAll(List<BuildSettings> builds, int parallel) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, builds.size())));
        try {
            List<Future<Result>> running = new ArrayList<>();
            for (BuildSettings settings : builds) {
                running.add(pool.submit(() -> run(settings)));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> future : running) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    public static Result run(BuildSettings settings) {
        return run(settings, line -> { });
    }

    /** Runs a build; {@code progress} hears one line per PDF as it is made. */
    public static Result run(BuildSettings settings, Consumer<String> progress) {
        return run(settings, progress, Search.INDEXED);
    }

    /**
     * What {@code check} runs: every stage of a build that writes nothing, less the search index,
     * which reports no problems and would be thrown away (0.2–0.3 s of CPU on the default content,
     * docs/performance-log.md, "The search index's CPU"). The result's files are the rest of the
     * site.
     */
    public static Result check(BuildSettings settings) {
        if (settings.write()) {
            throw new IllegalArgumentException("a check writes nothing: its settings must not write");
        }
        return run(settings, line -> { }, Search.LEFT_OUT);
    }

    /** Whether a build makes the website's search index: a build and a preview do, a check does not. */
    enum Search { INDEXED, LEFT_OUT }

    private static Result run(BuildSettings settings, Consumer<String> progress, Search search) {
        Diagnostics diagnostics = new Diagnostics();
        if (settings.write()) {
            Publish.recover(settings.output(), diagnostics);
        }
        // The history and the schemas first: they need no parser, and go on while it is set up.
        Load.Started loading = Load.start(settings, diagnostics);
        Markdown markdown = Markdown.create();
        Toolkit toolkit = Load.toolkit(loading, markdown, diagnostics);
        Check.toolkit(toolkit, settings.today(), diagnostics);
        if (diagnostics.hasErrors()) {
            return new Result(diagnostics, toolkit.pages().size(), List.of(), false, toolkit);
        }
        // Pages and the search index are written into the new site as they are made, not held to the end.
        Publish.Staging staging = settings.write() ? Publish.stage(settings.output()) : null;
        Rendered rendered = render(toolkit, markdown, Theme.create(settings.files()), settings,
                settings.pdf() ? Pdfs.MADE : Pdfs.NONE, null, Trees.RELEASE, progress, diagnostics, search, staging);
        if (rendered == null) {
            if (staging != null) {
                staging.abandon();
            }
            return new Result(diagnostics, toolkit.pages().size(), List.of(), false, toolkit);
        }
        List<OutputFile> files = rendered.all();
        if (staging == null) {
            return new Result(diagnostics, toolkit.pages().size(), files, false, toolkit);
        }
        files.forEach(staging);
        boolean published = staging.publish(diagnostics);
        return new Result(diagnostics, toolkit.pages().size(), published ? staging.published() : files, published, toolkit);
    }

    /** What becomes of the declared PDFs: made, listed on the website but made later (a preview), or left out. */
    enum Pdfs { MADE, LISTED, NONE }

    /**
     * What {@link #render} made: the website's files, its search index (written when first asked
     * for) and the PDFs. {@link #all} is the whole output in the order a build publishes it.
     */
    record Rendered(List<OutputFile> web, SearchFiles index, List<OutputFile> pdfs) {
        List<OutputFile> all() {
            List<OutputFile> files = new ArrayList<>(web);
            files.addAll(index.files());
            files.addAll(pdfs);
            return files;
        }
    }

    /**
     * Whether the pages' syntax trees outlive the render: a preview keeps them to render pages
     * again; a one-shot build releases each as the website renders it, which at 5,000 pages is
     * about a third of the memory it holds (docs/performance-log.md, "Side by side with Hugo",
     * "Memory at 5,000 pages").
     */
    enum Trees { KEEP, RELEASE }

    /**
     * The one way a checked toolkit becomes output, for a build and a preview alike: the PDFs
     * first, since the website's Downloads page and accessibility statement list their page counts
     * and sizes, then the website. {@code pages} (source paths) renders only those pages and the
     * pages that count them, for a preview that renders again what an edit touched; null renders
     * everything. The search index is always of the whole toolkit (any edit can move any entry),
     * and is written only when asked for ({@link SearchFiles}), at once when the trees are released.
     * A fault in a template becomes a diagnostic at its line and the result is null.
     */
    static Rendered render(Toolkit toolkit, Markdown markdown, Theme theme, BuildSettings settings, Pdfs pdfs,
                           Set<String> pages, Trees trees, Consumer<String> progress, Diagnostics diagnostics) {
        return render(toolkit, markdown, theme, settings, pdfs, pages, trees, progress, diagnostics, Search.INDEXED, null);
    }

    /**
     * As above, with the search index left out when {@code search} says so (a check); with a
     * {@code sink} (a build writing its whole site, {@code pages} null and the trees released)
     * the pages and the search index go to it as they are made and {@link Rendered} holds only
     * the rest.
     */
    static Rendered render(Toolkit toolkit, Markdown markdown, Theme theme, BuildSettings settings, Pdfs pdfs,
                           Set<String> pages, Trees trees, Consumer<String> progress, Diagnostics diagnostics,
                           Search search, Consumer<OutputFile> sink) {
        // Both editions and the search index publish the sections that have pages, by one rule;
        // the check before this read toolkit.yml's list as written.
        Toolkit published = toolkit.published();
        try {
            PrintEdition.Result print = switch (pdfs) {
                case MADE -> PrintEdition.render(published, markdown, theme, settings, progress);
                case LISTED -> new PrintEdition.Result(List.of(), PrintEdition.unmeasured(published, markdown, theme, settings));
                case NONE -> new PrintEdition.Result(List.of(), List.of());
            };
            // What the PDF engine refused to read (a file outside the project) stops the build.
            print.problems().forEach(diagnostics::add);
            if (diagnostics.hasErrors()) {
                return null;
            }
            // The website's templates parse on another thread meanwhile (the search index, made
            // first, leaves a core mostly free).
            WebEdition.prepare(published, theme);
            SearchFiles index = SearchFiles.NONE;
            if (search == Search.INDEXED && sink != null) {
                // Written first: the index reads the pages' trees, which the website lets go of as it renders.
                SearchIndex.write(published, markdown, print.downloads(), sink);
            } else if (search == Search.INDEXED) {
                index = new SearchFiles(published, markdown, print.downloads());
                if (trees == Trees.RELEASE) {
                    index.files();
                }
            }
            List<OutputFile> web = pages == null
                    ? WebEdition.render(published, markdown, theme, settings, print.downloads(), trees == Trees.RELEASE, sink)
                    : WebEdition.pages(published, markdown, theme, settings, pages, print.downloads());
            return new Rendered(web, index, print.files());
        } catch (RuntimeException e) {
            Theme.ThemeException fault = Theme.ThemeException.in(e);
            if (fault == null) {
                throw e;
            }
            diagnostics.error(fault.pos(), "the template failed: " + fault.getMessage(),
                    "fix the template, or remove your copy to use the default");
            return null;
        }
    }

    /** A filled PDF, or only the diagnostics when the project or the response has errors. */
    public record Filled(Result result, byte[] pdf, List<String> refused, List<String> tooLong,
                         List<PrintEdition.Undrawn> undrawn, List<org.toolkitpress.pdf.Unprinted> unprinted) {
    }

    /**
     * Fills the fillable PDF of a response's audit: loads and checks the project with the response
     * file beside its own responses (so a wrong item or a total that is not 100 is reported), then
     * renders the form with the answers in its fields.
     */
    public static Filled fill(BuildSettings settings, Path responseFile) {
        Diagnostics diagnostics = new Diagnostics();
        Markdown markdown = Markdown.create();
        Toolkit toolkit = Load.toolkit(settings, markdown, diagnostics);
        Response response = Load.response(settings, responseFile, responseFile.toString(), diagnostics);
        if (response != null && response.id() != null) {
            Map<String, Response> responses = new TreeMap<>(toolkit.responses());
            responses.put(response.id(), response);
            toolkit = toolkit.withResponses(Map.copyOf(responses));
        }
        Check.toolkit(toolkit, settings.today(), diagnostics);
        Result result = new Result(diagnostics, toolkit.pages().size(), List.of(), false);
        if (diagnostics.hasErrors() || response == null) {
            return new Filled(result, null, List.of(), List.of(), List.of(), List.of());
        }
        PrintEdition.Filled filled = PrintEdition.fill(toolkit, markdown, Theme.create(settings.files()), settings, response);
        return new Filled(result, filled.pdf(), filled.refused(), filled.tooLong(), filled.undrawn(), filled.unprinted());
    }

    /** The answers read from a filled PDF in the web form's response shape (null when it holds none), or the project's diagnostics. */
    public record Read(Result result, Response.Export response) {
    }

    /**
     * The ids of the project's continuum stages ({@link Continuum#stageIds}), for a new brand's
     * example stage colour: only the continua are read. The project's own problems are for
     * {@code check} to report, not the command that asked: a continuum that does not load gives
     * no ids.
     */
    public static Set<String> stageIds(BuildSettings settings) {
        return Continuum.stageIds(Load.continua(settings, Markdown.create(), new Diagnostics()).values());
    }

    /**
     * Reads a filled PDF's answers as a response, using the project to know its audits. The PDF
     * form cannot enforce the audit's rules (PDF/A allows no scripts), so the answers are checked
     * here as a response file would be; what is wrong in them is a warning, not an error: they
     * are a school's answers, to be read in full, not content to fix. {@code name} is the PDF's
     * path as the user gave it, for those warnings.
     */
    public static Read read(BuildSettings settings, byte[] pdf, String name) {
        Diagnostics diagnostics = new Diagnostics();
        Toolkit toolkit = Load.toolkit(settings, Markdown.create(), diagnostics);
        if (diagnostics.hasErrors()) {
            return new Read(new Result(diagnostics, toolkit.pages().size(), List.of(), false), null);
        }
        SourcePos from = SourcePos.file(name);
        Response response = PrintEdition.read(pdf, toolkit, from, diagnostics);
        if (response != null) {
            Diagnostics answers = new Diagnostics();
            Check.answers(toolkit, response, answers);
            answers.sorted().forEach(d -> diagnostics.warning(d.pos(), d.message(), d.hint()));
        }
        return new Read(new Result(diagnostics, toolkit.pages().size(), List.of(), false),
                response == null ? null : response.exported());
    }

    /**
     * What a report across returns did: the project's diagnostics, the folder as read (null when
     * the project has errors), the report and whether it was written to the settings' output.
     */
    public record ReturnsReport(Result result, Returns.Folder folder, AuditReport.Report report, boolean published) {
    }

    /**
     * The local authority's report across the returns in {@code folder}: loads the project (its
     * audits say what the answers mean), reads every file there as a return of {@code audit} (or of
     * the audit most files answer), and publishes the report when at least one file was read.
     */
    public static ReturnsReport auditReport(BuildSettings settings, Path folder, String audit, AuditReport.Options options) {
        Diagnostics diagnostics = new Diagnostics();
        Markdown markdown = Markdown.create();
        Toolkit toolkit = Load.toolkit(settings, markdown, diagnostics);
        if (diagnostics.hasErrors()) {
            return new ReturnsReport(new Result(diagnostics, toolkit.pages().size(), List.of(), false, toolkit), null, null, false);
        }
        Returns.Folder read = Returns.read(folder, toolkit, settings, audit);
        if (options.point() != null && !AuditReport.hasPoint(read.audit(), options.point())) {
            // The caller refuses the point by name; nothing is worked out or written.
            return new ReturnsReport(new Result(diagnostics, toolkit.pages().size(), List.of(), false, toolkit), read, null, false);
        }
        AuditReport.Report report = AuditReport.of(read, toolkit, options);
        boolean published = false;
        List<OutputFile> files = List.of();
        if (!read.read().isEmpty()) {
            files = AuditReportFiles.render(report, toolkit, Theme.create(settings.files()));
            published = settings.write() && Publish.site(files, settings.output(), diagnostics);
        }
        return new ReturnsReport(new Result(diagnostics, toolkit.pages().size(), files, published, toolkit), read, report, published);
    }
}
