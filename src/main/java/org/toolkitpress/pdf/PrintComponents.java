package org.toolkitpress.pdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.markdown.RenderContext;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.ComponentRef;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.theme.Theme;
import org.toolkitpress.view.FormView;
import org.toolkitpress.view.MarkdownFunction;

/**
 * Renders embedded components for print. A template under {@code print/} wins (an audit prints
 * as a paper form with boxes); otherwise the web's {@code components/<kind>.ftlh} is used as it
 * is, styled by print.css — one template, two editions.
 */
final class PrintComponents {

    private final Toolkit toolkit;
    private final Markdown markdown;
    private final Theme theme;
    private final Map<String, String> formDownloads;

    /** {@code formDownloads}: the fillable PDF of each audit, by audit id, for "fill it in" notes. */
    PrintComponents(Toolkit toolkit, Markdown markdown, Theme theme, Map<String, String> formDownloads) {
        this.toolkit = toolkit;
        this.markdown = markdown;
        this.theme = theme;
        this.formDownloads = formDownloads;
    }

    String render(ComponentRef ref, RenderContext context, Map<String, Object> common) {
        Map<String, Object> model = new LinkedHashMap<>(common);
        model.put("md", MarkdownFunction.of(markdown, context, false));
        model.put("mdi", MarkdownFunction.of(markdown, context, true));
        switch (ref.kind()) {
            case "continuum" -> model.put("continuum", toolkit.continua().get(ref.id()));
            case "principles" -> model.put("principles", toolkit.principleSets().get(ref.id()));
            case "audit" -> {
                Audit audit = toolkit.audits().get(ref.id());
                model.put("form", FormView.of(audit, toolkit, null));
                model.put("fillable", false);
                String download = formDownloads.get(audit.id());
                model.put("fillableUrl", download == null ? "" : PrintContext.web(toolkit, download));
                model.put("fillableFile", download == null ? "" : download.substring(download.lastIndexOf('/') + 1));
            }
            case "response" -> {
                Response response = toolkit.responses().get(ref.id());
                Audit audit = toolkit.audits().get(response.audit());
                model.put("form", FormView.of(audit, toolkit, response));
            }
            default -> {
                return "";
            }
        }
        String own = "print/" + ref.kind() + ".ftlh";
        return theme.render(theme.files().exists(Theme.FOLDER + own) ? own : "components/" + ref.kind() + ".ftlh", model);
    }

    /** A file of the layered folders as an address the PDF engine may read, or "" when missing. */
    String fileUri(String relative) {
        LayeredFiles files = theme.files();
        return files.find(relative).map(p -> p.toUri().toString()).orElse("");
    }
}
