package org.toolkitpress.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.toolkitpress.check.Check;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.load.Load;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.publish.Publish;
import org.toolkitpress.theme.Theme;
import org.toolkitpress.web.WebEdition;

/** One build: the stages in order. Each stage is a package with one entry point. */
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

    /** A template fault somewhere in the cause chain (parallel rendering may wrap it). */
    private static Theme.ThemeException themeFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Theme.ThemeException fault) {
                return fault;
            }
        }
        return null;
    }

    public static Result run(BuildSettings settings) {
        Diagnostics diagnostics = new Diagnostics();
        Markdown markdown = Markdown.create();
        Toolkit toolkit = Load.toolkit(settings, markdown, diagnostics);
        Check.toolkit(toolkit, settings.today(), diagnostics);
        if (diagnostics.hasErrors()) {
            return new Result(diagnostics, toolkit.pages().size(), List.of(), false, toolkit);
        }
        Theme theme = Theme.create(settings.files());
        List<OutputFile> web;
        try {
            web = new ArrayList<>(WebEdition.render(toolkit, markdown, theme, settings));
            web.add(WebEdition.accessibilityStatement(toolkit, markdown, theme, List.of()));
        } catch (RuntimeException e) {
            Theme.ThemeException fault = themeFault(e);
            if (fault == null) {
                throw e;
            }
            diagnostics.error(fault.pos(), "the template failed: " + fault.getMessage(),
                    "fix the template, or remove your copy to use the default");
            return new Result(diagnostics, toolkit.pages().size(), List.of(), false, toolkit);
        }
        if (settings.write()) {
            Publish.site(web, settings.output());
        }
        return new Result(diagnostics, toolkit.pages().size(), web, settings.write(), toolkit);
    }
}
