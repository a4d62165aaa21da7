package org.toolkitpress.pdf;

import java.util.Map;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.markdown.RenderContext;
import org.toolkitpress.model.ComponentRef;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.theme.Theme;
import org.toolkitpress.view.ComponentModel;

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
        Map<String, Object> model = ComponentModel.of(ref, toolkit, markdown, context, common);
        if (model == null) {
            return "";
        }
        if (ref.kind().equals("audit")) {
            // Inside a guide an audit prints as a paper form that points to its fillable PDF.
            model.put("fillable", false);
            String download = formDownloads.get(ref.id());
            model.put("fillableUrl", download == null ? "" : PrintContext.web(toolkit, download));
            model.put("fillableFile", download == null ? "" : download.substring(download.lastIndexOf('/') + 1));
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
