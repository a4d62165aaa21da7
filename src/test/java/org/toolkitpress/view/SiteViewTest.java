package org.toolkitpress.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolkitpress.model.ToolkitInfo;

/** {@code site} as both editions' templates read it. */
class SiteViewTest {

    @Test
    void theShortTitleIsShortTitleWhenGivenAndTheTitleWhenNot() {
        ToolkitInfo withShort = new ToolkitInfo("Trauma Informed and Relational Practice Toolkit",
                "Relational Practice Toolkit", null, "2026.1", LocalDate.of(2026, 11, 23), "en-GB", null, List.of());
        SiteView site = SiteView.of(withShort);
        assertEquals("Trauma Informed and Relational Practice Toolkit", site.title());
        assertEquals("Relational Practice Toolkit", site.shortTitle());
        assertEquals("Version 2026.1 · 23 November 2026", site.edition());
        assertEquals("23 November 2026", site.date());
        assertEquals("", site.description());
        assertEquals("", site.baseUrl());

        ToolkitInfo withoutShort = new ToolkitInfo("Minimal Toolkit", null, "About it", null, null, "en-GB",
                "https://example.org/", List.of());
        assertEquals("Minimal Toolkit", SiteView.of(withoutShort).shortTitle());
        assertEquals("", SiteView.of(withoutShort).version());
        assertEquals("https://example.org/", SiteView.of(withoutShort).baseUrl());
    }
}
