package org.toolkitpress.web;

import java.util.List;
import java.util.Map;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.markdown.RenderContext;
import org.toolkitpress.model.ComponentRef;
import org.toolkitpress.model.Download;
import org.toolkitpress.model.Edition;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.theme.Theme;
import org.toolkitpress.view.ComponentModel;

/**
 * Renders embedded data components through their templates
 * ({@code components/<kind>.ftlh}). Markdown inside data is rendered with the embedding page's
 * context, exposed to templates as {@code md(text)} (blocks) and {@code mdi(text)} (inline). An
 * audit also learns where its fillable PDF is published ({@code formPdf}, relative to the page),
 * when the build made one: the page fills it in the browser (audit-pdf.js).
 */
final class Components {

    private final Toolkit toolkit;
    private final Markdown markdown;
    private final Theme theme;
    private final List<Download> downloads;

    Components(Toolkit toolkit, Markdown markdown, Theme theme, List<Download> downloads) {
        this.toolkit = toolkit;
        this.markdown = markdown;
        this.theme = theme;
        this.downloads = downloads;
    }

    String render(ComponentRef ref, RenderContext context, Map<String, Object> common) {
        Map<String, Object> model = ComponentModel.of(ref, toolkit, markdown, context, common);
        if (model == null) {
            return "";
        }
        if (ref.kind().equals("audit")) {
            String pdf = formPdf(ref.id());
            if (pdf != null) {
                model.put("formPdf", common.get("root") + pdf);
            }
        }
        return theme.render(template(ref), model);
    }

    /** The template that renders a component of the reference's kind. */
    static String template(ComponentRef ref) {
        return "components/" + ref.kind() + ".ftlh";
    }

    /** The site path of the audit's fillable PDF among this build's downloads, or null (none declared, or --no-pdf). */
    private String formPdf(String audit) {
        return toolkit.info().editions().stream()
                .filter(e -> e.kind() == Edition.Kind.FORM && e.source().equals(audit)).map(Edition::path)
                .filter(path -> downloads.stream().anyMatch(d -> d.path().equals(path))).findFirst().orElse(null);
    }
}
