package org.toolkitpress.build;

import java.util.List;
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

    /** What a build did: its diagnostics, and how much it made (nothing when it stopped on errors). */
    public record Result(Diagnostics diagnostics, int pages, List<OutputFile> files, boolean published) {
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
            return new Result(diagnostics, toolkit.pages().size(), List.of(), false);
        }
        Theme theme = Theme.create(settings.files());
        List<OutputFile> web;
        try {
            web = WebEdition.render(toolkit, markdown, theme, settings);
        } catch (RuntimeException e) {
            Theme.ThemeException fault = themeFault(e);
            if (fault == null) {
                throw e;
            }
            diagnostics.error(fault.pos(), "the template failed: " + fault.getMessage(),
                    "fix the template, or remove your copy to use the default");
            return new Result(diagnostics, toolkit.pages().size(), List.of(), false);
        }
        if (settings.write()) {
            Publish.site(web, settings.output());
        }
        return new Result(diagnostics, toolkit.pages().size(), web, settings.write());
    }
}
