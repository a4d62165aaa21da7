package org.toolkitpress.theme;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import freemarker.template.utility.StringUtil;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.toolkitpress.model.PluralRule;
import org.toolkitpress.model.Wording;

/**
 * The template functions that read the interface strings ({@link Wording}):
 * {@code t("key")} or {@code t("key", {"number": n})} gives a message, its text escaped for
 * HTML text and double-quoted attributes ({@code & < > "}: an apostrophe stays as written, as it
 * was when the words were in the templates) and its values as Freemarker escapes any value; a value that is markup (a link made in the template, {@code <#assign l><a …>…</a></#assign>})
 * goes into the escaped message as it is, and the answer is then markup; {@code scriptStrings("audit.", "search.")} gives the {@code <script
 * type="application/json" data-strings>} block that page scripts read their messages from, holding
 * only the keys that start with the prefixes named; {@code tPlain("key")} gives a message as a plain
 * string.
 */
final class WordingFunctions {

    private WordingFunctions() {
    }

    /** A call of {@code t} or {@code tPlain}: the key, and the placeholder values as the template gives them. */
    private record Call(String key, Map<String, TemplateModel> values) {
    }

    /** The key and the hash of values a call gives, or a fault that says how to call {@code name}. */
    private static Call call(List<?> arguments, String name, String example) throws TemplateModelException {
        if (arguments.isEmpty() || arguments.size() > 2 || !(arguments.get(0) instanceof TemplateScalarModel key)) {
            throw new TemplateModelException(name + " takes a key and, optionally, a hash of placeholder values: " + example);
        }
        Map<String, TemplateModel> values = new LinkedHashMap<>();
        if (arguments.size() == 2) {
            if (!(arguments.get(1) instanceof TemplateHashModelEx hash)) {
                throw new TemplateModelException(name + "'s second argument must be a hash: {\"number\": 1}");
            }
            TemplateModelIterator keys = hash.keys().iterator();
            while (keys.hasNext()) {
                String value = ((TemplateScalarModel) keys.next()).getAsString();
                values.put(value, hash.get(value));
            }
        }
        return new Call(key.getAsString(), values);
    }

    static TemplateMethodModelEx text(Wording wording) {
        return (List arguments) -> {
            Call call = call(arguments, "t", "t(\"footnote.back\", {\"number\": 1})");
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, String> markup = new LinkedHashMap<>();
            for (Map.Entry<String, TemplateModel> given : call.values().entrySet()) {
                String name = given.getKey();
                TemplateModel value = given.getValue();
                if (value instanceof TemplateNumberModel n) {
                    values.put(name, n.getAsNumber());
                    continue;
                }
                // Text and markup are held by a mark no message can hold until the message is
                // escaped: text escaped as Freemarker escapes any ${value}, markup (a link
                // inside a sentence) as it is.
                String mark = "\u0000" + markup.size() + "\u0000";
                if (value instanceof TemplateMarkupOutputModel<?> html) {
                    markup.put(mark, html.getOutputFormat().getMarkupString(cast(html)));
                } else if (value instanceof TemplateScalarModel scalar) {
                    markup.put(mark, HTMLOutputFormat.INSTANCE.escapePlainText(scalar.getAsString()));
                } else if (value != null) {
                    markup.put(mark, HTMLOutputFormat.INSTANCE.escapePlainText(String.valueOf(DeepUnwrap.unwrap(value))));
                } else {
                    continue;
                }
                values.put(name, mark);
            }
            try {
                String html = escape(wording.text(call.key(), values));
                for (Map.Entry<String, String> m : markup.entrySet()) {
                    html = html.replace(m.getKey(), m.getValue());
                }
                return Theme.markup(html);
            } catch (IllegalArgumentException e) {
                throw new TemplateModelException(e.getMessage(), e);
            }
        };
    }

    /**
     * {@code tPlain("key")}: the message as plain text, not markup, for a word a template goes on
     * to work with as a string (joined into a field's name, lower-cased); it is escaped where it is
     * output, as any string is. Values are numbers or text.
     */
    static TemplateMethodModelEx plainText(Wording wording) {
        return (List arguments) -> {
            Call call = call(arguments, "tPlain", "tPlain(\"audit.figure.total\")");
            Map<String, Object> values = new LinkedHashMap<>();
            for (Map.Entry<String, TemplateModel> given : call.values().entrySet()) {
                TemplateModel value = given.getValue();
                if (value instanceof TemplateNumberModel n) {
                    values.put(given.getKey(), n.getAsNumber());
                } else if (value instanceof TemplateScalarModel scalar) {
                    values.put(given.getKey(), scalar.getAsString());
                } else if (value != null) {
                    throw new TemplateModelException("tPlain takes numbers and text as values; {" + given.getKey()
                            + "} is markup or another kind");
                }
            }
            try {
                return new freemarker.template.SimpleScalar(wording.text(call.key(), values));
            } catch (IllegalArgumentException e) {
                throw new TemplateModelException(e.getMessage(), e);
            }
        };
    }

