package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.toolkitpress.build.Build;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.testing.TestSites;

/**
 * ARIA naming on every page of the default site, as the W3C checker judges it: {@code
 * aria-labelledby} and {@code aria-label} are not allowed on an element whose role is generic or
 * text-level (a {@code div} or {@code span} without a role, a {@code p}…), and every id they name
 * exists on the page.
 */
class AriaNamingTest {

    /** Elements whose implicit role prohibits naming (ARIA in HTML: generic, paragraph and text-level roles). */
    private static final Set<String> UNNAMEABLE_ELEMENTS = Set.of("div", "span", "p", "b", "i", "u", "s", "em",
            "strong", "small", "code", "del", "ins", "sub", "sup", "mark", "abbr", "bdi", "bdo", "data", "pre",
            "q", "cite", "dfn", "kbd", "samp", "var", "time", "label", "legend", "caption", "figcaption", "br");

    /** Explicit roles that prohibit naming. */
    private static final Set<String> UNNAMEABLE_ROLES = Set.of("generic", "none", "presentation", "paragraph",
            "caption", "code", "deletion", "emphasis", "insertion", "strong", "subscript", "superscript", "time");

    @Test
    void everyNamedElementOfTheDefaultSiteHasARoleThatMayBeNamed() {
        Build.Result result = TestSites.built(TestSites.projectRoot(), false).result();
        assertTrue(result.published(), () -> result.diagnostics().sorted().toString());
        List<String> problems = new ArrayList<>();
        int named = 0;
        for (OutputFile file : result.files()) {
            if (!file.path().endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8));
            for (Element element : page.select("[aria-labelledby], [aria-label]")) {
                named++;
                String role = element.attr("role").strip().toLowerCase(Locale.ROOT);
                boolean prohibited = role.isEmpty() ? UNNAMEABLE_ELEMENTS.contains(element.normalName())
                        : UNNAMEABLE_ROLES.contains(role.split("\\s+")[0]);
                if (prohibited) {
                    problems.add(file.path() + ": <" + element.normalName() + (role.isEmpty() ? "" : " role=" + role)
                            + "> " + describe(element));
                }
                for (String id : element.attr("aria-labelledby").split("\\s+")) {
                    if (!id.isEmpty() && page.getElementById(id) == null) {
                        problems.add(file.path() + ": aria-labelledby names a missing id \"" + id + "\"");
                    }
                }
            }
        }
        assertTrue(named > 50, "the site names many regions, forms and sections: " + named);
        assertEquals(List.of(), problems);
    }

    private static String describe(Element element) {
        String html = element.outerHtml();
        int end = html.indexOf('>');
        return end < 0 ? html : html.substring(0, end + 1);
    }
}
