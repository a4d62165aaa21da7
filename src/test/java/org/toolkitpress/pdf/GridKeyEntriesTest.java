package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * The key above a printed grid at assessment points ("Not yet = Not started or rarely seen",
 * each after its colour's swatch) wraps between entries, never inside one: the council-shapes
 * fixture's three meanings do not fit one A4 line, and the third used to break after "across",
 * leaving "the school" alone at the start of the next line under the first entry's swatch. The
 * entries are written here from the fixture's YAML.
 */
class GridKeyEntriesTest {

    @Test
    void eachKeyEntryStaysWholeOnOneLine() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(TestSites.built(TestSites.fixture("council-shapes"), true).site()
                .resolve("downloads/attendance-review.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> lines = stripper.getText(pdf).lines().map(String::strip).toList();
            for (String entry : List.of("Not yet = Not started or rarely seen", "Partly = Happening in some places",
                    "Fully = Consistent across the school")) {
                assertTrue(lines.stream().anyMatch(line -> line.contains(entry)), entry + " is not whole on one line of " + lines);
            }
            assertEquals(List.of(), lines.stream().filter(line -> line.startsWith("the school")).toList(),
                    "no line starts with the end of an entry");
        }
    }
}
