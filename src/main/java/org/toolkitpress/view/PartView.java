package org.toolkitpress.view;

import java.util.List;

/** A section as the home page lists it: its landing page (or null) and its other pages. */
public record PartView(String title, LinkView landing, List<LinkView> pages) {
}
