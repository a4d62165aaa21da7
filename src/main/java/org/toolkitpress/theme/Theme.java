package org.toolkitpress.theme;

import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.model.SourcePos;

/**
 * The theme: the one Freemarker configuration of a build, reading templates through the layered
 * resolver so a brand or project can replace any template. Locked down: templates cannot
 * instantiate Java classes or reach the Java API, and auto-escape HTML ({@code .ftlh}).
 */
public final class Theme {

    public static final String FOLDER = "templates/";
    /** The folder name that reaches the layers below the top one (see the template loader). */
    public static final String BASE = "base";

    private final Configuration configuration;
    private final LayeredFiles files;

    private Theme(Configuration configuration, LayeredFiles files) {
        this.configuration = configuration;
        this.files = files;
    }

    public static Theme create(LayeredFiles files) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_35);
        config.setTemplateLoader(new LayeredTemplateLoader(files));
        config.setDefaultEncoding("UTF-8");
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(true);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setLocale(Locale.UK);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        // Model records read as `${stage.label}`, like bean properties.
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        config.setObjectWrapper(wrapper.build());
        return new Theme(config, files);
    }

    /** Renders a template with a data model. Template faults are theme bugs, so they throw. */
    public String render(String template, Map<String, Object> model) {
        try {
            Template t = configuration.getTemplate(template);
            StringWriter out = new StringWriter();
            t.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + template, e);
        } catch (TemplateException e) {
            throw new ThemeException(template, e);
        }
    }

    /** Already-rendered HTML that templates print as it is, without escaping it again. */
    public static Object markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    public LayeredFiles files() {
        return files;
    }

    /** A template that failed to render: a fault in the theme, reported with its position. */
    public static final class ThemeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SourcePos pos;

        ThemeException(String template, TemplateException cause) {
            super(cause.getMessageWithoutStackTop().lines().findFirst().orElse("template error"), cause);
            String name = cause.getTemplateSourceName() != null ? cause.getTemplateSourceName() : template;
            this.pos = cause.getLineNumber() == null ? SourcePos.file(FOLDER + name)
                    : new SourcePos(FOLDER + name, cause.getLineNumber(), cause.getColumnNumber());
        }

        public SourcePos pos() {
            return pos;
        }

        /** The template fault somewhere in a cause chain (parallel rendering may wrap it), or null. */
        public static ThemeException in(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ThemeException fault) {
                    return fault;
                }
            }
            return null;
        }
    }

    /**
     * Finds templates under templates/ in the first root that has them. A {@code base/} folder in
     * a template's name means "the same template without the top layer": a brand's
     * {@code page.ftlh} can wrap or extend the page template it replaces with
     * {@code <#include "base/page.ftlh">}. Because Freemarker resolves such a name relative to the
     * including template, a base template that itself includes {@code base/…} reaches one layer
     * further down ({@code base/base/page.ftlh}), so layers can extend each other in a chain.
     */
    private record LayeredTemplateLoader(LayeredFiles files) implements TemplateLoader {

        @Override
        public Object findTemplateSource(String name) {
            LayeredFiles layers = files;
            StringBuilder path = new StringBuilder(FOLDER);
            for (String part : name.split("/")) {
                if (part.equals(BASE)) {
                    layers = layers.roots().isEmpty() ? layers : layers.below(layers.roots().get(0).dir());
                } else {
                    path.append(path.length() == FOLDER.length() ? "" : "/").append(part);
                }
            }
            return layers.find(path.toString()).orElse(null);
        }

        @Override
        public long getLastModified(Object source) {
            try {
                return Files.getLastModifiedTime((Path) source).toMillis();
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public Reader getReader(Object source, String encoding) throws IOException {
            return new InputStreamReader(Files.newInputStream((Path) source), StandardCharsets.UTF_8);
        }

        @Override
        public void closeTemplateSource(Object source) {
        }
    }
}
