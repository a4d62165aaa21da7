package org.toolkitpress.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.toolkitpress.model.Brand;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.Contrast;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;

/**
 * Checks a brand: its colours reach WCAG 2.2 AA contrast against the background (4.5:1 for text
 * and links and for the header band's text, 3:1 for large text and UI parts), its stage colours
 * name real stages, and no overlay file looks like a mistyped override.
 */
final class BrandCheck {

    static final double TEXT = 4.5;
    static final double LARGE_TEXT_AND_UI = 3.0;

    /** One colour pair the theme draws: which brand colour is adjusted when it fails. */
    private record Pair(String key, String role, String colour, String against, String againstName, double minimum) {
    }

    private final Toolkit toolkit;
    private final Diagnostics diagnostics;

    BrandCheck(Toolkit toolkit, Diagnostics diagnostics) {
        this.toolkit = toolkit;
        this.diagnostics = diagnostics;
    }

    void run() {
        Brand brand = toolkit.brand();
        if (brand.isNeutral()) {
            return;
        }
        contrast(brand);
        stages(brand);
        overlay(brand);
    }

    private void contrast(Brand brand) {
        Brand.Colours c = brand.colours();
        String bg = c.background();
        List<Pair> pairs = new ArrayList<>(List.of(
                new Pair("text", "body text", c.text(), bg, "background", TEXT),
                new Pair("link", "links", c.link(), bg, "background", TEXT),
                new Pair("primary", "the header band (its text is the background colour)", c.primary(), bg, "background", TEXT),
                new Pair("secondary", "large text and borders", c.secondary(), bg, "background", LARGE_TEXT_AND_UI),
                new Pair("accent", "focus outlines and highlights", c.accent(), bg, "background", LARGE_TEXT_AND_UI)));
        c.stages().forEach((stage, colour) -> pairs.add(new Pair("stages." + stage,
                "the continuum stage \"" + stage + "\" (a UI part)", colour, bg, "background", LARGE_TEXT_AND_UI)));
        for (Pair pair : pairs) {
            double ratio = Contrast.ratio(pair.colour(), pair.against());
            if (ratio >= pair.minimum()) {
                continue;
            }
            // Blame the colour the brand wrote; a failing default is the background's fault.
            boolean ownColour = c.written().containsKey(pair.key());
            SourcePos pos = c.written().getOrDefault(ownColour ? pair.key() : "background", brand.pos());
            String shade = Contrast.nearestPassing(pair.colour(), pair.against(), pair.minimum());
            diagnostics.error(pos, "the " + pair.key() + " colour " + pair.colour() + " on the " + pair.againstName()
                            + " colour " + pair.against() + " has a contrast ratio of " + Contrast.format(ratio)
                            + "; " + pair.role() + " need at least " + Contrast.format(pair.minimum()) + " (WCAG 2.2 AA)",
                    "the nearest passing shade is " + shade + " (" + Contrast.format(Contrast.ratio(shade, pair.against()))
                            + "); use it as `" + pair.key().replace("stages.", "") + ": \"" + shade + "\"`");
        }
    }

    private void stages(Brand brand) {
        Set<String> known = new TreeSet<>();
        for (Continuum continuum : toolkit.continua().values()) {
            continuum.stages().forEach(s -> known.add(s.id()));
        }
        for (String stage : brand.colours().stages().keySet()) {
            if (!known.contains(stage)) {
                diagnostics.warning(brand.colours().written().getOrDefault("stages." + stage, brand.pos()),
                        "no continuum has a stage \"" + stage + "\"; this colour is unused",
                        known.isEmpty() ? null : "the stages are " + String.join(", ", known));
            }
        }
    }

    /**
     * A new overlay file beside a base file with a nearly equal name is most likely a typo for
     * an override; a new template is used only if another overlay template includes it.
     */
    private void overlay(Brand brand) {
        for (Brand.OverlayFile file : brand.overlay()) {
            if (file.replaces()) {
                continue;
            }
            if (file.nearest() != null) {
                diagnostics.warning(file.pos(), "this overlay file overrides nothing: the base has no " + file.path(),
                        "did you mean " + file.nearest() + "? (an overlay file replaces the base file at the same path)");
            } else if (file.path().startsWith("templates/") && file.path().endsWith(".ftlh")) {
                diagnostics.warning(file.pos(), "this overlay template overrides nothing: the base has no " + file.path(),
                        "it is used only if another template includes it; check the name");
            }
        }
    }
}
