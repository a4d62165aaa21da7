package org.toolkitpress.check;

import org.toolkitpress.model.Brand;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.Contrast;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;

/**
 * Checks each continuum's colours as they will be drawn (the brand's stage colour where it sets
 * one, else the data's): a stage the text sits on ({@code colour_style: fill}) keeps WCAG 2.2 AA
 * text contrast with the text colour. (A stage left without a colour is drawn in neutral grey,
 * which is allowed: a spectrum may colour only the stages its source colours.)
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
        if (continuum.colourStyle() != Continuum.ColourStyle.FILL) {
            return;
        }
        for (Continuum.Stage stage : continuum.stages()) {
            String colour = continuum.colour(stage, brand);
            if (colour == null) {
                continue;
            }
            double ratio = Contrast.ratio(colour, brand.text());
            if (ratio >= Contrast.TEXT) {
                continue;
            }
            String brandKey = continuum.brandKey(stage, brand);
            boolean fromBrand = brandKey != null;
            SourcePos pos = fromBrand ? brand.written().getOrDefault("stages." + brandKey, toolkit.brand().pos()) : stage.colourPos();
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
}
