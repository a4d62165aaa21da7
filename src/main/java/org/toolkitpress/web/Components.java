package org.toolkitpress.web;

import java.util.Map;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.markdown.RenderContext;
import org.toolkitpress.model.ComponentRef;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.theme.Theme;
import org.toolkitpress.view.ComponentModel;

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
        Map<String, Object> model = ComponentModel.of(ref, toolkit, markdown, context, common);
        if (model == null) {
            return "";
        }
        return theme.render("components/" + ref.kind() + ".ftlh", model);
    }
}
