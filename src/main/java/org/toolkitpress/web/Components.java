package org.toolkitpress.web;

import java.util.LinkedHashMap;
import java.util.Map;
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
 * Renders embedded data components through their templates
 * ({@code components/<kind>.ftlh}). Markdown inside data is rendered with the embedding page's
 * context, exposed to templates as {@code md(text)} (blocks) and {@code mdi(text)} (inline).
 */
final class Components {

    private final Toolkit toolkit;
    private final Markdown markdown;
    private final Theme theme;

    Components(Toolkit toolkit, Markdown markdown, Theme theme) {
        this.toolkit = toolkit;
        this.markdown = markdown;
        this.theme = theme;
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
        return theme.render("components/" + ref.kind() + ".ftlh", model);
    }
}
