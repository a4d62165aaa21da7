package org.toolkitpress.check;

import java.util.stream.Stream;
import org.toolkitpress.model.Diagnostics;

/**
 * Whether a reference to something that is not there points at a file that is there but could not
 * be read (malformed YAML, an unclosed front matter): that file's own error is the one mistake, and
 * fixing it mends the reference too, so the reference is not reported as well (it would send an
 * editor looking for a spelling mistake that is not there, once for every page, PDF and response
 * that names the file).
 */
final class UnreadData {

    private UnreadData() {
    }

    /**
     * Whether {@code content/data/<folder>/<id>.yml} has errors, the reason {@code id} was not
     * loaded; or the file is there under a name that is not read ({@code <id>.yml.txt},
     * {@code <id>.json}), an error of its own at load.
     */
    static boolean unread(String folder, String id, Diagnostics diagnostics) {
        String file = "content/data/" + folder + "/" + id;
        return diagnostics.hasErrorsIn(file + ".yml")
                || Stream.of(".yml.txt", ".yaml.txt", ".json").anyMatch(end -> diagnostics.hasErrorsIn(file + end));
    }

    /** Whether the page {@code content/<contentPath>} has errors, the reason it was not loaded. */
    static boolean unreadPage(String contentPath, Diagnostics diagnostics) {
        return diagnostics.hasErrorsIn("content/" + contentPath);
    }
}
