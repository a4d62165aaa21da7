package org.toolkitpress.web;

import org.toolkitpress.model.DisplayDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.ContentHistory;
import org.toolkitpress.model.ContentHistory.Edition;
import org.toolkitpress.model.ContentHistory.FileChange;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.theme.Theme;

/**
 * The generated "What changed" page: each tagged edition, newest first, with the content files
 * it added, changed, renamed or removed since the edition before. Published only when the
 * project has git history with at least one tag; without it there is no page and no link.
 */
final class WhatChanged {

    static final String PATH = "whats-changed/";
    private static final String PAGES = "content/pages/";

    private WhatChanged() {
    }

    static boolean isPublished(Toolkit toolkit) {
        return toolkit.history() != null && !toolkit.history().editions().isEmpty();
    }

    static OutputFile render(Toolkit toolkit, Theme theme, Map<String, Object> common) {
        Map<String, Object> model = new LinkedHashMap<>(common);
        ContentHistory history = toolkit.history();
        List<EditionEntry> editions = new ArrayList<>();
        for (int i = history.editions().size() - 1; i >= 0; i--) {
            Edition edition = history.editions().get(i);
            editions.add(new EditionEntry(edition.tag(), DisplayDate.of(edition.date()), i == 0,
                    edition.changes().stream().map(c -> change(c, toolkit)).toList()));
        }
        model.put("editions", editions);
        model.put("current", history.describe());
        model.put("page", org.toolkitpress.view.PageView.titled(toolkit.wording().text("whats-changed.title")));
        model.put("nav", List.of());
        model.put("breadcrumbs", List.of());
        String html = theme.render("whats-changed.ftlh", model);
        return new OutputFile(PATH + "index.html", html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One tagged edition, newest first.
     *
     * @param date  as readers read dates ("" when git gives none)
     * @param first whether it is the first edition (everything in it was added)
     */
    public record EditionEntry(String tag, String date, boolean first, List<ChangeEntry> changes) {
    }

    /**
     * A change as readers know it: a page by its current title and link, anything else by its file.
     *
     * @param kind  the change in the interface's words (added, changed, removed, moved)
     * @param url   the page's link, "" for a file that is not a page or a page removed
     * @param from  where a moved file was, else ""
     */
    public record ChangeEntry(String kind, String title, String url, String file, String from) {
    }

    private static ChangeEntry change(FileChange change, Toolkit toolkit) {
        String kind = switch (change.kind()) {
            case ADDED -> toolkit.wording().text("whats-changed.added");
            case CHANGED -> toolkit.wording().text("whats-changed.changed");
            case REMOVED -> toolkit.wording().text("whats-changed.removed");
            case RENAMED -> toolkit.wording().text("whats-changed.moved");
        };
        Page page = change.path().startsWith(PAGES) ? toolkit.page(change.path().substring(PAGES.length())) : null;
        boolean gone = change.kind() == FileChange.Kind.REMOVED;
        return new ChangeEntry(kind, page != null && !gone ? page.title() : change.path(),
                page != null && !gone ? "../" + page.url() : "", change.path(),
                change.fromPath() == null ? "" : change.fromPath());
    }
}
