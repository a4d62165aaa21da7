package org.toolkitpress.check;

import org.toolkitpress.model.Diagnostics;

/**
 * What to say about a reference to a data id that is not there when the file that id is kept in
 * could not be read: that file's own error is the one to fix, so the hint points at it instead of
 * listing the ids that do exist (which leaves an editor looking for a spelling mistake that is not
 * there).
 */
final class UnreadData {

    private UnreadData() {
    }

    /**
     * The hint for a missing {@code id} of the data under {@code content/data/<folder>/}: the
     * file's errors, when {@code <id>.yml} there has some, else {@code otherwise}.
     */
    static String hint(String folder, String id, Diagnostics diagnostics, String otherwise) {
        String file = "content/data/" + folder + "/" + id + ".yml";
        return diagnostics.hasErrorsIn(file) ? file + " could not be read because of the error reported in it:"
                + " fix that first" : otherwise;
    }
}
