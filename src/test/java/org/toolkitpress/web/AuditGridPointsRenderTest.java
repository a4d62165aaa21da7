package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * A grid at assessment points on the web shows each level's colour beside its radio, as the grid
 * without points does in its column heads: the gallery's termly review (Red, Amber, Green at
 * three points), whose colours are written here from its YAML.
 */
class AuditGridPointsRenderTest {

    private static final Map<String, String> COLOURS = Map.of("red", "#d4351c", "amber", "#f47738", "green", "#00703c");

    @Test
    void everyLevelAtEveryPointShowsItsColourBesideItsName() throws IOException {
        Document page = Jsoup.parse(TestSites.built(TestSites.fixture("audit-shapes"), false).site()
                .resolve("audits/termly-review/index.html").toFile(), "UTF-8");
        List<Element> radios = page.select("table.audit-grid-points input[type=radio]");
        assertEquals(3 * 3 * 3, radios.size(), "three levels at three points for three questions");
        List<String> problems = new ArrayList<>();
        for (Element radio : radios) {
            Element label = page.getElementById(radio.id() + ".label");
            Element swatch = radio.parent().selectFirst(".swatch[aria-hidden=true]");
            String colour = COLOURS.get(radio.val());
            if (swatch == null || !swatch.attr("style").contains(colour)) {
                problems.add(radio.id() + ": no " + colour + " swatch in " + radio.parent().outerHtml());
            } else if (label == null || !label.text().equals(Character.toUpperCase(radio.val().charAt(0)) + radio.val().substring(1))) {
                problems.add(radio.id() + ": the label reads \"" + label.text() + "\"");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** A grid's caption names what is given at each point: Red, Amber or Green is a rating, a number 1–4 a score. */
    @Test
    void theCaptionSaysARatingOrAScoreAsTheScaleIs() throws IOException {
        java.nio.file.Path site = TestSites.built(TestSites.fixture("audit-shapes"), false).site();
        Document termly = Jsoup.parse(site.resolve("audits/termly-review/index.html").toFile(), "UTF-8");
        Document progress = Jsoup.parse(site.resolve("audits/progress-review/index.html").toFile(), "UTF-8");
        for (Element caption : termly.select("table.audit-grid-points > caption")) {
            assertEquals(true, caption.ownText().endsWith(": a rating at each assessment"), caption.text());
        }
        for (Element caption : progress.select("table.audit-grid-points > caption")) {
            assertEquals(true, caption.ownText().endsWith(": a score at each assessment"), caption.text());
        }
        assertEquals(true, !termly.select("table.audit-grid-points > caption").isEmpty()
                && !progress.select("table.audit-grid-points > caption").isEmpty(), "both pages have grids at points");
    }

    /**
     * The summary's columns name each figure as the strings file writes it (audit.figure.total
     * "Total", audit.figure.mean "Mean score"), a row per point named by the point's label; only
     * inside "Change in …" is a name lower-cased. The progress review shows total and mean.
     */
    @Test
    void theSummaryNamesEachFigureAsTheWordingWritesIt() throws IOException {
        Document progress = Jsoup.parse(TestSites.built(TestSites.fixture("audit-shapes"), false).site()
                .resolve("audits/progress-review/index.html").toFile(), "UTF-8");
        List<String> heads = progress.select("form table.summary-table thead th").eachText();
        assertEquals(List.of("Assessment", "Total", "Mean score", "Section", "Change in total", "Change in mean score",
                "Question", "First", "Last", "Change"), heads);
        assertEquals(List.of("Assessment 1", "Assessment 2", "Final assessment"),
                progress.select("form table.point-scores-table tr[data-summary-section=provision] th[scope=row]").eachText());
    }
}
