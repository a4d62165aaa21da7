package org.toolkitpress.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What git knows about the project's content: the {@code git describe} of the checked-out
 * commit, its date, and the tagged editions in order with the content files each one changed.
 * {@link #NONE} when the project is not a git work tree of its own or git is not installed.
 *
 * @param describe  e.g. {@code 2026.1-3-g1a2b3c4}, or null
 * @param date      the checked-out commit's date, or null
 * @param editions  tagged editions, oldest first
 */
public record ContentHistory(String describe, LocalDate date, List<Edition> editions) {

    public static final ContentHistory NONE = new ContentHistory(null, null, List.of());

    /** A tagged edition and the content files that changed since the tag before it (none for the first). */
    public record Edition(String tag, LocalDate date, List<FileChange> changes) {
    }

    /**
     * One changed file under {@code content/}.
     *
     * @param kind     added, changed, removed or renamed
     * @param path     project-relative path after the change
     * @param fromPath the path before a rename, else null
     */
    public record FileChange(Kind kind, String path, String fromPath) {
        public enum Kind { ADDED, CHANGED, REMOVED, RENAMED }
    }

    public boolean isPresent() {
        return describe != null;
    }
}
