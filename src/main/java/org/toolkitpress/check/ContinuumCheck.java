package org.toolkitpress.check;

import org.toolkitpress.model.Brand;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.Contrast;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;

/**
 * Checks each continuum's colours as they will be drawn (the brand's stage colour where it sets
 * one, else the data's), by the one rule {@link Continuum#fills} states: a stage the text sits on
 * ({@code colour_style: fill}) keeps WCAG 2.2 AA text contrast with the text colour; a band is
 * decoration beside the stage's name and may be any colour. The only check of stage colours, so
 * a colour gets the same verdict in a continuum file and in a brand.yml. (A stage left without a
 * colour is drawn in neutral grey, which is allowed: a spectrum may colour only the stages its
 * source colours.)
 */
final class ContinuumCheck {

    private final Toolkit toolkit;
    private final Diagnostics diagnostics;

    ContinuumCheck(Toolkit toolkit, Diagnostics diagnostics) {
        this.toolkit = toolkit;
        this.diagnostics = diagnostics;
    }

    void run() {
        toolkit.continua().values().forEach(this::continuum);
    }

    private void continuum(Continuum continuum) {
        Brand.Colours brand = toolkit.brand().colours();
        for (Continuum.Fill fill : continuum.fills(brand)) {
            Continuum.Stage stage = fill.stage();
            String colour = fill.colour();
            double ratio = Contrast.ratio(colour, brand.text());
            String brandKey = fill.brandKey();
            boolean fromBrand = brandKey != null;
            SourcePos pos = fromBrand ? brand.written().getOrDefault("stages." + brandKey, toolkit.brand().pos()) : stage.colourPos();
            if (ratio >= Contrast.TEXT) {
                grey(stage, colour, brand.text(), pos, fromBrand ? brandKey : "colour");
                continue;
            }
            String shade = Contrast.nearestPassing(colour, brand.text(), Contrast.TEXT);
            diagnostics.error(pos, "the stage \"" + stage.id() + "\" colour " + colour + " behind the text colour "
                            + brand.text() + " has a contrast ratio of " + Contrast.format(ratio)
                            + "; text on a stage colour (`colour_style: fill`) needs at least "
                            + Contrast.format(Contrast.TEXT) + " (WCAG 2.2 AA)",
                    "the nearest passing shade is " + shade + " (" + Contrast.format(Contrast.ratio(shade, brand.text()))
                            + "); use it as `" + (fromBrand ? brandKey : "colour") + ": \"" + shade + "\"`"
                            + (fromBrand ? "" : ", or draw the colours as bands (`colour_style: band`)"));
        }
    }

    /**
     * A warning when text on a stage colour that passes in colour would be hard to read printed
     * in greyscale (a school's black-and-white printer): a saturated red or blue can turn into a
     * grey much darker than its WCAG luminance says.
     */
    private void grey(Continuum.Stage stage, String colour, String text, SourcePos pos, String key) {
        double ratio = Contrast.greyRatio(colour, text);
        if (ratio >= Contrast.TEXT) {
            return;
        }
        String shade = colour;
        for (int step = 0; step < 100 && Contrast.greyRatio(shade, text) < Contrast.TEXT; step++) {
            shade = Contrast.nearestPassing(shade, text, Math.min(21, Contrast.ratio(shade, text) + 0.25));
        }
        diagnostics.warning(pos, "the stage \"" + stage.id() + "\" colour " + colour + " prints in greyscale as "
                        + Contrast.grey(colour) + ", which has a contrast ratio of " + Contrast.format(ratio)
                        + " with the text printed on it; the PDFs would be hard to read printed in black and white (needs "
                        + Contrast.format(Contrast.TEXT) + ")",
                "a shade that reads in greyscale too is " + shade + " (" + Contrast.format(Contrast.greyRatio(shade, text))
                        + " in grey); use it as `" + key + ": \"" + shade + "\"`");
    }
}
