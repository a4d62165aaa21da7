package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * A rubric answered at assessment points in a grid (the council-shapes fixture, from a new
 * council's walkthrough): the grid at points had room for each level's name only, so every
 * descriptor the editor wrote was left out of the web form. Each criterion with descriptors is
 * laid out stacked instead (as the printed form lays out every rubric), each point offering the
 * levels with the criterion's own words; a criterion without descriptors stays a grid row. The
 * descriptors are written here from the fixture's YAML.
 */
class RubricAtPointsRenderTest {

    @Test
    void everyDescriptorReachesTheFormAtEveryPoint() throws IOException {
        Document page = Jsoup.parse(TestSites.built(TestSites.fixture("council-shapes"), false).site()
                .resolve("index.html").toFile(), "UTF-8");
        Element form = page.selectFirst("form[data-audit=rubric-at-points]");
        List<String> problems = new ArrayList<>();
        for (String[] described : new String[][] {
                {"connection", "beginning", "Few pupils could name an adult they trust in school."},
                {"connection", "leading", "Every pupil has a trusted adult, checked each term."},
                {"voice", "secure", "Pupils' views change decisions, and pupils are told what changed."}}) {
            for (String point : List.of("start", "end")) {
                String name = "rubric-at-points." + described[0] + ".choice@" + point;
                Element radio = form.selectFirst("input[type=radio][name=\"" + name + "\"][value=" + described[1] + "]");
                Element label = radio == null ? null : form.selectFirst("label[for=\"" + radio.id() + "\"]");
                if (label == null || !label.text().contains(described[2])) {
                    problems.add(name + " " + described[1] + ": " + (label == null ? "no label" : "reads \"" + label.text() + "\""));
                }
            }
        }
        assertEquals(List.of(), problems);
        // The criterion without descriptors is still a row of the points grid.
        assertEquals(2 * 4, form.select("table.audit-grid-points input[name^=rubric-at-points.clubs.]").size());
        assertEquals(0, form.select("table.audit-grid-points input[name^=rubric-at-points.connection.]").size());
    }
}
