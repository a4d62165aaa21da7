package org.toolkitpress.check;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.toolkitpress.model.DidYouMean;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.Section;
import org.toolkitpress.model.Toolkit;

/**
 * One misspelling of a section's id, seen from both ends: toolkit.yml lists a section with no
 * pages ("case-studies") and the pages of a section it does not list ("case-study") sit in a
 * folder of a name close to it. It is reported once, at the listed section's line, not again at
 * every page of the folder and at every edition that names the folder's section.
 */
final class MisnamedSections {

    private MisnamedSections() {
    }

    /** The listed section meant, by the unlisted section id its pages have. */
    static Map<String, Section> of(Toolkit toolkit) {
        Set<String> used = new HashSet<>();
        toolkit.pages().forEach(p -> used.add(p.section()));
        Map<String, Section> empty = new LinkedHashMap<>();
        for (Section section : toolkit.info().sections()) {
            if (section.id() != null && !used.contains(section.id())) {
                empty.putIfAbsent(section.id(), section);
            }
        }
        Set<String> listed = new HashSet<>();
        toolkit.info().sections().forEach(s -> listed.add(s.id()));
        Map<String, Section> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        toolkit.pages().stream().map(Page::section).filter(s -> !s.isEmpty() && !listed.contains(s)).distinct().sorted()
                .forEach(unlisted -> {
                    String near = DidYouMean.nearest(unlisted, empty.keySet());
                    // Two folders near one listed id: which one it meant is a guess, so neither is paired.
                    if (near != null && !taken.add(near)) {
                        out.values().removeIf(s -> s.id().equals(near));
                    } else if (near != null) {
                        out.put(unlisted, empty.get(near));
                    }
                });
        return out;
    }
}
