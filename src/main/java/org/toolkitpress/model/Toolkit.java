package org.toolkitpress.model;

import java.util.List;
import java.util.Map;

/** Everything one build loaded: the whole content model and who publishes it, immutable. */
public record Toolkit(ToolkitInfo info, List<Page> pages, Map<String, Continuum> continua,
                      Map<String, PrincipleSet> principleSets, Map<String, Audit> audits,
                      Map<String, Response> responses, List<Asset> assets, Brand brand, ContentHistory history) {

    /** A toolkit with the neutral default brand (no overlay) and no git history. */
    public Toolkit(ToolkitInfo info, List<Page> pages, Map<String, Continuum> continua,
                   Map<String, PrincipleSet> principleSets, Map<String, Audit> audits,
                   Map<String, Response> responses, List<Asset> assets) {
        this(info, pages, continua, principleSets, audits, responses, assets, Brand.neutral(), ContentHistory.NONE);
    }

    /** A toolkit with a brand and no git history. */
    public Toolkit(ToolkitInfo info, List<Page> pages, Map<String, Continuum> continua,
                   Map<String, PrincipleSet> principleSets, Map<String, Audit> audits,
                   Map<String, Response> responses, List<Asset> assets, Brand brand) {
        this(info, pages, continua, principleSets, audits, responses, assets, brand, ContentHistory.NONE);
    }

    public Page page(String sourcePath) {
        return pages.stream().filter(p -> p.sourcePath().equals(sourcePath)).findFirst().orElse(null);
    }
}
