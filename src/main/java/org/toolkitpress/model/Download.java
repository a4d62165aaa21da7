package org.toolkitpress.model;

import java.util.List;

/**
 * A PDF the print edition made, as the website lists it: its place in the site, title, kind,
 * page count and size, and the pages (by source path) that offer it.
 */
public record Download(String path, String title, Edition.Kind kind, int pages, long bytes, List<String> offeredOn) {
}
