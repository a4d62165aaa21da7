package org.toolkitpress.model;

import java.util.List;

/**
 * A PDF the print edition made, as the website lists it: its place in the site, title, kind,
 * page count and size, and the pages (by source path) that offer it. A preview that makes PDFs
 * on demand lists them with 0 pages and 0 bytes until they are made.
 */
public record Download(String path, String title, Edition.Kind kind, int pages, long bytes, List<String> offeredOn) {

    /** False for a PDF listed before it is made (a made PDF always has a page). */
    public boolean measured() {
        return pages > 0;
    }
}
