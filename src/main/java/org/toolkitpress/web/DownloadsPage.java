package org.toolkitpress.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.toolkitpress.model.Download;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.Wording;
import org.toolkitpress.theme.Theme;
import org.toolkitpress.view.DownloadView;
import org.toolkitpress.view.PageView;

/** The Downloads page listing every PDF, and the PDF links a page offers. */
final class DownloadsPage {

    static final String PATH = "downloads/index.html";

    private DownloadsPage() {
    }

    static OutputFile render(List<Download> downloads, Map<String, Object> common, Navigation navigation, Theme theme) {
        Map<String, Object> model = new LinkedHashMap<>(common);
        model.put("page", PageView.titled(navigation.wording().text("downloads.title")));
        // The same navigation as every other page (WCAG 3.2.3).
        model.put("nav", navigation.sections("../"));
        model.put("breadcrumbs", List.of(navigation.home("../")));
        model.put("downloads", downloads.stream().map(d -> view(d, "../", navigation.wording())).toList());
        String html = theme.render("downloads.ftlh", model);
        return new OutputFile(PATH, html.getBytes(StandardCharsets.UTF_8));
    }

    /** The PDFs a page offers, with links relative to the page. */
    static List<DownloadView> offeredOn(Page page, List<Download> downloads, Wording wording) {
        return downloads.stream().filter(d -> d.offeredOn().contains(page.sourcePath()))
                .map(d -> view(d, PageContext.root(page), wording)).toList();
    }

    private static DownloadView view(Download download, String root, Wording wording) {
        String kind = switch (download.kind()) {
            case PAGES -> wording.text("downloads.kind.guide");
            case FORM -> wording.text("downloads.kind.form");
            case FILLED -> wording.text("downloads.kind.example");
        };
        // A preview that makes PDFs on demand lists them before they exist: no numbers then.
        return new DownloadView(download.title(), root + download.path(), kind, download.measured(), download.pages(),
                size(download.bytes(), wording));
    }

    /**
     * A file size as people read it: "840 KB", "1.2 MB" (the units are interface strings); the
     * one rule for every page that gives one.
     */
    static String size(long bytes, Wording wording) {
        if (bytes < 1024 * 1024) {
            return wording.text("downloads.size.kb", Map.of("size", Math.max(1, Math.round(bytes / 1024.0))));
        }
        return wording.text("downloads.size.mb", Map.of("size", String.format(Locale.UK, "%.1f", bytes / (1024.0 * 1024.0))));
    }
}
