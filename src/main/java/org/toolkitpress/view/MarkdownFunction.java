package org.toolkitpress.view;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.markdown.RenderContext;
import org.toolkitpress.theme.Theme;

/**
 * The {@code md(text)} and {@code mdi(text)} template functions: Markdown inside data rendered
 * with the embedding page's context (block and inline). Both editions give them to components.
 */
public final class MarkdownFunction {

    private MarkdownFunction() {
    }

    public static TemplateMethodModelEx of(Markdown markdown, RenderContext context, boolean inline) {
        return (List arguments) -> {
            if (arguments.size() != 1) {
                throw new TemplateModelException("md takes one argument");
            }
            Object argument = arguments.get(0);
            String text = argument instanceof TemplateScalarModel scalar ? scalar.getAsString() : null;
            String html = inline ? markdown.renderInline(text, context) : markdown.renderBlock(text, context);
            return Theme.markup(html);
        };
    }
}
