package org.toolkitpress.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.Section;
import org.toolkitpress.model.Toolkit;

/**
 * The reading order of the site: home, then each section of toolkit.yml (its landing page, then
 * its pages by order and title), then pages outside any section. Navigation, breadcrumbs and
 * previous/next links all follow it.
 */
public record SiteMap(Page home, List<Part> parts, List<Page> reading) {

    /** A section with its landing page (may be null) and its other pages in order. */
    public record Part(Section section, Page landing, List<Page> pages) {
    }

    public static final Comparator<Page> ORDER = Comparator.comparingInt(Page::order)
            .thenComparing(Page::title, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Page::sourcePath);

    public static SiteMap of(Toolkit toolkit) {
        Map<String, List<Page>> bySection = new LinkedHashMap<>();
        Page home = null;
        List<Page> loose = new ArrayList<>();
        for (Page page : toolkit.pages()) {
            if (page.isHome()) {
                home = page;
            } else if (page.section().isEmpty()) {
                loose.add(page);
            } else {
                bySection.computeIfAbsent(page.section(), k -> new ArrayList<>()).add(page);
            }
        }
        List<Part> parts = new ArrayList<>();
        List<Page> reading = new ArrayList<>();
        if (home != null) {
            reading.add(home);
        }
        for (Section section : toolkit.info().sections()) {
            List<Page> pages = new ArrayList<>(bySection.getOrDefault(section.id(), List.of()));
            Page landing = pages.stream().filter(p -> p.url().equals(section.id() + "/")).findFirst().orElse(null);
            pages.remove(landing);
            pages.sort(ORDER);
            parts.add(new Part(section, landing, List.copyOf(pages)));
            if (landing != null) {
                reading.add(landing);
            }
            reading.addAll(pages);
        }
        loose.sort(ORDER);
        reading.addAll(loose);
        return new SiteMap(home, List.copyOf(parts), List.copyOf(reading));
    }

    public Part partOf(Page page) {
        return parts.stream().filter(p -> p.section().id().equals(page.section())).findFirst().orElse(null);
    }
}
