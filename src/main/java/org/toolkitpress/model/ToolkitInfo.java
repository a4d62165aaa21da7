package org.toolkitpress.model;

import java.time.LocalDate;
import java.util.List;
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

    /** The same settings with the version and date the edition is known by. */
    public ToolkitInfo withEdition(String newVersion, LocalDate newDate) {
        return new ToolkitInfo(title, shortTitle, description, newVersion, newDate, language, baseUrl, sections,
                editions);
    }
}
