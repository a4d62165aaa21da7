package org.toolkitpress.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.toolkitpress.model.DidYouMean;

/**
 * The file a link or image that leads nowhere most likely meant, written as the link would be
 * from its page, for a {@code did you mean} hint. Besides a typo it knows the slips an editor
 * makes with files: other capitals (a laptop's disk forgives them, the website's server does
 * not), a file in another folder, a page renamed by adding words, and a link written as the
 * website's address ({@code page/} or {@code page.html}) instead of the page's file.
 * All paths are relative to {@code content/} ({@code pages/a/b.md}, {@code assets/x.png}).
 */
final class NearTarget {

    /** A suggestion: the link as it should be written, and why, for the hint. */
    record Near(String link, String why) {

        String hint(String otherwise) {
            return "did you mean \"" + link + "\"?" + (why == null ? "" : " (" + why + ")")
                    + (otherwise == null ? "" : "; " + otherwise);
        }
    }

    private final Set<String> pages;
    private final Set<String> files;

    NearTarget(Collection<String> pageSources, Collection<String> assetPaths) {
        this.pages = new HashSet<>();
        pageSources.forEach(p -> pages.add("pages/" + p));
        this.files = Set.copyOf(assetPaths);
    }

    /** The page meant by a link from {@code fromPage} (relative to pages/) to the missing page {@code missing}, or null. */
    Near page(String fromPage, String missing) {
        String found = near(missing, pages);
        return found == null ? null : new Near(relative(fromPage, found), null);
    }

    /** The file meant by a link or image from {@code fromPage} to the missing file {@code missing}, or null. */
    Near file(String fromPage, String missing) {
        String stem = missing.endsWith("/") ? missing.substring(0, missing.length() - 1)
                : missing.matches("(?i).*\\.html?") ? missing.substring(0, missing.lastIndexOf('.')) : null;
        if (stem != null && stem.startsWith("pages/")) {
            // The website's address of a page, not its file: link to the file the address comes from.
            for (String page : List.of(stem + ".md", stem + "/index.md")) {
                if (pages.contains(page)) {
                    return new Near(relative(fromPage, page), "link to the page's .md file, not its address on the website");
                }
            }
        }
        String found = near(missing, files);
        if (found == null) {
            return null;
        }
        return new Near(relative(fromPage, found), found.equalsIgnoreCase(missing)
                ? "capital letters matter: the website tells \"" + name(missing) + "\" from \"" + name(found) + "\""
                : null);
    }

    /**
     * The files in the folder {@code missing} names, as the hint lists them when none is near
     * enough to offer (up to ten), or null when the folder holds none.
     */
    String filesBeside(String missing) {
        String folder = folder(missing);
        List<String> there = files.stream().filter(f -> folder(f).equals(folder)).map(NearTarget::name).sorted().toList();
        if (there.isEmpty()) {
            return null;
        }
        return "the files in content/" + folder + " are: " + String.join(", ", there.subList(0, Math.min(10, there.size())))
                + (there.size() > 10 ? ", …" : "");
    }

    /**
     * The one known path {@code missing} most likely meant: the same path in other capitals; the
     * same name in another folder; in the same folder, the one name whose words hold all the
     * missing name's words (a page renamed by adding words), or else the nearest typo.
     */
    private static String near(String missing, Set<String> known) {
        List<String> sameCase = known.stream().filter(k -> k.equalsIgnoreCase(missing)).toList();
        if (sameCase.size() == 1) {
            return sameCase.get(0);
        }
        String folder = folder(missing);
        List<String> sameName = known.stream().filter(k -> name(k).equalsIgnoreCase(name(missing))).toList();
        if (sameName.size() == 1) {
            return sameName.get(0);
        }
        List<String> names = known.stream().filter(k -> folder(k).equals(folder)).map(NearTarget::name).toList();
        Set<String> words = words(name(missing));
        List<String> holding = names.stream().filter(n -> words(n).containsAll(words)).toList();
        if (holding.size() == 1) {
            return folder + holding.get(0);
        }
        String typo = DidYouMean.nearest(name(missing), names);
        return typo == null ? null : folder + typo;
    }

    /** The words of a file name, its extension apart: "toolkit-2-tips.md" → toolkit, 2, tips. */
    private static Set<String> words(String name) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return new HashSet<>(Arrays.asList(stem.toLowerCase(Locale.ROOT).split("[-_ .]+")));
    }

    private static String folder(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@code target} as a link written in the page {@code fromPage}: relative to the page's folder. */
    static String relative(String fromPage, String target) {
        List<String> from = new ArrayList<>(Arrays.asList(("pages/" + fromPage).split("/")));
        from.remove(from.size() - 1);
        List<String> to = Arrays.asList(target.split("/"));
        int common = 0;
        while (common < from.size() && common < to.size() - 1 && from.get(common).equals(to.get(common))) {
            common++;
        }
        return "../".repeat(from.size() - common) + String.join("/", to.subList(common, to.size()));
    }
}
