package org.toolkitpress.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one build. Stages add to it and carry on, so a single run reports
 * every problem. Safe to add to from parallel rendering.
 */
public final class Diagnostics {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.pos().path())
            .thenComparingInt(d -> d.pos().line())
            .thenComparingInt(d -> d.pos().column())
            .thenComparing(Diagnostic::message);

    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public void error(SourcePos pos, String message) {
        add(Diagnostic.error(pos, message));
    }

    public void error(SourcePos pos, String message, String hint) {
        add(Diagnostic.error(pos, message, hint));
    }

    public void warning(SourcePos pos, String message, String hint) {
        add(Diagnostic.warning(pos, message, hint));
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * Whether an error has been reported in the file at {@code path}, or in a brand's copy of it;
     * a {@code path} ending in "/" is a folder: in any file under it.
     */
    public synchronized boolean hasErrorsIn(String path) {
        boolean folder = path.endsWith("/");
        return all.stream().filter(Diagnostic::isError).map(d -> d.pos().path())
                .anyMatch(p -> folder ? p.startsWith(path) || p.contains("/" + path) : p.equals(path) || p.endsWith("/" + path));
    }

    public synchronized long errorCount() {
        return all.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return all.size() - errorCount();
    }

    /** Every diagnostic, sorted by file, line and column so output is stable. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(ORDER);
        return List.copyOf(copy);
    }
}
