package org.toolkitpress.model;

import java.time.LocalDate;
import java.util.List;

/** The toolkit's own settings from {@code content/toolkit.yml}, including which PDFs to print. */
public record ToolkitInfo(String title, String shortTitle, String description, String version,
                          LocalDate date, String language, String baseUrl, List<Section> sections,
                          List<Edition> editions) {

    /** Settings that print no PDFs. */
    public ToolkitInfo(String title, String shortTitle, String description, String version, LocalDate date,
                       String language, String baseUrl, List<Section> sections) {
        this(title, shortTitle, description, version, date, language, baseUrl, sections, List.of());
    }
}