    /**
     * {@code inSentence(name, given)}: a name as it reads inside a sentence, the strings' own form
     * when {@code given} is not empty ({@link Wording#inSentence}).
     */
    static TemplateMethodModelEx inSentence() {
        return (List arguments) -> {
            if (arguments.size() != 2 || !(arguments.get(0) instanceof TemplateScalarModel name)
                    || !(arguments.get(1) instanceof TemplateScalarModel given)) {
                throw new TemplateModelException("inSentence takes a name and the form the strings give for it: "
                        + "inSentence(tPlain(\"audit.figure.mean\"), tPlain(\"audit.figure.mean.in-sentence\"))");
            }
            return new freemarker.template.SimpleScalar(Wording.inSentence(name.getAsString(), given.getAsString()));
        };
    }

    /**
     * A message's own text escaped for HTML as the templates held it before it moved to the strings
     * file: {@code & < > "}, an apostrophe left as written (Freemarker's {@code XMLEncNA}).
     */
    static String escape(String text) {
        return StringUtil.XMLEncNA(text);
    }

    @SuppressWarnings("unchecked")
    private static <M extends TemplateMarkupOutputModel<M>> M cast(TemplateMarkupOutputModel<?> html) {
        return (M) html;
    }

    /**
     * {@code scriptStrings(prefix...)}. Every page asks for the same blocks (the layout's search
     * words), so each block is made once per build, for the prefixes it was asked with.
     */
    static TemplateMethodModelEx scriptStrings(Wording wording) {
        Map<List<String>, Object> made = new ConcurrentHashMap<>();
        return (List arguments) -> {
            List<String> prefixes = new ArrayList<>();
            for (Object argument : arguments) {
                if (!(argument instanceof TemplateScalarModel prefix)) {
                    throw new TemplateModelException("scriptStrings takes key prefixes: scriptStrings(\"audit.\")");
                }
                prefixes.add(prefix.getAsString());
            }
            return made.computeIfAbsent(List.copyOf(prefixes), p -> {
                Map<String, Wording.Message> chosen = new TreeMap<>();
                wording.messages().forEach((k, m) -> {
                    if (p.stream().anyMatch(k::startsWith)) {
                        chosen.put(k, m);
                    }
                });
                return Theme.markup("<script type=\"application/json\" data-strings>" + json(wording.language(), chosen) + "</script>");
            });
        };
    }

    /**
     * The block's JSON: {@code {"language": …, "messages": {key: text, or {category: text}}}},
     * plural forms in CLDR's order. Written by Jackson, with {@code < > &} and the two line
     * separators as \\u escapes, so no message can end the script element or be read as markup.
     */
    static String json(String language, Map<String, Wording.Message> messages) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setCharacterEscapes(SCRIPT_SAFE);
            json.writeStartObject();
            json.writeStringField("language", language);
            json.writeObjectFieldStart("messages");
            for (Map.Entry<String, Wording.Message> e : messages.entrySet()) {
                Wording.Message m = e.getValue();
                if (!m.isPlural()) {
                    json.writeStringField(e.getKey(), m.forms().get("other"));
                    continue;
                }
                json.writeObjectFieldStart(e.getKey());
                for (String category : PluralRule.CATEGORIES) {
                    if (m.forms().containsKey(category)) {
                        json.writeStringField(category, m.forms().get(category));
                    }
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string", e);
        }
        return out.toString();
    }

    private static final JsonFactory JSON = new JsonFactory();

    /** JSON's own escapes, and {@code < > &} U+2028 U+2029 as \\u escapes: safe inside a script element. */
    private static final CharacterEscapes SCRIPT_SAFE = new CharacterEscapes() {
        private static final long serialVersionUID = 1L;
        private final int[] escapes = standardAsciiEscapesForJSON();

        {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return c == 0x2028 || c == 0x2029 ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", c)) : null;
        }
    };
}
