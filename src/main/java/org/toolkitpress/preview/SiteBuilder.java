package org.toolkitpress.preview;

import java.util.ArrayList;
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
import org.toolkitpress.model.Download;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.pdf.PrintEdition;
import org.toolkitpress.theme.Theme;
import org.toolkitpress.web.WebEdition;

/**
 * Builds the preview's site in memory with the build's own stages, keeping the last good
 * Toolkit and theme so that a changed page is read and rendered again on its own. Checks always
 * run over the whole toolkit, so a page that breaks a link elsewhere is still caught.
 * The declared PDFs are listed and linked; they are made with every build when the settings
 * ask for PDFs, otherwise on demand ({@link PdfOnDemand}). Used from one thread at a time.
 */
final class SiteBuilder {

    /** The outcome of one attempt: the site to serve (the last good one on failure) and its problems. */
    record Attempt(Map<String, byte[]> files, List<Diagnostic> diagnostics, boolean ok, int rendered, boolean whole) {
    }

    private final BuildSettings settings;
    // One parser for the preview's whole life, as one build would have.
    private final Markdown markdown = Markdown.create();
    private Toolkit toolkit;
    private Theme theme;
    private Map<String, byte[]> files = Map.of();
    private boolean clean;

    SiteBuilder(BuildSettings settings) {
        this.settings = settings;
    }

    Attempt build(Plan plan) {
        // After a failed attempt the kept toolkit may be behind the files: start again from disk.
        // With PDFs on, every rebuild is whole so that no PDF is left behind its pages.
        if (!clean || plan.everything() || toolkit == null || settings.pdf()) {
            return whole();
        }
        Diagnostics diagnostics = new Diagnostics();
        Toolkit next = plan.pages().isEmpty() ? toolkit
                : Load.withPages(toolkit, plan.pages(), settings, markdown, diagnostics);
        Check.toolkit(next, settings.today(), diagnostics);
        if (diagnostics.hasErrors()) {
            return failed(diagnostics);
        }
        if (!sameNavigation(toolkit, next)) {
            // Menus, the pager and a brand's section list all follow the pages: load it all again.
            return whole();
        }
        Theme nextTheme = plan.theme() ? Theme.create(settings.files()) : theme;
        boolean everyPage = plan.theme();
        List<OutputFile> out;
        try {
            List<Download> downloads = PrintEdition.unmeasured(next, markdown, nextTheme, settings);
            out = new ArrayList<>(everyPage ? WebEdition.render(next, markdown, nextTheme, settings, downloads)
                    : WebEdition.pages(next, markdown, nextTheme, settings, sourcePaths(plan.pages()), downloads));
            // The statement counts pages and caption-only figures, which any page edit can change.
            // Rebuilds of one part happen only when PDFs are made on demand, so it lists none.
            out.add(WebEdition.accessibilityStatement(next, markdown, nextTheme, List.of()));
        } catch (RuntimeException e) {
            return templateFault(e, diagnostics);
        }
        Map<String, byte[]> merged = everyPage ? new HashMap<>() : new HashMap<>(files);
        out.forEach(f -> merged.put(f.path(), f.bytes()));
        return succeeded(next, nextTheme, merged, diagnostics, out.size(), everyPage);
    }

    private Attempt whole() {
        Diagnostics diagnostics = new Diagnostics();
        Toolkit next = Load.toolkit(settings, markdown, diagnostics);
        Check.toolkit(next, settings.today(), diagnostics);
        if (diagnostics.hasErrors()) {
            return failed(diagnostics);
        }
        Theme nextTheme = Theme.create(settings.files());
        List<OutputFile> out;
        try {
            PrintEdition.Result print = settings.pdf()
                    ? PrintEdition.render(next, markdown, nextTheme, settings, line -> { })
                    : new PrintEdition.Result(List.of(), PrintEdition.unmeasured(next, markdown, nextTheme, settings));
            out = new ArrayList<>(WebEdition.render(next, markdown, nextTheme, settings, print.downloads()));
            out.add(WebEdition.accessibilityStatement(next, markdown, nextTheme, print.files()));
            out.addAll(print.files());
        } catch (RuntimeException e) {
            return templateFault(e, diagnostics);
        }
        Map<String, byte[]> all = new HashMap<>();
        out.forEach(f -> all.put(f.path(), f.bytes()));
        return succeeded(next, nextTheme, all, diagnostics, out.size(), true);
    }

    /** The last good toolkit (null before the first good build), for making its PDFs on demand. */
    Toolkit toolkit() {
        return toolkit;
    }

    Theme theme() {
        return theme;
    }

    Markdown markdown() {
        return markdown;
    }

    private Attempt succeeded(Toolkit next, Theme nextTheme, Map<String, byte[]> site, Diagnostics diagnostics,
                              int rendered, boolean whole) {
        toolkit = next;
        theme = nextTheme;
        files = Map.copyOf(site);
        clean = true;
        return new Attempt(files, diagnostics.sorted(), true, rendered, whole);
    }

    private Attempt failed(Diagnostics diagnostics) {
        clean = false;
        return new Attempt(files, diagnostics.sorted(), false, 0, false);
    }

    private Attempt templateFault(RuntimeException e, Diagnostics diagnostics) {
        Theme.ThemeException fault = Theme.ThemeException.in(e);
        if (fault == null) {
            throw e;
        }
        diagnostics.error(fault.pos(), "the template failed: " + fault.getMessage(),
                "fix the template, or remove your copy to use the default");
        return failed(diagnostics);
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

    private static Set<String> sourcePaths(Set<String> relativePaths) {
        return relativePaths.stream().map(p -> p.substring("content/pages/".length())).collect(Collectors.toSet());
    }
}
