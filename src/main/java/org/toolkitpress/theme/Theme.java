package org.toolkitpress.theme;

import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Wording;

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
    private final Wording wording;
    /** {@code t}, {@code tPlain}, {@code scriptStrings} and {@code inSentence}, made once for the theme's wording. */
    private final Map<String, Object> words;

    private Theme(Configuration configuration, LayeredFiles files, Wording wording) {
        this.configuration = configuration;
        this.files = files;
        this.wording = wording;
        this.words = Map.of("t", WordingFunctions.text(wording), "tPlain", WordingFunctions.plainText(wording),
                "scriptStrings", WordingFunctions.scriptStrings(wording), "inSentence", WordingFunctions.inSentence());
    }

    /**
     * The same theme (the same configuration and parsed templates) rendering with these interface
     * strings: every template gets {@code t}, {@code tPlain} and {@code scriptStrings} ({@link WordingFunctions}).
     */
    public Theme speaking(Wording words) {
        return new Theme(configuration, files, words);
    }

    public static Theme create(LayeredFiles files) {
        Configuration config = new OneParseConfiguration(Configuration.VERSION_2_3_35);
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
        // `#attempt` would otherwise log each recovered fault, stack trace and all, on stderr.
        config.setAttemptExceptionReporter((fault, environment) -> { });
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        // Model records read as `${stage.label}`, like bean properties.
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        config.setObjectWrapper(wrapper.build());
        return new Theme(config, files, Wording.NONE);
    }

    /** Renders a template with a data model. Template faults are theme bugs, so they throw. */
    public String render(String template, Map<String, Object> model) {
        try {
            Template t = configuration.getTemplate(template);
            StringWriter out = new StringWriter();
            Map<String, Object> withWords = new java.util.HashMap<>(model);
            words.forEach(withWords::putIfAbsent);
            t.process(withWords, out);
            return out.toString();
        } catch (ParseException e) {
            throw new ThemeException(shown(e.getTemplateName(), template), e.getLineNumber(), e.getColumnNumber(),
                    "syntax error: " + ThemeException.summary(e.getEditorMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + template, e);
        } catch (TemplateException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ParseException included) {
                    // A syntax error in an included template: its own file and line are the ones to fix.
                    throw new ThemeException(shown(included.getTemplateName(), template), included.getLineNumber(),
                            included.getColumnNumber(), "syntax error: " + ThemeException.summary(included.getEditorMessage()), e);
                }
            }
            throw new ThemeException(shown(e.getTemplateSourceName(), template), e.getLineNumber(),
                    e.getColumnNumber(), ThemeException.summary(e.getMessageWithoutStackTop()), e);
        }
    }

    /**
     * A template's path as the editor finds it on disk: {@code brands/<id>/templates/page.ftlh}
     * for a brand's copy, {@code templates/page.ftlh} for the project's, {@code (built-in)/…} for
     * the default theme's.
     */
    private String shown(String name, String fallback) {
        String template = name != null ? name : fallback;
        Object source = new LayeredTemplateLoader(files).findTemplateSource(template);
        return source instanceof Path path ? files.displayName(path) : FOLDER + template;
    }

    /**
     * Parses the named templates on a thread of its own and returns at once, so that they are
     * parsed when a render first asks for them (a render asking meanwhile waits for that parse,
     * never parses again: {@link OneParseConfiguration}). Parsing the website's templates takes
     * 0.1–0.15 s of a cold build's CPU, which the build can spend while a core is otherwise free
     * (docs/performance-log.md, "Start-up, third pass"). A template that is missing or does not parse
     * is left out of the cache again, so the render that asks for it meets and reports the fault
     * exactly as it would have. The answer is done when all of them are parsed (for tests: a
     * build does not wait for it).
     */
    public CompletableFuture<Void> prepare(List<String> templates) {
        return CompletableFuture.runAsync(() -> templates.forEach(this::parse), task -> {
            Thread parsing = new Thread(task, "templates");
            parsing.setDaemon(true);
            parsing.start();
        });
    }

    private void parse(String template) {
        if (configuration instanceof OneParseConfiguration oneParse) {
            oneParse.prepare(template);
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

    /** The Freemarker configuration, for tests of its template cache. */
    Configuration configuration() {
        return configuration;
    }

    /** A template that failed to render: a fault in the theme, reported with its position. */
    public static final class ThemeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SourcePos pos;

        ThemeException(String path, Integer line, Integer column, String message, Exception cause) {
            super(message, cause);
            this.pos = line == null || line < 1 ? SourcePos.file(path)
                    : new SourcePos(path, line, column == null || column < 1 ? 1 : column);
        }

        /**
         * Freemarker's explanation without its decoration: the lines up to its tips and stack
         * ("----"), with the "[in template …]" locations (the diagnostic has the position) dropped.
         */
        static String summary(String message) {
            StringBuilder out = new StringBuilder();
            for (String line : (message == null ? "" : message).lines().toList()) {
                String text = line.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]", "")
                        .replace("==> ", "").replaceAll("\\s{2,}", " ").strip();
                if (text.startsWith("----") || text.startsWith("Tip:") || text.startsWith("FTL stack trace")) {
                    break;
                }
                if (!text.isEmpty()) {
                    out.append(out.length() == 0 ? "" : " ").append(text);
                }
            }
            return out.length() == 0 ? "template error" : out.toString();
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
     * A configuration that parses each template once. Freemarker's template cache does not hold
     * back a second thread that asks for a template while the first is still parsing it: both parse
     * it and one copy is thrown away. The website renders its pages on several threads, so the
     * first pages parsed the page, layout and audit templates twice (20 of the 85 KB a default
     * build parsed, docs/performance-log.md, "Start-up, second pass"). Every lookup, Freemarker's
     * own for an include or import included, comes through this method; a lookup of a template
     * already in the cache waits only for the moment another thread holds the same name's lock.
     */
    private static final class OneParseConfiguration extends Configuration {
        private final Map<String, Object> locks = new ConcurrentHashMap<>();

        OneParseConfiguration(freemarker.template.Version version) {
            super(version);
        }

        /**
         * Parses a template into the cache ahead of its render. Freemarker caches a failure too
         * and would answer the render with "an error on an earlier attempt", so a failure is
         * taken out of the cache before the name's lock is let go, and the render meets the
         * fault itself.
         */
        void prepare(String name) {
            synchronized (locks.computeIfAbsent(name, n -> new Object())) {
                try {
                    getTemplate(name);
                } catch (IOException | RuntimeException e) {
                    // Not reported here: the render that needs the template finds and reports it.
                    forget(name);
                }
            }
        }

        private void forget(String name) {
            try {
                removeTemplateFromCache(name);
            } catch (IOException e) {
                // Declared, but thrown only for a name Freemarker cannot normalise, which getTemplate refused first.
                throw new UncheckedIOException("cannot forget template " + name, e);
            }
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                    boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            if (name == null) {
                return super.getTemplate(null, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            }
            synchronized (locks.computeIfAbsent(name, n -> new Object())) {
                return super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            }
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
