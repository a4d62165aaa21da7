package org.toolkitpress.load;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slips of the keyboard (or of copy and paste) that make YAML unreadable where the parser's own
 * words name something else: a space that only looks like one in the indentation, a value in
 * curly quotes, a colon with no space after it. Each is found on the line it was made, which is
 * not always the line the parser stopped at, so the message can say what to retype, and where.
 */
final class YamlSlips {

    /** A slip at a line and column of the YAML text (1-based, before any line offset). */
    record Slip(int line, int column, String message, String hint) {
    }

    /**
     * Characters that look like a space but are not one to YAML: the no-break space a word
     * processor or web page puts in, the thin, figure and other typographic spaces, the
     * ideographic space, and a byte-order mark that is not at the start of the file.
     */
    private static final Pattern LOOKALIKE_SPACE = Pattern.compile("[\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff]");
    /** A key (perhaps a list item's first) whose value starts with a curly quote. */
    private static final Pattern CURLY_VALUE = Pattern.compile("^\\s*(?:- )?[^:#\\s][^:#]*:\\s+([\\u201c\\u2018\\u201e\\u201a\\u00ab])");
    /** A key followed by a colon and, with no space between, its value: `order:10` (not `https://`). */
    private static final Pattern NO_SPACE = Pattern.compile("^\\s*(?:- )?([A-Za-z_][\\w-]*):([^\\s/:\"'])");

    private YamlSlips() {
    }

    /**
     * The slip that explains why the parser stopped at {@code stopLine} of {@code text}, or null;
     * {@code said} is what the parser said.
     */
    static Slip find(String text, int stopLine, String said) {
        List<String> lines = text.lines().toList();
        int last = Math.min(stopLine, lines.size());
        // `- { id: a, label: A` with no closing brace: the parser reads on into the next line and
        // stops there, at whatever it finds first; the brace left open is the line to change.
        Slip open = said.contains("expected ',' or '}'") && last >= 2 ? unclosed(lines.get(last - 2), last - 1) : null;
        if (open != null) {
            return open;
        }
        // A look-alike space anywhere above the stop: the parser reads the line it indents as
        // part of the one before and stops at a later line, so the stop is not where it is.
        for (int i = 0; i < last; i++) {
            String line = lines.get(i);
            int indent = 0;
            while (indent < line.length() && (Character.isWhitespace(line.charAt(indent))
                    || LOOKALIKE_SPACE.matcher(line.substring(indent, indent + 1)).matches())) {
                indent++;
            }
            Matcher odd = LOOKALIKE_SPACE.matcher(line.substring(0, indent));
            if (odd.find() && !(i == 0 && odd.start() == 0 && line.charAt(0) == '\ufeff')) {
                return new Slip(i + 1, odd.start() + 1, "the line is indented with " + name(line.charAt(odd.start()))
                        + " (U+" + String.format("%04X", (int) line.charAt(odd.start()))
                        + "), which looks like a space but is not one to YAML",
                        "delete the spaces at the start of the line and type them again with the space bar;"
                                + " text copied from a word processor or a web page often carries such spaces");
            }
        }
        // The stop is on the slip's line, or on the line after it (a key with no value yet).
        for (int i = Math.max(0, last - 2); i < last; i++) {
            String line = lines.get(i);
            Matcher curly = CURLY_VALUE.matcher(line);
            if (curly.find()) {
                return new Slip(i + 1, curly.start(1) + 1, "the value starts with a curly quote "
                        + curly.group(1) + ", which YAML reads as an ordinary letter, not as a quote",
                        "use straight quotes, typed with the \" key: title: \"Toolkit 1: Audit\"; word processors"
                                + " and some editors turn quotes curly as you type");
            }
            Matcher bare = NO_SPACE.matcher(line);
            if (bare.find()) {
                return new Slip(i + 1, bare.end(1) + 1, "there is no space after the colon of \"" + bare.group(1) + "\"",
                        "write a space after the colon: `" + bare.group(1) + ": " + line.substring(bare.end(1) + 1).strip() + "`");
            }
        }
        return null;
    }

    /** The { a flow mapping opens on {@code line} (number {@code number}) and does not close on it, or null. */
    private static Slip unclosed(String line, int number) {
        int depth = 0;
        int at = -1;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && i > 0 && line.charAt(i - 1) == ' ') {
                break;
            } else if (c == '{') {
                at = depth == 0 ? i : at;
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        if (depth <= 0 || line.stripTrailing().endsWith(",")) {
            return null;
        }
        return new Slip(number, at + 1, "the { on this line is not closed", "add } where its values end: `"
                + line.stripTrailing().strip() + " }`");
    }

    private static String name(char c) {
        return switch (c) {
            case '\u00a0' -> "a no-break space";
            case '\u3000' -> "an ideographic space";
            case '\ufeff' -> "an invisible byte-order mark";
            case '\u200b' -> "a zero-width space";
            default -> "a typographic space";
        };
    }
}
