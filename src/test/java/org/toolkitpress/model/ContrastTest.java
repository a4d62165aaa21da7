package org.toolkitpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContrastTest {

    @Test
    void ratiosMatchTheWcagFormula() {
        assertEquals(21.0, Contrast.ratio("#000000", "#ffffff"), 1e-9);
        assertEquals(1.0, Contrast.ratio("#1d4f91", "#1d4f91"), 1e-9);
        // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
        assertTrue(Contrast.ratio("#767676", "#ffffff") >= 4.5);
        assertTrue(Contrast.ratio("#777777", "#ffffff") < 4.5);
        assertEquals(Contrast.ratio("#c8102e", "#ffffff"), Contrast.ratio("#ffffff", "#c8102e"), 1e-12);
    }

    @Test
    void formatRoundsDownSoAFailingRatioNeverLooksLikeAPass() {
        assertEquals("4.47:1", Contrast.format(Contrast.ratio("#777777", "#ffffff")));
        assertEquals("21.00:1", Contrast.format(21));
    }

    @Test
    void nearestPassingShadeKeepsTheHueAndOnlyJustPasses() {
        String shade = Contrast.nearestPassing("#7fb2e5", "#ffffff", 4.5);
        double ratio = Contrast.ratio(shade, "#ffffff");
        assertTrue(ratio >= 4.5 && ratio < 4.8, shade + " " + ratio);
        // Still a blue: its blue channel is the largest.
        int rgb = Integer.parseInt(shade.substring(1), 16);
        assertTrue((rgb & 0xff) > ((rgb >> 16) & 0xff), shade);
        // On a dark background the nearest passing shade is lighter.
        String light = Contrast.nearestPassing("#333366", "#111111", 3.0);
        assertTrue(Contrast.luminance(light) > Contrast.luminance("#333366"));
        assertTrue(Contrast.ratio(light, "#111111") >= 3.0);
    }

    /** ISO 32000-1, 10.3.3: gray = 0.3 red + 0.59 green + 0.11 blue (worked by hand here). */
    @Test
    void greyIsThePdfConversionFromRgbToGray() {
        assertEquals("#4d4d4d", Contrast.grey("#ff0000"));   // 0.3 × 255 = 76.5 → 77
        assertEquals("#969696", Contrast.grey("#00ff00"));   // 0.59 × 255 = 150.45 → 150
        assertEquals("#1c1c1c", Contrast.grey("#0000ff"));   // 0.11 × 255 = 28.05 → 28
        assertEquals("#ffffff", Contrast.grey("#ffffff"));
        // A saturated red passes 4.5:1 with near-black text in colour, not once printed in grey.
        assertTrue(Contrast.ratio("#ff3030", "#1b1f23") >= 4.5);
        assertTrue(Contrast.greyRatio("#ff3030", "#1b1f23") < 3.5);
    }
}
