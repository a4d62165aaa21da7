package org.toolkitpress.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The toolkit's own settings from {@code content/toolkit.yml}, including which PDFs to print. When
 * toolkit.yml gives no version or date, loading fills them from git (the describe and date of the
 * checked-out commit).
 *
 * @param baseUrl the address the site is published at, always ending in "/" (or null)
 */
public record ToolkitInfo(String title, String shortTitle, String description, String version,
                          LocalDate date, String language, String baseUrl, List<Section> sections,
                          List<Edition> editions) {

    private static final Pattern ADDRESS = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*(/[^?#]*/)");

    /** The one place a base URL is normalised: toolkit.yml's and brand.yml's alike end in "/". */
    public ToolkitInfo {
        baseUrl = baseUrl == null || baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** Settings that print no PDFs. */
    public ToolkitInfo(String title, String shortTitle, String description, String version, LocalDate date,
                       String language, String baseUrl, List<Section> sections) {
        this(title, shortTitle, description, version, date, language, baseUrl, sections, List.of());
    }

    /**
     * The path the site is published under, from the server's root: "/toolkit/" for a
     * {@code base_url} of {@code https://www.example.gov.uk/toolkit/}, "/" without one. Without
     * the host, a copy of the site served elsewhere (a staging host, the preview) stays on the
     * host that answered.
     */
    public String basePath() {
        if (baseUrl == null) {
            return "/";
        }
        Matcher address = ADDRESS.matcher(baseUrl);
        return address.matches() ? address.group(1) : baseUrl;
    }

    /**
     * The edition stamp a school quotes to say which edition it used, e.g.
     * {@code Version 2026.1 · 23 November 2026}; either part may be missing, "" when both are.
     */
    public String edition() {
        String v = version == null || version.isBlank() ? "" : "Version " + version;
        String d = DisplayDate.of(date);
        return v.isEmpty() || d.isEmpty() ? v + d : v + " · " + d;
    }

    /**
     * The settings as published, given the sections that have at least one page: the one rule
     * for which sections the website and the PDFs show. A listed section with no page is in no
     * menu, card, site map or search result, and no PDF prints it; a guide edition loses it, and
     * one left with no section is not printed at all (no empty PDF on the Downloads page). Audit
     * and response editions stay. {@code check} reads toolkit.yml's list as written, and this,
     * to say what is left out.
     */
    public ToolkitInfo published(Set<String> withPages) {
        List<Section> kept = sections.stream().filter(s -> withPages.contains(s.id())).toList();
        List<Edition> printed = new ArrayList<>();
        for (Edition edition : editions) {
            List<String> ids = edition.sections().stream().filter(withPages::contains).toList();
            if (edition.kind() != Edition.Kind.PAGES || ids.size() == edition.sections().size()) {
                printed.add(edition);
            } else if (!ids.isEmpty()) {
                printed.add(new Edition(edition.id(), edition.title(), edition.kind(), ids, edition.source(), edition.pos()));
            }
        }
        if (kept.size() == sections.size() && printed.equals(editions)) {
            return this;
        }
        return new ToolkitInfo(title, shortTitle, description, version, date, language, baseUrl, kept,
                List.copyOf(printed));
    }

    /** The same settings with the version and date the edition is known by. */
    public ToolkitInfo withEdition(String newVersion, LocalDate newDate) {
        return new ToolkitInfo(title, shortTitle, description, newVersion, newDate, language, baseUrl, sections,
                editions);
    }
}
