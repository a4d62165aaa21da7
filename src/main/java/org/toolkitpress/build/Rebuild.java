package org.toolkitpress.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.toolkitpress.check.Check;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.load.Load;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.pdf.PrintEdition;
import org.toolkitpress.theme.Theme;

/**
 * A build in memory after an edit, for the preview: the same stages and the same render function
 * as {@link Build#run}, but from the last good build, so that a changed page is read and
 * rendered again on its own. Checks always run over the whole toolkit, so a page that breaks a
 * link elsewhere is still caught. The declared PDFs are made with every build when the settings
 * ask for PDFs; otherwise they are listed, and each is made when asked for ({@link #pdf}).
 * Nothing is written.
 */
public final class Rebuild {

    private Rebuild() {
    }

    /**
     * A site in memory: the last good toolkit and theme (null before the first good build), its
     * pages, assets and PDFs by path, its search index (written when first asked for: a save is
     * served without waiting for it), and whether it was built from the files as they are on disk
     * (false after a failed attempt, whose edit it does not hold).
     */
    public record Site(Toolkit toolkit, Theme theme, Map<String, byte[]> files, SearchFiles index, boolean current) {

        /** Before the first build. */
        public static final Site NONE = new Site(null, null, Map.of(), SearchFiles.NONE, false);

        Site behind() {
            return new Site(toolkit, theme, files, index, false);
        }
    }

    /**
     * True for a file the site's pages draw on as they load (stylesheets, scripts, images):
     * not a page, a PDF, or the search index (loaded only when a reader searches).
     */
    public static boolean isPageAsset(String path) {
        return !path.endsWith(".html") && !path.endsWith(".pdf") && !SearchFiles.isIndexFile(path);
    }

    /**
     * The outcome of one attempt: the site to serve (the last good one when it failed), the
     * attempt's problems, how many files it rendered (the search index, written later, is not
     * counted) and whether it rendered the whole site.
     */
    public record Attempt(Site site, List<Diagnostic> diagnostics, boolean ok, int rendered, boolean whole) {
    }

    /** Builds again what {@code change} touches, from {@code last}. */
    public static Attempt after(Change change, Site last, BuildSettings settings, Markdown markdown) {
        // After a failed attempt the kept toolkit may be behind the files: start again from disk.
        // With PDFs on, every rebuild is whole so that no PDF is left behind its pages.
        if (!last.current() || change.everything() || settings.pdf()) {
            return whole(last, settings, markdown);
        }
        Diagnostics diagnostics = new Diagnostics();
        Toolkit next = change.pages().isEmpty() ? last.toolkit()
                : Load.withPages(last.toolkit(), change.pages(), settings, markdown, diagnostics);
        Check.toolkit(next, settings.today(), diagnostics);
        if (diagnostics.hasErrors()) {
            return failed(last, diagnostics);
        }
        if (!sameNavigation(last.toolkit(), next)) {
            // Menus, the pager and a brand's section list all follow the pages: load it all again.
            return whole(last, settings, markdown);
        }
        Theme theme = change.theme() ? Theme.create(settings.files()) : last.theme();
        Build.Rendered out = Build.render(next, markdown, theme, settings, Build.Pdfs.LISTED,
                change.theme() ? null : sourcePaths(change.pages()), Build.Trees.KEEP, line -> { }, diagnostics);
        if (out == null) {
            return failed(last, diagnostics);
        }
        return built(next, theme, change.theme() ? Map.of() : last.files(), out, diagnostics, change.theme());
    }

    private static Attempt whole(Site last, BuildSettings settings, Markdown markdown) {
        Diagnostics diagnostics = new Diagnostics();
        Toolkit next = Load.toolkit(settings, markdown, diagnostics);
        Check.toolkit(next, settings.today(), diagnostics);
        if (diagnostics.hasErrors()) {
            return failed(last, diagnostics);
        }
        Theme theme = Theme.create(settings.files());
        Build.Rendered out = Build.render(next, markdown, theme, settings,
                settings.pdf() ? Build.Pdfs.MADE : Build.Pdfs.LISTED, null, Build.Trees.KEEP, line -> { }, diagnostics);
        if (out == null) {
            return failed(last, diagnostics);
        }
        return built(next, theme, Map.of(), out, diagnostics, true);
    }

    /** A good attempt: {@code kept} with what was rendered put over it, and the new site's index. */
    private static Attempt built(Toolkit toolkit, Theme theme, Map<String, byte[]> kept, Build.Rendered out,
                                 Diagnostics diagnostics, boolean whole) {
        Map<String, byte[]> files = new HashMap<>(kept);
        out.web().forEach(f -> files.put(f.path(), f.bytes()));
        out.pdfs().forEach(f -> files.put(f.path(), f.bytes()));
        return new Attempt(new Site(toolkit, theme, Map.copyOf(files), out.index(), true), diagnostics.sorted(), true,
                out.web().size() + out.pdfs().size(), whole);
    }

    /** An attempt that did not build: {@code last} is still served, and the next attempt starts from disk. */
    public static Attempt failed(Site last, Diagnostics diagnostics) {
        return new Attempt(last.behind(), diagnostics.sorted(), false, 0, false);
    }

    /**
     * The one declared PDF at {@code path} (as downloads/guide.pdf) made from {@code site}, or
     * null when no edition has that path or the site has never built.
     */
    public static OutputFile pdf(Site site, String path, BuildSettings settings, Markdown markdown) {
        if (site.toolkit() == null) {
            return null;
        }
        return PrintEdition.renderOne(site.toolkit().published(), markdown, site.theme(), settings, path);
    }

    /** True when no page was added or removed and nothing that menus, lists or the pager show changed. */
    private static boolean sameNavigation(Toolkit before, Toolkit after) {
        if (before.pages().size() != after.pages().size()) {
            return false;
        }
        for (int i = 0; i < before.pages().size(); i++) {
            Page a = before.pages().get(i);
            Page b = after.pages().get(i);
            if (!a.sourcePath().equals(b.sourcePath()) || !a.url().equals(b.url()) || !a.section().equals(b.section())
                    || !Objects.equals(a.title(), b.title()) || a.order() != b.order()
                    || !Objects.equals(a.front().summary(), b.front().summary())
                    || !Objects.equals(a.front().lastReviewed(), b.front().lastReviewed())) {
                return false;
            }
        }
        return true;
    }

    /** Source paths as pages know them, from project-relative paths ({@code content/pages/a.md} → {@code a.md}). */
    private static Set<String> sourcePaths(Set<String> relativePaths) {
        return relativePaths.stream().map(p -> p.substring("content/pages/".length())).collect(Collectors.toSet());
    }
}
