package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.testing.TestSites;

/** The continua and principle sets of the audit-shapes gallery, rendered for the web from data alone. */
class ContinuaAndPrinciplesRenderTest {

    private static Map<String, String> files;

    @BeforeAll
    static void build() {
        Build.Result result = Build.run(Configure.settings(TestSites.fixture("audit-shapes"), null, false));
        assertEquals(List.of(), result.diagnostics().sorted(), "the gallery builds cleanly");
        files = result.files().stream().filter(f -> f.path().endsWith(".html") || f.path().endsWith(".css"))
                .collect(Collectors.toMap(OutputFile::path, f -> new String(f.bytes(), StandardCharsets.UTF_8)));
    }

    private static Document page(String path) {
        String html = files.get(path + "index.html");
        assertNotNull(html, path);
        return Jsoup.parse(html);
    }

    private static Element continuum(String id) {
        Element figure = page("continua/two-continua/").selectFirst("figure.continuum[data-continuum=" + id + "]");
        assertNotNull(figure, id);
        return figure;
    }

    @Test
    void aProgressionNumbersItsStagesAndASpectrumDoesNot() {
        Element progression = continuum("school-journey");
        assertTrue(progression.hasClass("continuum-ordered"));
        assertEquals(List.of("Stage 1", "Stage 2", "Stage 3"), progression.select(".stage-head .stage-number").eachText());
        Element spectrum = continuum("ways-of-responding");
        assertTrue(spectrum.hasClass("continuum-spectrum"));
        assertEquals(List.of(), spectrum.select(".stage-number").eachText());
        assertFalse(spectrum.text().contains("Stage "), "no stage numbers anywhere in a spectrum");
        assertEquals(List.of("Noticing", "Co-regulating", "Repairing", "Planning"), spectrum.select(".stage-head .stage-label").eachText());
        assertEquals(3, spectrum.select("tbody tr").size(), "any number of rows");
    }

    @Test
    void aProgressionMayLeaveOutStageNumbers() {
        Element figure = page("continua/unnumbered-progression/").selectFirst("figure[data-continuum=levels-of-support]");
        assertNotNull(figure);
        assertTrue(figure.hasClass("continuum-ordered"));
        assertEquals(List.of(), figure.select(".stage-number").eachText());
        assertEquals(List.of("Universal", "Targeted", "Specialist"), figure.select(".stage-head .stage-label").eachText());
    }

    @Test
    void everyCellNamesItsStageInTextAndCarriesItsStageId() {
        for (String id : List.of("school-journey", "ways-of-responding")) {
            Element figure = continuum(id);
            List<String> labels = figure.select(".stage-head .stage-label").eachText();
            List<String> ids = figure.select(".stage-head").eachAttr("data-stage");
            for (Element row : figure.select("tbody tr")) {
                List<Element> cells = row.select("td.stage-cell");
                assertEquals(labels.size(), cells.size());
                for (int i = 0; i < cells.size(); i++) {
                    assertEquals(labels.get(i), cells.get(i).selectFirst(".stage-tag").text());
                    assertEquals(ids.get(i), cells.get(i).attr("data-stage"));
                }
            }
            assertTrue(figure.select("[style]").isEmpty(), "no inline styles: colours come from brand.css");
        }
    }

    @Test
    void sharedStageIdsGetEachContinuumsOwnColour() {
        String css = files.get("theme/brand.css");
        assertTrue(css.contains("[data-continuum=\"school-journey\"] [data-stage=\"trauma-aware\"] { --stage-colour: #e67e22; }"), css);
        assertTrue(css.contains("[data-continuum=\"ways-of-responding\"] [data-stage=\"trauma-aware\"] { --stage-colour: #d2e3f3; }"), css);
        assertFalse(css.contains("team-roles"), "a continuum without colours stays neutral: " + css);
        assertFalse(css.contains("--stage-trauma-aware"), "no site-wide stage colour: " + css);
    }

    @Test
    void fillIsMarkedOnlyOnTheContinuumThatAsksForIt() {
        assertEquals(4 + 12, continuum("ways-of-responding").select(".stage-fill").size(), "every heading and cell tag");
        assertEquals(0, continuum("school-journey").select(".stage-fill").size());
    }

    @Test
    void aQuotationFirstThenTheDescriptionThenReflectivePrompts() {
        Element card = page("principles/reflective-prompts/").getElementById("principle-curiosity").parent();
        assertEquals("Curiosity", card.selectFirst("h2").text(), "an unnumbered set prints no number");
        List<String> order = card.children().stream().skip(1).map(e -> e.tagName() + "." + e.className()).toList();
        assertEquals(List.of("figure.quotation", "div.principle-description", "h3.", "ul.principle-prompts"), order);
        assertEquals("Reflective prompts", card.selectFirst("h3").text());
        assertFalse(card.text().contains("Examples in practice"));
        assertEquals(List.of("times of day", "transitions"), card.select(".principle-description ul ul li").eachText(),
                "nested lists in a text part");
        assertEquals(List.of("who was there"), card.select(".principle-prompts li ul ul li").eachText(),
                "nested lists inside a list entry");
    }

    @Test
    void explicitNumbersArePrintedExactlyAsWritten() {
        Document components = page("principles/components/");
        assertEquals(List.of("Component 1", "Component 2", "Component 3"), components.select(".principle-number").eachText());
        assertEquals("Component 1 Leadership and management", components.getElementById("principle-leadership").text());
        assertEquals("What it looks like", components.getElementById("principle-leadership").parent().selectFirst("h3").text());
        Document numbered = page("principles/section-numbers/");
        assertEquals(List.of("2.1", "2.2"), numbered.select(".principle-number").eachText(), "no \".\" added");
        Element safety = numbered.getElementById("principle-safety").parent();
        assertEquals(List.of("div.principle-description", "h3.", "ul.principle-examples", "figure.quotation"),
                safety.children().stream().skip(1).map(e -> e.tagName() + "." + e.className()).toList(),
                "the default layout: description, examples, then the quotation");
        assertEquals("Examples in practice", safety.selectFirst("h3").text());
    }
}
