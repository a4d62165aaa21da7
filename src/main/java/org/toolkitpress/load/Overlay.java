package org.toolkitpress.load;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.model.Brand;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.ToolkitInfo;

/** What a brand changes in the loaded toolkit besides files: its settings and its hidden pages. */
final class Overlay {

    private Overlay() {
    }

    /** toolkit.yml's settings with brand.yml's base URL and language winning. */
    static ToolkitInfo settings(ToolkitInfo info, Brand brand) {
        String baseUrl = brand.baseUrl() == null ? info.baseUrl() : brand.baseUrl();
        String language = brand.language() == null ? info.language() : brand.language();
        return new ToolkitInfo(info.title(), info.shortTitle(), info.description(), info.version(), info.date(),
                language, baseUrl, info.sections(), info.editions());
    }

    /**
     * The pages left once the brand's {@code hide} list is applied. An entry is a page's path
     * under content/pages/ or a folder ending in "/"; one that matches nothing is a warning (a typo
     * would otherwise leave the page published without anyone noticing).
     */
    static List<Page> visible(List<Page> pages, Brand brand, Diagnostics diagnostics) {
        if (brand.hide().isEmpty()) {
            return pages;
        }
        List<Page> out = new ArrayList<>(pages);
        for (String entry : brand.hide()) {
            if (!LayeredFiles.isSafe(entry)) {
                diagnostics.error(brand.hidePos(entry), "the hidden page \"" + entry + "\" is outside content/pages/; that is refused",
                        "name pages as they are under content/pages/, e.g. `making-connections/interested.md`");
                continue;
            }
            boolean removed = out.removeIf(p -> entry.endsWith("/") ? p.sourcePath().startsWith(entry)
                    : p.sourcePath().equals(entry));
            if (!removed) {
                diagnostics.warning(brand.hidePos(entry), "`hide: " + entry + "` matches no page",
                        "write the path under content/pages/, e.g. `making-connections/interested.md`, or a folder ending in /");
            }
        }
        return List.copyOf(out);
    }

    /**
     * The sections that still have pages once the brand hides some ({@link ToolkitInfo#published},
     * the rule the editions publish by): a section the brand hides on purpose is not listed for
     * {@code check} either, so it is not warned about as a section waiting for its pages.
     */
    static ToolkitInfo sections(ToolkitInfo info, List<Page> pages, Brand brand) {
        if (brand.hide().isEmpty()) {
            return info;
        }
        return info.published(pages.stream().map(Page::section).collect(Collectors.toSet()));
    }
}
