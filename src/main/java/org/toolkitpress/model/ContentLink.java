package org.toolkitpress.model;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * A link or image source as written in a page, understood: an external address, an anchor on
 * the same page, or a file of the content folder addressed by its source path. Content paths
 * are relative to {@code content/} ({@code pages/a/b.md}, {@code assets/logo.png}).
 */
public record ContentLink(Kind kind, String contentPath, String anchor, String problem) {

    public enum Kind { EXTERNAL, ANCHOR, CONTENT, INVALID }

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

    /** Understands {@code target} as written in the page at {@code pageSourcePath} (relative to pages/). */
    public static ContentLink of(String pageSourcePath, String target) {
        String written = target == null ? "" : target.strip();
        if (written.isEmpty()) {
            return invalid("the link has no target");
        }
        String compact = written.replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
        int colon = compact.indexOf(':');
        int slash = compact.indexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash)) {
            String scheme = compact.substring(0, colon);
            if (scheme.equals("javascript")) {
                return invalid("javascript: URLs are not allowed");
            }
            if (!SAFE_SCHEMES.contains(scheme)) {
                return invalid("links with the " + scheme + ": scheme are not allowed");
            }
            return new ContentLink(Kind.EXTERNAL, null, null, null);
        }
        if (written.startsWith("//")) {
            return new ContentLink(Kind.EXTERNAL, null, null, null);
        }
        String path = written;
        String anchor = null;
        int hash = written.indexOf('#');
        if (hash >= 0) {
            path = written.substring(0, hash);
            anchor = written.substring(hash + 1);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty()) {
            return new ContentLink(Kind.ANCHOR, null, anchor, null);
        }
        if (path.startsWith("/")) {
            return invalid("links to other pages are written relative to this file, not from /");
        }
        try {
            path = URI.create("x:/" + path.replace(" ", "%20")).getPath().substring(1);
        } catch (IllegalArgumentException e) {
            return invalid("the link target is not a valid path");
        }
        String base = "pages/" + pageSourcePath;
        String joined = base.substring(0, base.lastIndexOf('/') + 1) + path;
        String normal = normalise(joined);
        if (normal == null) {
            return invalid("the link leads outside the content folder");
        }
        return new ContentLink(Kind.CONTENT, normal, anchor, null);
    }

    private static ContentLink invalid(String problem) {
        return new ContentLink(Kind.INVALID, null, null, problem);
    }

    /** Resolves . and .. segments; null when the path climbs above its start. */
    private static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts) + (path.endsWith("/") && !parts.isEmpty() ? "/" : "");
    }

    public boolean isPage() {
        return kind == Kind.CONTENT && contentPath.startsWith("pages/") && contentPath.endsWith(".md");
    }

    /** The source path of the linked page, relative to pages/ (only for {@link #isPage()}). */
    public String pagePath() {
        return contentPath.substring("pages/".length());
    }

    /** Where a non-page content file is published: assets keep their path, page folders lose "pages/". */
    public String assetOutputPath() {
        return contentPath.startsWith("pages/") ? contentPath.substring("pages/".length()) : contentPath;
    }
}
