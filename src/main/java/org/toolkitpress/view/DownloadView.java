package org.toolkitpress.view;

/**
 * A PDF as the Downloads page and a page's "Download" list show it.
 *
 * @param kind     "Guide", "Fillable form" or "Completed example"
 * @param measured false while a preview has not made the PDF yet (no pages or size to show)
 * @param size     as people read it: "840 KB", "1.2 MB"
 */
public record DownloadView(String title, String url, String kind, boolean measured, int pages, String size) {
}
