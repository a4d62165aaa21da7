package org.toolkitpress.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a batch of changed files asks a rebuild in memory to redo ({@link Rebuild}). A changed page is read and rendered
 * again; a changed template re-renders every page from the loaded content; anything else
 * (toolkit.yml, data, assets, brands, a new or removed folder) reloads everything.
 *
 * @param everything load and render the whole site
 * @param theme      the templates changed: render every page again with a fresh theme
 * @param pages      project-relative paths of changed page files ({@code content/pages/...md})
 */
public record Change(boolean everything, boolean theme, Set<String> pages) {

    /** Everything: the first build, or after a failed attempt. */
    public static Change all() {
        return new Change(true, true, Set.of());
    }

    public boolean isEmpty() {
        return !everything && !theme && pages.isEmpty();
    }

    /** The plan for files that changed under the project folder; editors' temporary files are ignored. */
    public static Change of(Collection<Path> changed, Path project) {
        boolean everything = false;
        boolean theme = false;
        Set<String> pages = new TreeSet<>();
        for (Path path : changed) {
            if (!path.startsWith(project)) {
                continue;
            }
            String relative = project.relativize(path).toString().replace('\\', '/');
            String name = path.getFileName().toString();
            if (isScratch(path, name) || relative.contains("/.")) {
                continue;
            }
            if (relative.startsWith("content/pages/") && relative.endsWith(".md")) {
                pages.add(relative);
            } else if (relative.equals("templates/fonts.yml") || relative.startsWith("templates/assets/fonts/")) {
                // The print fonts are loaded with the content: the check judges every letter by them.
                everything = true;
            } else if (relative.startsWith("templates/strings/")) {
                // The interface strings are loaded (and checked) with the content, not parsed as templates.
                everything = true;
            } else if (relative.startsWith("templates/")) {
                theme = true;
            } else if (relative.startsWith("content") || relative.startsWith("templates") || relative.startsWith("brands")) {
                everything = true;
            }
        }
        return new Change(everything, theme, Set.copyOf(pages));
    }

    /**
     * Editors' and tools' scratch files: hidden or backup names, swap files, and short-lived
     * files without an extension that are already gone (`sed -i`, vim's write test).
     */
    private static boolean isScratch(Path path, String name) {
        if (name.startsWith(".") || name.endsWith("~") || name.startsWith("#") || name.endsWith(".swp")
                || name.endsWith(".tmp")) {
            return true;
        }
        return !name.contains(".") && !Files.exists(path);
    }
}
