package org.toolkitpress.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The page-script half of {@link LooseWords}: scripts are read by a JavaScript tokenizer
 * (comments, strings, template literals, regular expression literals told from division by the
 * token before them). A string literal is found when it holds a letter and is written straight
 * into what a reader meets — assigned to {@code textContent}, {@code innerText}, {@code
 * innerHTML}, {@code title}, {@code placeholder} or {@code alt}, given to {@code createTextNode},
 * {@code alert}, {@code confirm}, {@code prompt}, or as the value of {@code setAttribute} for one
 * of {@link LooseWords#SHOWN_ATTRIBUTES}, or joined by {@code join} there — or, wherever it is,
 * when it reads as prose (a message built up and shown later), unless it is an argument a DOM call
 * reads as a name or selector ({@link #TECHNICAL_CALLS}, an {@code Error}'s message
 * among them), a CSS class list, a code it is compared with ({@code key === 'Escape'}), or one of
 * the few {@link LooseWords#TECHNICAL_LITERALS}. A script that shows an {@code Error}'s {@code
 * .message} (in a sink, or as a value of {@code words.text}) is found too: that is a fault's own
 * English, or the browser's.
 */
final class ScriptWords {

    private ScriptWords() {
    }

    private enum Kind { NAME, STRING, PUNCT, OTHER }

    private record Token(Kind kind, String text, int at) {
    }

    /** Calls whose string arguments are names, selectors or kinds the browser reads, never shown. */
    static final Set<String> TECHNICAL_CALLS = Set.of("querySelector", "querySelectorAll", "closest", "matches", "$", "$$",
            "getAttribute", "hasAttribute", "removeAttribute", "addEventListener", "removeEventListener",
            "createElement", "getElementById", "matchMedia", "add", "remove", "toggle", "contains", "of", "lookup",
            // audit-pdf-fill.js's short name for PDFName.of: a PDF dictionary's key.
            "N",
            // An Error's message is for the console, or a code the script compares; a script shows a
            // reader its own words for each fault it expects (and the scan finds any that shows .message).
            "Error");

    /** Properties whose assigned text a reader meets. */
    private static final Set<String> SHOWN_PROPERTIES = Set.of("textContent", "innerText", "innerHTML", "outerHTML",
            "title", "placeholder", "alt", "ariaLabel", "ariaDescription");

    /** Calls whose (first) argument a reader meets. */
    private static final Set<String> SHOWN_CALLS = Set.of("createTextNode", "alert", "confirm", "prompt");

    /** Names after which a {@code /} starts a regular expression, not a division. */
    private static final Set<String> BEFORE_EXPRESSION = Set.of("return", "typeof", "case", "do", "else", "in", "of",
            "new", "delete", "void", "throw", "instanceof");

    /** The loose words of one page script. */
    static List<LooseWords.Finding> inScript(String script) {
        List<Token> tokens = tokens(script);
        int[] lineStarts = script.lines().count() > 0 ? LooseWords.lineStarts(script) : new int[] {0};
        List<LooseWords.Finding> found = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind() == Kind.NAME && t.text().equals("message") && k > 0 && tokens.get(k - 1).text().equals(".")
                    && (k + 1 == tokens.size() || !Set.of("(", "=", "===", "!==", "==", "!=").contains(tokens.get(k + 1).text()))) {
                // An Error's message is a fault's own wording (or the browser's), never the strings'.
                Context c = context(tokens, k);
                if (c.sink() != null || c.calls().contains("text") || c.calls().contains("say")) {
                    found.add(finding(lineStarts, t.at(), "script shows an Error's message", "." + t.text()));
                }
                continue;
            }
            if (t.kind() != Kind.STRING || compared(tokens, k)) {
                continue;
            }
            String value = LooseWords.unescape(t.text());
            if (!value.codePoints().anyMatch(Character::isLetter)) {
                continue;
            }
            Context c = context(tokens, k);
            boolean key = LooseWords.KEY.matcher(value).matches() && c.argument() == 0 && c.call() != null
                    && Set.of("text", "say").contains(c.call());
            if (key || LooseWords.TECHNICAL_LITERALS.containsKey(value.strip())) {
                continue;
            }
            // A rule of CSS written into a style element is not words.
            String where = value.matches("(?s).*[{}].*") ? null : c.sink();
            if (where == null && (c.technical() || c.classList())) {
                continue;
            }
            if (where == null && LooseWords.prose(value)) {
                where = "prose";
            }
            if (where != null) {
                found.add(finding(lineStarts, t.at(), "script " + where, value));
            }
        }
        return found;
    }

    private static LooseWords.Finding finding(int[] lineStarts, int at, String where, String text) {
        int line = 0;
        while (line + 1 < lineStarts.length && lineStarts[line + 1] <= at) {
            line++;
        }
        return new LooseWords.Finding(line + 1, at - lineStarts[line] + 1, where, text);
    }

    /** A literal compared with a value ({@code key === 'Escape'}, {@code case 'x':}) is matched, not shown. */
    private static boolean compared(List<Token> tokens, int k) {
        Set<String> comparisons = Set.of("===", "!==", "==", "!=");
        return k > 0 && (comparisons.contains(tokens.get(k - 1).text()) || tokens.get(k - 1).text().equals("case"))
                || k + 1 < tokens.size() && comparisons.contains(tokens.get(k + 1).text());
    }

    /**
     * Where a string literal stands: the call whose argument it is (innermost), which argument,
     * and the sink it is written into directly (no other call in between, except {@code join}).
     */
    private record Context(String call, int argument, String sink, boolean technical, boolean classList, List<String> calls) {
    }

    private static Context context(List<Token> tokens, int at) {
        String call = null;
        int argument = 0;
        String sink = null;
        boolean technical = false;
        boolean classList = false;
        boolean direct = true;
        boolean first = true;
        int depth = 0;
        List<String> calls = new ArrayList<>();
        for (int k = at - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            String x = t.text();
            boolean punct = t.kind() == Kind.PUNCT;
            if (punct && (x.equals(")") || x.equals("]") || x.equals("}"))) {
                depth++;
                continue;
            }
            if (punct && (x.equals("(") || x.equals("[") || x.equals("{"))) {
                if (depth > 0) {
                    depth--;
                    continue;
                }
                if (x.equals("{")) {
                    Token before = k > 0 ? tokens.get(k - 1) : null;
                    boolean object = before != null && (before.kind() == Kind.PUNCT && "(,:=[?".contains(before.text())
                            || before.text().equals("||") || before.text().equals("&&") || before.text().equals("return"));
                    if (!object) {
                        // A block: the expression the literal is in ends here.
                        break;
                    }
                    first = false;
                    continue;
                }
                Token before = k > 0 ? tokens.get(k - 1) : null;
                String name = x.equals("(") && before != null && before.kind() == Kind.NAME ? before.text() : null;
                if (first && name != null) {
                    call = name;
                    technical = TECHNICAL_CALLS.contains(name) || name.equals("setAttribute") && argument == 0;
                    if (SHOWN_CALLS.contains(name) && argument == 0) {
                        sink = name;
                    } else if (name.equals("setAttribute") && argument == 1 && tokens.get(k + 1).kind() == Kind.STRING
                            && LooseWords.SHOWN_ATTRIBUTES.contains(LooseWords.unescape(tokens.get(k + 1).text()))) {
                        sink = "setAttribute " + LooseWords.unescape(tokens.get(k + 1).text());
                    }
                }
                first = false;
                if (name != null) {
                    calls.add(name);
                }
                if (name != null && !Set.of("join", "concat", "String").contains(name)) {
                    direct = false;
                }
                continue;
            }
            if (depth > 0) {
                continue;
            }
            if (punct && x.equals(",")) {
                if (first) {
                    argument++;
                }
                continue;
            }
            if (punct && x.equals(":") && k >= 2) {
                Token key = tokens.get(k - 1);
                Token open = tokens.get(k - 2);
                if ((key.kind() == Kind.NAME || key.kind() == Kind.STRING) && (open.text().equals("{") || open.text().equals(","))) {
                    // A value in an object: a class list under its key, or a value given to a call further out.
                    classList |= first && Set.of("class", "className").contains(LooseWords.unescape(key.text()));
                    first = false;
                }
                continue;
            }
            if (punct && (x.equals("=") || x.equals("+="))) {
                Token property = k > 0 ? tokens.get(k - 1) : null;
                if (property != null && property.kind() == Kind.NAME) {
                    if (direct && sink == null && SHOWN_PROPERTIES.contains(property.text())) {
                        sink = property.text();
                    }
                    classList |= property.text().equals("className");
                }
                break;
            }
            if (punct && x.equals(";")) {
                break;
            }
        }
        return new Context(call, argument, sink, technical, classList, calls);
    }

    private static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, s.length());
                out.add(new Token(Kind.STRING, s.substring(i, j), i));
                i = j;
            } else if (c == '`') {
                // A template literal: its text parts are one string; the expressions in ${} are read as code.
                int j = i + 1;
                StringBuilder text = new StringBuilder("`");
                while (j < s.length() && s.charAt(j) != '`') {
                    if (s.startsWith("${", j)) {
                        int depth = 1;
                        j += 2;
                        while (j < s.length() && depth > 0) {
                            depth += s.charAt(j) == '{' ? 1 : s.charAt(j) == '}' ? -1 : 0;
                            j++;
                        }
                        text.append(' ');
                    } else {
                        if (s.charAt(j) == '\\') {
                            text.append(s.charAt(j++));
                        }
                        text.append(s.charAt(j++));
                    }
                }
                out.add(new Token(Kind.STRING, text.append('`').toString(), i));
                i = Math.min(j + 1, s.length());
            } else if (c == '/' && regexAllowed(out)) {
                int j = i + 1;
                boolean inClass = false;
                while (j < s.length() && (s.charAt(j) != '/' || inClass) && s.charAt(j) != '\n') {
                    if (s.charAt(j) == '\\') {
                        j++;
                    } else if (s.charAt(j) == '[') {
                        inClass = true;
                    } else if (s.charAt(j) == ']') {
                        inClass = false;
                    }
                    j++;
                }
                j++;
                while (j < s.length() && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                out.add(new Token(Kind.OTHER, s.substring(i, Math.min(j, s.length())), i));
                i = j;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
                    j++;
                }
                out.add(new Token(Kind.NAME, s.substring(i, j), i));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                out.add(new Token(Kind.OTHER, s.substring(i, j), i));
                i = j;
            } else {
                String op = operator(s, i);
                out.add(new Token(Kind.PUNCT, op, i));
                i += op.length();
            }
        }
        return out;
    }

    private static final List<String> OPERATORS = List.of(">>>=", "===", "!==", ">>>", "<<=", ">>=", "**=", "...",
            "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "=>", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
            "^=", "<<", ">>", "**");

    private static String operator(String s, int i) {
        for (String op : OPERATORS) {
            if (s.startsWith(op, i)) {
                return op;
            }
        }
        return String.valueOf(s.charAt(i));
    }

    private static boolean regexAllowed(List<Token> before) {
        if (before.isEmpty()) {
            return true;
        }
        Token last = before.get(before.size() - 1);
        return switch (last.kind()) {
            case NAME -> BEFORE_EXPRESSION.contains(last.text());
            case STRING, OTHER -> false;
            case PUNCT -> !last.text().equals(")") && !last.text().equals("]");
        };
    }
}
