package org.toolkitpress.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.toolkitpress.model.ContentLink;

/**
 * The one allow-list for raw HTML in Markdown — pages, data files, brand files and answers read
 * back from a PDF alike. The check stage turns each problem into a diagnostic at its place; the
 * renderer prints a fragment with any problem as text, so nothing outside the list reaches a
 * page or a PDF even if a check was skipped.
 */
public final class HtmlAllowList {

    public static final Set<String> TAGS = Set.of("abbr", "br", "sub", "sup", "small", "mark", "kbd", "span", "div",
            "details", "summary");
    public static final Set<String> ATTRIBUTES = Set.of("class", "id", "lang", "title", "open", "dir");

    /** Attributes that hold an address, judged by the scheme allow-list whatever element carries them. */
    private static final Set<String> ADDRESS_ATTRIBUTES = Set.of("href", "src", "srcset", "xlink:href", "action",
            "formaction", "poster", "data", "background", "cite", "longdesc", "ping", "lowsrc", "dynsrc", "manifest",
            "codebase", "icon");

    private static final String WRAP = "<body>";

    /** One thing in a fragment the allow-list refuses, at a character offset of the fragment. */
    public record Problem(int offset, String message, String hint) {
    }

    private HtmlAllowList() {
    }

    /**
     * Everything the allow-list refuses in a fragment. The fragment is read with the HTML
     * tokenizer but without the HTML tree rules, so every tag a browser would see is judged where
     * it was written, including {@code <body>} and {@code <html>}, whose attributes a browser
     * would move onto the page's own element.
     */
    public static List<Problem> problems(String html) {
        Document fragment = Parser.xmlParser().setTrackPosition(true).parseInput(WRAP + html + "</body>", "");
        Element wrapper = fragment.child(0);
        List<Problem> problems = new ArrayList<>();
        for (Element element : wrapper.getAllElements()) {
            if (element == wrapper) {
                continue;
            }
            int offset = element.sourceRange().isTracked()
                    ? Math.max(0, element.sourceRange().start().pos() - WRAP.length()) : 0;
            String tag = element.normalName();
            boolean allowedTag = TAGS.contains(tag);
            if (!allowedTag) {
                problems.add(new Problem(offset, "raw HTML <" + tag + "> is not allowed in content", instead(tag)));
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String scheme = ContentLink.refusedScheme(attribute.getValue());
                if (ADDRESS_ATTRIBUTES.contains(name) && scheme != null) {
                    problems.add(new Problem(offset, "the " + addressKind(name) + " uses the scheme \"" + scheme
                            + ":\", which is not allowed", ContentLink.ALLOWED));
                } else if (!allowedTag) {
                    continue;
                } else if (name.startsWith("on")) {
                    problems.add(new Problem(offset, "event-handler attribute \"" + name + "\" is not allowed in content",
                            "remove it: pages cannot run scripts"));
                } else if (scheme != null && scheme.equals("javascript")) {
                    problems.add(new Problem(offset, "javascript: URLs are not allowed in content", null));
                } else if (!ATTRIBUTES.contains(name)) {
                    problems.add(new Problem(offset, "the attribute \"" + name + "\" is not allowed on <" + tag + ">",
                            "allowed attributes: " + String.join(", ", ATTRIBUTES.stream().sorted().toList())));
                }
            }
        }
        return problems;
    }

    /** True when the fragment holds nothing the allow-list refuses. */
    public static boolean allows(String html) {
        return problems(html).isEmpty();
    }

    private static String addressKind(String attribute) {
        return switch (attribute) {
            case "href", "xlink:href", "action", "formaction", "ping" -> "link";
            case "src", "srcset", "poster", "lowsrc", "dynsrc", "background", "icon" -> "image";
            default -> "address in \"" + attribute + "\"";
        };
    }

    /**
     * What to write instead of a refused tag: the Markdown for the tags editors paste most (an
     * image, a link, a table), and for an embedded video or map, a link to it, as the page may
     * not ask another site for anything.
     */
    private static String instead(String tag) {
        return switch (tag) {
            case "iframe", "video", "audio", "embed", "object" -> "an embedded video, map or form cannot be shown: link to it"
                    + " instead, e.g. [Watch the video on YouTube](https://www.youtube.com/watch?v=…)";
            case "img" -> "write the image in Markdown: ![what the image shows](../../assets/picture.png)";
            case "a" -> "write the link in Markdown: [the words to click](https://…) or [another page](other-page.md)";
            case "table", "tr", "td", "th", "thead", "tbody" -> "write the table in Markdown: a line `| Heading | Heading |`,"
                    + " then `|---|---|`, then a line per row";
            default -> "use Markdown instead; allowed tags: " + String.join(", ", TAGS.stream().sorted().toList());
        };
    }
}
