package org.toolkitpress.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.toolkitpress.model.Download;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.theme.Theme;
import org.toolkitpress.view.SiteMap;

/** The Downloads page listing every PDF, and the PDF links a page offers. */
final class DownloadsPage {

    static final String PATH = "downloads/index.html";

    private DownloadsPage() {
    }

    static OutputFile render(List<Download> downloads, Toolkit toolkit, Theme theme) {
        Map<String, Object> model = WebEdition.common(toolkit, "../");
        model.put("page", Map.of("title", "Downloads", "isHome", false));
        // The same navigation as every other page (WCAG 3.2.3).
        model.put("nav", WebEdition.sections(SiteMap.of(toolkit), "../"));
        model.put("breadcrumbs", List.of(Map.of("title", "Home", "url", "../")));
        model.put("downloads", downloads.stream().map(d -> entry(d, "../")).toList());
        String html = theme.render("downloads.ftlh", model);
        return new OutputFile(PATH, html.getBytes(StandardCharsets.UTF_8));
    }

    /** The PDFs a page offers, with links relative to the page. */
    static List<Map<String, Object>> offeredOn(Page page, List<Download> downloads) {
        return downloads.stream().filter(d -> d.offeredOn().contains(page.sourcePath()))
                .map(d -> entry(d, PageContext.root(page))).toList();
    }

    private static Map<String, Object> entry(Download download, String root) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", download.title());
        m.put("url", root + download.path());
        m.put("kind", switch (download.kind()) {
            case PAGES -> "Guide";
            case FORM -> "Fillable form";
            case FILLED -> "Completed example";
        });
        // A preview that makes PDFs on demand lists them before they exist: no numbers then.
        m.put("measured", download.measured());
        m.put("pages", download.pages());
        m.put("size", size(download.bytes()));
        return m;
    }

    /** A file size as people read it: "840 KB", "1.2 MB". */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
