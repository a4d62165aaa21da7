package org.toolkitpress.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.SourcePos;

/**
 * Files an editor meant to be read that the toolkit passes over for their names: a page saved as
 * {@code .md.txt} (Notepad's habit), {@code .markdown} or {@code .MD}; a data file saved as
 * {@code .yml.txt} or {@code .json}. Without a word they would vanish from the site (a page in
 * pages/ would even be published as a plain file, front matter and all).
 */
final class UnreadFiles {

    private UnreadFiles() {
    }

    /**
     * A file under pages/ whose name says it is a page but does not end in {@code .md} is an
     * error: it would be copied to the site as a file, not made a page.
     */
    static void pages(LayeredFiles files, Map<String, Path> listed, Diagnostics diagnostics) {
        listed.forEach((relative, file) -> {
            String name = relative.substring(relative.lastIndexOf('/') + 1);
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.endsWith(".md")) {
                return;
            }
            int page = lower.endsWith(".md") ? lower.length() - 3
                    : lower.endsWith(".markdown") ? lower.length() - 9
                    : lower.endsWith(".mdown") ? lower.length() - 6
                    : lower.contains(".md.") ? lower.indexOf(".md.") : -1;
            if (page > 0) {
                diagnostics.error(new SourcePos(files.displayName(file), 1, 1),
                        "the file is not read as a page: a page's name ends in .md",
                        "rename it to \"" + name.substring(0, page) + ".md\" (if your editor adds .txt, choose"
                                + " \"All files\" when you save)");
            }
        });
    }

    /** The endings of a data file saved under the wrong name: Notepad's added .txt, the web form's .json export. */
    private static final List<String> MISNAMED_DATA = List.of(".yml.txt", ".yaml.txt", ".json");

    private static boolean meantAsData(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return MISNAMED_DATA.stream().anyMatch(lower::endsWith);
    }

    /**
     * A file in a data folder that does not end in {@code .yml} or {@code .yaml} is not read. One
     * saved as {@code .yml.txt} or exported as {@code .json} was meant as data: an error, which
     * stands for the references to it (UnreadData). Anything else (notes, an editor's backup) is
     * a warning naming the name to give it.
     */
    static void data(LayeredFiles files, String folder, Diagnostics diagnostics) {
        files.list(folder).forEach((relative, file) -> {
            String name = relative.substring(relative.lastIndexOf('/') + 1);
            if (name.endsWith(".yml") || name.endsWith(".yaml")) {
                return;
            }
            int yaml = name.toLowerCase(Locale.ROOT).indexOf(".y");
            int dot = name.indexOf('.');
            String stem = yaml > 0 ? name.substring(0, yaml) : dot > 0 ? name.substring(0, dot) : name;
            String message = "the file is not read: only files whose names end in .yml are read from " + folder + "/";
            String hint = "rename it to \"" + stem + ".yml\" if it is meant to be read (a file exported from the web form"
                    + " as .json can be renamed .yml as it is), or move it out of " + folder + "/";
            SourcePos pos = new SourcePos(files.displayName(file), 1, 1);
            if (meantAsData(name)) {
                diagnostics.error(pos, message, hint);
            } else {
                diagnostics.warning(pos, message, hint);
            }
        });
    }
}
