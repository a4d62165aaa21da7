package org.toolkitpress.model;

/**
 * One problem found in the user's content, printed as {@code path:line:col: error: message}
 * followed, where useful, by a {@code hint:} line.
 */
public record Diagnostic(Severity severity, SourcePos pos, String message, String hint) {

    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Diagnostic error(SourcePos pos, String message) {
        return new Diagnostic(Severity.ERROR, pos, message, null);
    }

    public static Diagnostic error(SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.ERROR, pos, message, hint);
    }

    public static Diagnostic warning(SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.WARNING, pos, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The diagnostic as the lines an editor sees. */
    public String format() {
        String head = pos + ": " + severity.label() + ": " + message;
        return hint == null ? head : head + "\n  hint: " + hint;
    }
}
