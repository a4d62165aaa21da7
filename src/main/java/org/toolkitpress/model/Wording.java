package org.toolkitpress.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words Toolkit Press itself puts on pages and PDFs (not the editors' content), in the
 * toolkit's language: one message per key ({@code audit.export.button}), from the theme's strings
 * file with the project's and the brand's laid over it key by key (docs/rebranding.md). Templates
 * read them through {@code t("key")}, page scripts through the JSON block the layout writes.
 *
 * @param language the language tag the messages are in ({@code en-GB}); its primary subtag picks
 *                 the plural rule
 * @param messages by key, sorted
 */
public record Wording(String language, Map<String, Message> messages) {

    /** A placeholder: {@code {number}}. Any other brace is a brace. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-zA-Z0-9]*)}");
    /** The placeholder that chooses a plural message's form (as i18next's {@code count}). */
    public static final String COUNT = "count";

    /** No messages: a toolkit built in code, never rendered through the theme. */
    public static final Wording NONE = new Wording("en", Map.of());

    public Wording {
        messages = java.util.Collections.unmodifiableMap(new TreeMap<>(messages));
    }

    /**
     * One message: its forms by CLDR plural category ({@link PluralRule}); a message that does not
     * depend on a number has the one form {@code other}.
     */
    public record Message(Map<String, String> forms) {

        public Message {
            forms = Map.copyOf(forms);
        }

        public static Message plain(String text) {
            return new Message(Map.of("other", text));
        }

        public boolean isPlural() {
            return forms.size() > 1 || !forms.containsKey("other");
        }

        /** Every placeholder any form names, sorted. */
        public Set<String> placeholders() {
            Set<String> names = new java.util.TreeSet<>();
            forms.values().forEach(text -> names.addAll(placeholders(text)));
            return names;
        }

        static List<String> placeholders(String text) {
            Matcher m = PLACEHOLDER.matcher(text);
            List<String> names = new java.util.ArrayList<>();
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }

    /**
     * The message for a key with its placeholders filled. An unknown key, a placeholder given no
     * value or a plural message without a {@code count} is a fault in the template or script that
     * asks, so it throws (the theme reports it at the template's line).
     */
    public String text(String key, Map<String, ?> values) {
        Message message = messages.get(key);
        if (message == null) {
            throw new IllegalArgumentException("no interface string \"" + key + "\" (templates/strings/)");
        }
        return format(language, message, values);
    }

    public String text(String key) {
        return text(key, Map.of());
    }

    /** The messages of the given keys, for a page's scripts (unknown keys throw, as {@link #text} does). */
    public Map<String, Message> only(Collection<String> keys) {
        Map<String, Message> out = new TreeMap<>();
        for (String key : keys) {
            Message message = messages.get(key);
            if (message == null) {
                throw new IllegalArgumentException("no interface string \"" + key + "\" (templates/strings/)");
            }
            out.put(key, message);
        }
        return out;
    }

    /**
     * The one formatting rule, kept in step with {@code ToolkitStrings.text()} in strings.js
     * (src/test/resources/rules/wording-cases.json): the form is the plural category of
     * {@code count} (or {@code other} when that form is missing), and each {@code {name}} is
     * replaced by its value as text (numbers as digits, no grouping).
     */
    public static String format(String language, Message message, Map<String, ?> values) {
        String text = message.forms().get("other");
        if (message.isPlural()) {
            Object count = values.get(COUNT);
            if (!(count instanceof Number n)) {
                throw new IllegalArgumentException("a plural message needs a number named \"count\"");
            }
            text = message.forms().getOrDefault(PluralRule.category(language, n.longValue()), text);
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A name as it reads inside a sentence ("Change in {figure}"): the form the strings give for it
     * when they give one (a proper noun, another language's form), else the name with its first
     * letter lower-cased when that is a capital and the second letter is lower case ("Mean score"
     * → "mean score"), so an abbreviation ("SDQ score", "SENCo time") keeps its capitals. The
     * cases: src/test/resources/rules/in-sentence-cases.json.
     */
    public static String inSentence(String name, String given) {
        if (given != null && !given.isEmpty()) {
            return given;
        }
        if (name.codePointCount(0, name.length()) < 2) {
            return name;
        }
        int first = name.codePointAt(0);
        int second = name.codePointAt(Character.charCount(first));
        if (Character.getType(first) != Character.UPPERCASE_LETTER || Character.getType(second) != Character.LOWERCASE_LETTER) {
            return name;
        }
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first)).append(name, Character.charCount(first), name.length())
                .toString();
    }
}
