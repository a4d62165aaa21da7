package org.toolkitpress.check;

import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.FigureRef;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.Toolkit;

/**
 * Reports a figure placeholder left open (an error: the rest of the page would vanish into it) and
 * warns about figure placeholders with no description: a reader then learns only that a figure
 * is missing. A warning, not an error: the source may not say what the figure showed.
 */
final class FigureCheck {

    private final Toolkit toolkit;
    private final Diagnostics diagnostics;

    FigureCheck(Toolkit toolkit, Diagnostics diagnostics) {
        this.toolkit = toolkit;
        this.diagnostics = diagnostics;
    }

    void run() {
        for (Page page : toolkit.pages()) {
            for (FigureRef figure : page.body().figures()) {
                if (!figure.closed()) {
                    diagnostics.error(figure.pos(), "the figure placeholder has no closing `:::` line, so the rest of the page"
                            + " would become its description", "end the description with a line holding only `:::`");
                } else if (!figure.described()) {
                    String which = figure.caption().isEmpty() ? "a figure" : "the figure \"" + figure.caption() + "\"";
                    diagnostics.warning(figure.pos(), which + " is not reproduced and has no description",
                            "describe what it showed on the lines between `::: figure` and the closing `:::`");
                }
            }
        }
    }
}
