package org.toolkitpress.theme;

import java.util.List;
import org.toolkitpress.model.Brand;
import org.toolkitpress.model.Contrast;

/**
 * The colour pairs the default theme's {@code site.css} draws (docs/theme.md), each with the
 * WCAG ratio it must keep: the theme's knowledge, so the brand check and the accessibility
 * statement measure exactly what the stylesheet paints. Stage colours are not among them: they
 * depend on each continuum's {@code colour_style}, so {@link org.toolkitpress.model.Continuum#fills}
 * says which are drawn behind text.
 */
public final class ColourPairs {

    /** How much primary site.css mixes into the background for tinted panels ({@code --surface}). */
    public static final double SURFACE_TINT = 0.06;
    private static final String WHITE = "#ffffff";

    /**
     * One pair: {@code key} is the brand colour to change when the pair fails, {@code againstKey}
     * the other brand colour (null for white). {@code role} is what needs the contrast with its
     * verb ("links need", "the banner needs"), as the check's error says it.
     */
    public record Pair(String key, String colour, String againstKey, String against, String againstName,
                       String role, double minimum) {
    }

    private ColourPairs() {
    }

    /** The pairs the default theme draws with these colours. */
    public static List<Pair> of(Brand.Colours c) {
        String bg = c.background();
        String surface = Contrast.mix(c.primary(), SURFACE_TINT, bg);
        return List.of(
                new Pair("text", c.text(), "background", bg, "background colour", "body text needs", Contrast.TEXT),
                new Pair("link", c.link(), "background", bg, "background colour", "links need", Contrast.TEXT),
                new Pair("link", c.link(), "primary", surface, "surface tint (6% primary) " + surface,
                        "links on tinted panels need", Contrast.TEXT),
                new Pair("primary", c.primary(), null, WHITE, "white banner text", "the banner needs", Contrast.TEXT),
                new Pair("secondary", c.secondary(), null, WHITE, "white footer text", "the footer needs", Contrast.TEXT),
                new Pair("secondary", c.secondary(), "background", bg, "background colour",
                        "the current-page marker (a UI part) needs", Contrast.LARGE_TEXT_AND_UI),
                new Pair("accent", c.accent(), "text", c.text(), "text colour " + c.text(),
                        "focused links and the skip link (text on the accent) need", Contrast.TEXT));
    }
}
