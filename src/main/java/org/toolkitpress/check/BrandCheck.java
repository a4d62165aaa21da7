package org.toolkitpress.check;

import java.util.Set;
import java.util.TreeSet;
import org.toolkitpress.model.Brand;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.Contrast;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.theme.ColourPairs;

/**
 * Checks a brand: each colour pair the default theme draws (docs/theme.md) reaches WCAG 2.2 AA
 * contrast (4.5:1 for text, 3:1 for UI parts), its stage colours name real stages, and no
 * overlay file looks like a mistyped override. Its stage colours' contrast is ContinuumCheck's,
 * the same rule as for the data's colours.
 */
final class BrandCheck {


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
        for (ColourPairs.Pair pair : ColourPairs.of(c)) {
            double ratio = Contrast.ratio(pair.colour(), pair.against());
            if (ratio >= pair.minimum()) {
                continue;
            }
            // Point at the colour the brand wrote; a failing default is the other colour's doing.
            SourcePos pos = c.written().containsKey(pair.key()) ? c.written().get(pair.key())
                    : c.written().getOrDefault(pair.againstKey() == null ? "" : pair.againstKey(), brand.pos());
            String shade = Contrast.nearestPassing(pair.colour(), pair.against(), pair.minimum());
            String name = pair.key();
            diagnostics.error(pos, "the " + name + " colour " + pair.colour() + " on the " + pair.againstName()
                            + (pair.againstName().contains("#") ? "" : " " + pair.against())
                            + " has a contrast ratio of " + Contrast.format(ratio) + "; " + pair.role()
                            + " at least " + Contrast.format(pair.minimum()) + " (WCAG 2.2 AA)",
                    "the nearest passing shade is " + shade + " (" + Contrast.format(Contrast.ratio(shade, pair.against()))
                            + "); use it as `" + name + ": \"" + shade + "\"`");
        }
    }

    /** Each stage colour names a stage: by id, or as {@code <continuum>/<stage>}. */
    private void stages(Brand brand) {
        Set<String> known = new TreeSet<>(toolkit.stageIds());
        Set<String> scoped = new TreeSet<>();
        for (Continuum continuum : toolkit.continua().values()) {
            continuum.stages().forEach(s -> scoped.add(continuum.id() + "/" + s.id()));
        }
        for (String stage : brand.colours().stages().keySet()) {
            if (!known.contains(stage) && !scoped.contains(stage)) {
                diagnostics.warning(brand.colours().written().getOrDefault("stages." + stage, brand.pos()),
                        "no continuum has a stage \"" + stage + "\"; this colour is unused",
                        known.isEmpty() ? null : nearStage(stage, stage.contains("/") ? scoped : known));
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

    /** "did you mean" a stage near the one written (not one the brand colours already), else every stage. */
    private String nearStage(String stage, java.util.Collection<String> stages) {
        String near = org.toolkitpress.model.DidYouMean.nearest(stage,
                stages.stream().filter(s -> !toolkit.brand().colours().stages().containsKey(s)).toList());
        return near != null ? "did you mean \"" + near + "\"?" : "the stages are " + String.join(", ", stages);
    }
}
