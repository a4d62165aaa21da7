package org.toolkitpress.view;

import java.util.LinkedHashMap;
import java.util.Map;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.markdown.RenderContext;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.ComponentRef;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.Toolkit;

/**
 * What a component template ({@code components/<kind>.ftlh}) sees, the same in every edition:
 * the values every page template sees, the component's data, and {@code md}/{@code mdi} to
 * render the Markdown inside it with the embedding page's links.
 */
public final class ComponentModel {

    private ComponentModel() {
    }

    /** The model for a component, or null for a kind no template renders. */
    public static Map<String, Object> of(ComponentRef ref, Toolkit toolkit, Markdown markdown, RenderContext context,
                                         Map<String, Object> common) {
        Map<String, Object> model = new LinkedHashMap<>(common);
        model.put("md", MarkdownFunction.of(markdown, context, false));
        model.put("mdi", MarkdownFunction.of(markdown, context, true));
        switch (ref.kind()) {
            case "continuum" -> model.put("continuum", toolkit.continua().get(ref.id()));
            case "principles" -> model.put("principles", toolkit.principleSets().get(ref.id()));
            case "audit" -> {
                Audit audit = toolkit.audits().get(ref.id());
                model.put("form", FormView.of(audit, toolkit, null));
                titledBy(model, ref, audit.title());
            }
            case "response" -> {
                Response response = toolkit.responses().get(ref.id());
                Audit audit = toolkit.audits().get(response.audit());
                model.put("form", FormView.of(audit, toolkit, response));
                titledBy(model, ref, response.title());
            }
            default -> {
                return null;
            }
        }
        return model;
    }

    /** {@code titledBy}: the id of the heading above that already gives the component's title, if one does. */
    private static void titledBy(Map<String, Object> model, ComponentRef ref, String title) {
        String heading = ref.headingSaying(title);
        if (heading != null) {
            model.put("titledBy", heading);
        }
    }
}
