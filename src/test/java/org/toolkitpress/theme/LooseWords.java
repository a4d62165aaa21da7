package org.toolkitpress.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Finds words a reader would see that a template or a page script writes itself instead of taking
 * them from templates/strings/en.yml: the scanner behind {@link LooseWordsTest}. A Welsh edition
 * replaces the strings file, so a word written anywhere else would stay English in it.
 *
 * <p>Templates (Freemarker over HTML or XML) are read by a small tokenizer, not a pattern: Freemarker
 * comments, directives ({@code <#if …>}, {@code <@macro …>}) and interpolations ({@code ${…}}, whose
 * braces, brackets and string literals it balances, so {@code ${t("a.b")}} inside an attribute's
 * quotes is one piece), HTML comments, declarations and the contents of {@code <script>},
 * {@code <style>}, {@code <code>}, {@code <kbd>} and {@code <samp>} are left out. What is left of a
 * text run between two tags, and of the value of an attribute a reader meets
 * ({@link #SHOWN_ATTRIBUTES}, and {@code value} of a button; also where a macro writes attributes
 * into its caller's tag), must hold nothing but white space, digits and the marks in {@link #MARKS}.
 * A string literal inside a Freemarker expression that reads as prose (see {@link #prose}) is found
 * too, and so is any word an interpolation in a text run writes itself
 * ({@code ${x?then("plan", "audit")}}), unless it is a key given to {@code t}, {@code tPlain},
 * {@code scriptStrings} or chosen by {@code ?then}.
 *
 * <p>Scripts are read by {@link ScriptWords}. What neither can see: a word assembled from pieces none of which reads as prose, or a single
 * lower-case word kept in a variable and shown later ({@code var w = 'saved'; box.textContent = w}).
 */
final class LooseWords {

    private LooseWords() {
    }

    /** Where a loose word is: 1-based line and column, what holds it, and the text as written. */
    record Finding(int line, int column, String where, String text) {
        @Override
        public String toString() {
            return line + ":" + column + ": " + where + ": \"" + text + "\"";
        }
    }

    /**
     * The only characters besides white space and digits that may stand in a template's text or a
     * shown attribute outside the strings file, and why: marks that read the same in English and
     * Welsh and carry no word.
     */
    static final Map<String, String> MARKS = Map.ofEntries(
            Map.entry("·", "the middle dot between the parts of a footer line or a heading, a separator"),
            Map.entry("–", "the en dash between a page's title and the site's short title in <title>, a separator"),
            Map.entry("×", "the multiplication sign, a symbol"),
            Map.entry("!", "the exclamation mark in GOV.UK's warning-text icon, hidden from screen readers (aria-hidden)"),
            Map.entry(":", "a colon after a name the strings give (\"Assessment 1: \"), punctuation both languages share"),
            Map.entry(".", "a full stop after a number or a message, punctuation both languages share"),
            Map.entry(",", "a comma between values, punctuation both languages share"),
            Map.entry("(", "brackets around a figure, punctuation both languages share"),
            Map.entry(")", "brackets around a figure, punctuation both languages share"),
            Map.entry("%", "the percent sign after a number"),
            Map.entry("/", "a slash between two values"),
            Map.entry("↩", "the footnote back-link's arrow (&#8617;), named by its aria-label from the strings"),
            Map.entry("—", "the em dash written for no value, a symbol"),
            Map.entry("-", "a hyphen or minus sign"),
            Map.entry("=", "the equals sign between a rating and its meaning in a key (\"3 = Secure\"), a symbol"),
            Map.entry(";", "a semicolon between the entries of a key, punctuation both languages share"));

    /** Attributes whose value a reader meets: on screen, by a screen reader, or as a tooltip. */
    static final Set<String> SHOWN_ATTRIBUTES = Set.of("alt", "title", "aria-label", "aria-description",
            "aria-roledescription", "aria-valuetext", "aria-placeholder", "placeholder", "label");

    /**
     * Elements whose contents are not text to word: a script, a style sheet, and what is typed or
     * read as written (a command line in {@code <code>}, a key in {@code <kbd>}, output in {@code <samp>}).
     */
    private static final Set<String> TYPED_OR_CODE = Set.of("script", "style", "code", "kbd", "samp");

    /**
     * A macro that writes attributes into its caller's tag ({@code <#macro pointData point>
     * data-point="${point.id}"}): to the tokenizer, text; to the browser, attributes.
     */
    private static final Pattern ATTRIBUTES_WRITTEN = Pattern.compile("(\\s*(?:data-[a-z0-9-]+|[a-z][a-z0-9-]*=\"[^\"]*\"))+\\s*");

    /** Input types whose {@code value} is the button's visible label. */
    private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");

    /**
     * String literals that read like prose but are not shown, each with why. Kept tiny: a message a
     * reader may see belongs in the strings file, however it reaches the page.
     */
    static final Map<String, String> TECHNICAL_LITERALS = Map.of(
            "use strict", "the directive that puts a script in strict mode, read by the engine",
            "toolkit report audits", "a command typed as written, the same in every language (report-page.js {command})",
            "no fetch", "a reason kept in an Error that only the script itself compares (audit-pdf.js), never shown");

    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(?:\\.[a-z][a-z0-9-]*)+\\.?");
    private static final Pattern CLASS_LIST = Pattern.compile("\\s*[a-z][a-z0-9]*(?:-[a-z0-9]+)+-?(?:\\s+[a-z][a-z0-9]*(?:-[a-z0-9]*)*)*\\s*"
            + "|\\s*(?:[a-z][a-z0-9]*(?:-[a-z0-9]*)*\\s+)+[a-z][a-z0-9]*(?:-[a-z0-9]+)+-?\\s*");

    /** What is left of a template's text or a shown attribute (entities decoded) carries a word or an unlisted mark. */
    static boolean wordy(String residual) {
        String text = Parser.unescapeEntities(residual, false);
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && c != '\u00a0' && !Character.isDigit(c)
                && !MARKS.containsKey(new String(Character.toChars(c))));
    }

    /**
     * A literal that reads as prose: a word of two letters or more next to a space (words joined
     * into a sentence, or a piece of one: {@code 'question '}), or a capitalised word with more than
     * one letter after it ({@code 'Item'}, a heading) — and not a selector or a rule of CSS.
     */
    static boolean prose(String literal) {
        if (TECHNICAL_LITERALS.containsKey(literal.strip())) {
            return false;
        }
        if (literal.matches("(?s).*[\\[\\]{}=#@<>].*") || literal.startsWith(".")) {
            return false;
        }
        boolean spaced = literal.matches("(?s).*(\\p{L}{2,}\\s|\\s\\p{L}{2,}).*");
        boolean capitalised = literal.matches("(?s)\\p{Lu}\\p{Ll}+(\\s.*)?") && !literal.matches("\\p{Lu}\\p{Ll}+\\p{Lu}.*");
        return (spaced || capitalised) && !CLASS_LIST.matcher(literal).matches();
    }

    // ---------------------------------------------------------------- templates

    /** The loose words of one template's text. */
    static List<Finding> inTemplate(String template) {
        return new TemplateScan(template).scan();
    }

    private static final class TemplateScan {
        private final String s;
        private final int[] lineStarts;
        private final List<Finding> found = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private int runStart = -1;
        private int runEnd = -1;

        TemplateScan(String s) {
            this.s = s;
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        List<Finding> scan() {
            int i = 0;
            while (i < s.length()) {
                if (s.startsWith("<#--", i) || s.startsWith("[#--", i)) {
                    flush();
                    i = after(s.startsWith("<") ? "-->" : "--]", i + 4);
                } else if (s.startsWith("<!--", i)) {
                    flush();
                    i = after("-->", i + 4);
                } else if (s.startsWith("${", i) || s.startsWith("#{", i)) {
                    // Part of the run (its words are the strings'), but not of what is checked.
                    mark(i);
                    i = expression(i + 2, '}', true);
                    runEnd = i;
                } else if (ftlTag(i)) {
                    flush();
                    i = expression(i + 2, '>', false);
                } else if (s.startsWith("<!", i) || s.startsWith("<?", i)) {
                    flush();
                    i = after(">", i + 2);
                } else if (s.charAt(i) == '<' && i + 1 < s.length() && (Character.isLetter(s.charAt(i + 1))
                        || s.charAt(i + 1) == '/' && i + 2 < s.length() && Character.isLetter(s.charAt(i + 2)))) {
                    flush();
                    i = tag(i);
                } else {
                    mark(i);
                    run.append(s.charAt(i));
                    i++;
                    runEnd = i;
                }
            }
            flush();
            return found;
        }

        private boolean ftlTag(int i) {
            return s.startsWith("<#", i) || s.startsWith("</#", i) || s.startsWith("<@", i) || s.startsWith("</@", i);
        }

        private void mark(int i) {
            if (runStart < 0) {
                runStart = i;
            }
        }

        private void flush() {
            if (runStart >= 0 && ATTRIBUTES_WRITTEN.matcher(run).matches()) {
                // Attributes a macro writes: each shown one is checked as in a tag.
                java.util.regex.Matcher pair = Pattern.compile("([a-z][a-z0-9-]*)=\"([^\"]*)\"").matcher(run);
                while (pair.find()) {
                    if (SHOWN_ATTRIBUTES.contains(pair.group(1)) && wordy(pair.group(2))) {
                        add(runStart, "attribute " + pair.group(1), s.substring(runStart, runEnd).strip());
                    }
                }
            } else if (runStart >= 0 && wordy(run.toString())) {
                String shown = s.substring(runStart, runEnd);
                int lead = shown.length() - shown.stripLeading().length();
                add(runStart + lead, "text", shown.strip());
            }
            run.setLength(0);
            runStart = -1;
        }

        private void add(int at, String where, String text) {
            int line = 0;
            while (line + 1 < lineStarts.length && lineStarts[line + 1] <= at) {
                line++;
            }
            found.add(new Finding(line + 1, at - lineStarts[line] + 1, where, text.replaceAll("\\s+", " ")));
        }

        private int after(String end, int from) {
            int at = s.indexOf(end, from);
            return at < 0 ? s.length() : at + end.length();
        }

        /**
         * From inside an interpolation or a Freemarker tag to just after its closing {@code }} or
         * {@code >}: brackets balanced, string literals skipped whole (and checked for prose), as
         * Freemarker reads them ({@code >} inside brackets is a comparison; {@code ->} a lambda).
         */
        private int expression(int from, char close, boolean output) {
            int depth = 0;
            int j = from;
            String callee = null;
            while (j < s.length()) {
                char c = s.charAt(j);
                if (c == '"' || c == '\'') {
                    int end = literal(j, c);
                    checkLiteral(j, s.substring(j + 1, Math.max(j + 1, end - 1)), callee, output && depth <= 1);
                    j = end;
                    continue;
                }
                if (Character.isLetter(c) || c == '_' || c == '?') {
                    int k = j + 1;
                    while (k < s.length() && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '_')) {
                        k++;
                    }
                    callee = k < s.length() && s.charAt(k) == '(' ? s.substring(j, k) : callee;
                    j = k;
                    continue;
                }
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    if (depth == 0 && c == close) {
                        return j + 1;
                    }
                    depth--;
                    if (c == ')') {
                        callee = null;
                    }
                } else if (c == '>' && close == '>' && depth == 0 && s.charAt(j - 1) != '-') {
                    return j + 1;
                }
                j++;
            }
            return j;
        }

        private int literal(int from, char quote) {
            int j = from + 1;
            while (j < s.length() && s.charAt(j) != quote) {
                j += s.charAt(j) == '\\' ? 2 : 1;
            }
            return Math.min(j + 1, s.length());
        }

        /**
         * A Freemarker string literal that reads as prose is a loose word, unless it is a key; so is
         * any word an interpolation in a page's text writes itself ({@code ${x?then("plan", "audit")}}).
         */
        private void checkLiteral(int at, String value, String callee, boolean output) {
            boolean key = KEY.matcher(value).matches() && callee != null
                    && Set.of("t", "tPlain", "scriptStrings", "?then").contains(callee);
            boolean written = output && (callee == null || callee.equals("?then")) && wordy(value);
            if (!key && (prose(value) || written)) {
                add(at, "Freemarker string", value);
            }
        }

        /** An HTML or XML tag from its {@code <} to just after its {@code >}; a script's or style's contents skipped. */
        private int tag(int from) {
            int j = from + 1;
            boolean closing = s.charAt(j) == '/';
            if (closing) {
                j++;
            }
            int nameStart = j;
            while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '-' || s.charAt(j) == ':')) {
                j++;
            }
            String name = s.substring(nameStart, j).toLowerCase(Locale.ROOT);
            List<Object[]> shown = new ArrayList<>();
            String type = "";
            boolean selfClosed = false;
            while (j < s.length()) {
                char c = s.charAt(j);
                if (Character.isWhitespace(c)) {
                    j++;
                } else if (c == '>') {
                    j++;
                    break;
                } else if (s.startsWith("/>", j)) {
                    j += 2;
                    selfClosed = true;
                    break;
                } else if (ftlTag(j)) {
                    j = expression(j + 2, '>', false);
                } else if (s.startsWith("${", j)) {
                    j = expression(j + 2, '}', false);
                } else {
                    int attrStart = j;
                    while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && "=>".indexOf(s.charAt(j)) < 0
                            && !s.startsWith("/>", j) && !ftlTag(j) && !s.startsWith("${", j)) {
                        j++;
                    }
                    String attr = s.substring(attrStart, j).toLowerCase(Locale.ROOT);
                    if (j < s.length() && s.charAt(j) == '=') {
                        j++;
                        StringBuilder value = new StringBuilder();
                        int valueStart = j;
                        if (s.charAt(j) == '"' || s.charAt(j) == '\'') {
                            char quote = s.charAt(j);
                            j++;
                            valueStart = j;
                            while (j < s.length() && s.charAt(j) != quote) {
                                if (s.startsWith("${", j)) {
                                    j = expression(j + 2, '}', false);
                                } else if (ftlTag(j)) {
                                    j = expression(j + 2, '>', false);
                                } else {
                                    value.append(s.charAt(j++));
                                }
                            }
                            shown.add(new Object[] {attr, value.toString(), valueStart, s.substring(valueStart, j)});
                            j++;
                        } else {
                            while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '>') {
                                value.append(s.charAt(j++));
                            }
                            shown.add(new Object[] {attr, value.toString(), valueStart, value.toString()});
                        }
                        if (attr.equals("type")) {
                            type = value.toString().toLowerCase(Locale.ROOT);
                        }
                    }
                }
            }
            for (Object[] a : shown) {
                String attr = (String) a[0];
                boolean buttonValue = attr.equals("value") && (name.equals("button") || name.equals("input") && BUTTON_INPUTS.contains(type));
                if ((SHOWN_ATTRIBUTES.contains(attr) || buttonValue) && wordy((String) a[1])) {
                    add((Integer) a[2], name + " " + attr, (String) a[3]);
                }
            }
            if (!closing && !selfClosed && TYPED_OR_CODE.contains(name)) {
                int end = s.toLowerCase(Locale.ROOT).indexOf("</" + name, j);
                return end < 0 ? s.length() : end;
            }
            return j;
        }
    }

    static int[] lineStarts(String s) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A string literal's value: its quotes taken off, JavaScript's escapes read. */
    static String unescape(String literal) {
        if (literal.isEmpty() || "'\"`".indexOf(literal.charAt(0)) < 0) {
            return literal;
        }
        String body = literal.substring(1, literal.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
