package org.toolkitpress.model;

/**
 * Where something came from: a project-relative path with forward slashes, and a 1-based line
 * and column. Line 0 means "the whole file".
 */
public record SourcePos(String path, int line, int column) {

    public static SourcePos file(String path) {
        return new SourcePos(path, 0, 0);
    }

    public SourcePos at(int line, int column) {
        return new SourcePos(path, line, column);
    }

    @Override
    public String toString() {
        return line <= 0 ? path : path + ":" + line + ":" + column;
    }
}
