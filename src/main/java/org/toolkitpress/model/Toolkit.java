package org.toolkitpress.model;

import java.util.List;
import java.util.Map;

/** Everything one build loaded: the whole content model, immutable. */
public record Toolkit(ToolkitInfo info, List<Page> pages, Map<String, Continuum> continua,
                      Map<String, PrincipleSet> principleSets, Map<String, Audit> audits,
                      Map<String, Response> responses, List<Asset> assets, ContentHistory history) {

    public Page page(String sourcePath) {
        return pages.stream().filter(p -> p.sourcePath().equals(sourcePath)).findFirst().orElse(null);
    }
}
