package org.toolkitpress.model;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A link or image source as written in a page, understood: an external address, an anchor on
 * the same page, or a file of the content folder addressed by its source path. Content paths
 * are relative to {@code content/} ({@code pages/a/b.md}, {@code assets/logo.png}).
 *
 * <p>This is the one scheme allow-list of the toolkit: every link and image, in every form of
 * Markdown and raw HTML, in pages, data files and brands, is judged here, by the check stage
 * (with a diagnostic) and by the renderer (which drops a refused address).
 *
 * @param scheme the scheme that was refused ({@code "javascript"}), or null
 */
public record ContentLink(Kind kind, String contentPath, String anchor, String problem, String scheme) {

    public enum Kind { EXTERNAL, ANCHOR, CONTENT, INVALID }

    /** The schemes a link may use; anything else (javascript:, data:, file:, vbscript:, …) is refused. */
    public static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");
    /**
     * What a browser drops from an address before reading its scheme ({@link #scheme}), compiled
     * once rather than at every call (docs/performance-log.md, "Issue 16: patterns compiled once").
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Cc}\\p{Cf}]");

    /** What an editor is told the allow-list is. */
    public static final String ALLOWED = "allowed: https:, http: (with a warning), mailto:, tel:, "
            + "a path relative to this file, or a #heading";

    /** Understands {@code target} as written in the page at {@code pageSourcePath} (relative to pages/). */
    public static ContentLink of(String pageSourcePath, String target) {
        String written = target == null ? "" : target.strip();
        if (written.isEmpty()) {
            return invalid("the link has no target");
        }
        String scheme = scheme(written);
        if (scheme != null) {
            return SCHEMES.contains(scheme) ? new ContentLink(Kind.EXTERNAL, null, null, null, null)
                    : new ContentLink(Kind.INVALID, null, null,
                    "the link uses the scheme \"" + scheme + ":\", which is not allowed", scheme);
        }
        if (written.startsWith("//") || written.startsWith("\\\\")) {
            return new ContentLink(Kind.EXTERNAL, null, null, null, null);
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
            return new ContentLink(Kind.ANCHOR, null, anchor, null, null);
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
        return new ContentLink(Kind.CONTENT, normal, anchor, null, null);
    }

    /**
     * The scheme of an address as a browser reads it, lower case, or null for a relative address.
     * Disguises do not hide it: case, spaces and control characters anywhere (a browser drops
     * tabs and newlines inside a URL and trims the rest; an entity such as {@code &#x09;} is
     * decoded before this is called).
     */
    public static String scheme(String target) {
        if (target == null) {
            return null;
        }
        String compact = INVISIBLE.matcher(target).replaceAll("").toLowerCase(Locale.ROOT);
        int colon = compact.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String before = compact.substring(0, colon);
        if (before.contains("/") || before.contains("?") || before.contains("#") || before.contains("\\")) {
            return null;
        }
        // Anything else before the colon counts as a scheme, valid or not: refusing an odd one is
        // safer than guessing how a browser reads it.
        return before;
    }

    /** The scheme of {@code target} when the allow-list refuses it, otherwise null. */
    public static String refusedScheme(String target) {
        String scheme = scheme(target);
        return scheme == null || SCHEMES.contains(scheme) ? null : scheme;
    }

    private static ContentLink invalid(String problem) {
        return new ContentLink(Kind.INVALID, null, null, problem, null);
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
