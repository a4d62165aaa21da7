package org.toolkitpress.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes rendered print HTML whole-document safe for the PDF engine: ids made unique per chapter,
 * local links following them, final links unmarked, links that lead nowhere turned into text,
 * web-only parts removed, and a {@code <bookmarks>} outline added from the headings.
 */
final class PrintHtml {

    private static final Pattern SWATCH_COLOUR = Pattern.compile("--stage-colour:\\s*(#[0-9a-fA-F]{6})\\s*;?\\s*$");

    private PrintHtml() {
    }

    static void finish(Document html) {
        html.select("script, [hidden], [data-audit-tools], noscript").remove();
        // A footnote's back-link (the arrow ↩ after its text) is for a screen: paper cannot be
        // clicked, a PDF viewer has its own "back" after following the note's number, and its one
        // character names nothing for a screen reader (PDF/UA wants a link's text to say where it
        // goes). Printed books and LaTeX have none, so the print edition drops it.
        html.select("a.footnote-back").remove();
        // The web's per-element custom properties (stage colours) mean nothing to the engine's CSS 2
        // parser; a swatch's colour is its fill, so it is written in as the background.
        for (Element styled : html.select("[style*=--]")) {
            Matcher colour = SWATCH_COLOUR.matcher(styled.attr("style"));
            if (styled.hasClass("swatch") && colour.find()) {
                styled.attr("style", "background: " + colour.group(1));
            } else {
                styled.removeAttr("style");
            }
        }
        for (Element chapter : html.select("[data-chapter]")) {
            String key = chapter.attr("data-chapter");
            for (Element withId : chapter.select("[id]")) {
                if (withId != chapter && !withId.id().startsWith(key)) {
                    withId.id(key + "--" + withId.id());
                }
            }
            for (Element label : chapter.select("label[for]")) {
                label.attr("for", key + "--" + label.attr("for"));
            }
            for (Element link : chapter.select("a[href^=#]")) {
                String href = link.attr("href");
                if (!href.startsWith(PrintContext.FINAL)) {
                    link.attr("href", href.length() > 1 ? "#" + key + "--" + href.substring(1) : "#" + key);
                }
            }
        }
        for (Element link : html.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith(PrintContext.FINAL)) {
                link.attr("href", "#" + href.substring(PrintContext.FINAL.length()));
            } else if (href.isBlank() || href.startsWith("#") && html.getElementById(href.substring(1)) == null) {
                link.unwrap();
            }
        }
        for (Element link : html.select("a:not([href])")) {
            link.unwrap();
        }
        // A link's title becomes its annotation's description, which PDF/UA asks for.
        for (Element link : html.select("a[href]:not([title])")) {
            link.attr("title", link.text().isBlank() ? link.attr("href") : link.text());
        }
        printAddresses(html);
        widePages(html);
        tables(html);
        bookmarks(html);
    }

    /**
     * Prints the address after each link to the web whose text is not already that address, so
     * a reader of paper can follow it: "the guide (https://…)". Plain text beside the link, not
     * CSS generated content, so it is tagged and read like the words around it. Text that gives
     * the address without its scheme or its final slash ("example.org/guide" for
     * https://example.org/guide/) already gives it: printing it again would only repeat it.
     */
    private static void printAddresses(Document html) {
        for (Element link : html.select("a[href^=http:], a[href^=https:]")) {
            String href = link.attr("href");
            String text = link.text().strip();
            if (!bare(text).equals(bare(href))) {
                link.after(new Element("span").addClass("link-address").text(" (" + href + ")"));
            }
        }
    }

    /** An address as its text may give it: without the scheme and without one final slash. */
    private static String bare(String address) {
        return address.replaceFirst("^https?://", "").replaceFirst("/$", "");
    }

    /**
     * Puts each continuum on a landscape page together with the heading just before it: the
     * engine starts a new page at a change of page size, which would otherwise strand the heading.
     * When nothing but the chapter's title (and its summary and review line) comes before, the
     * title moves too, so no portrait page holds a title alone.
     */
    private static void widePages(Document html) {
        for (Element continuum : html.select("figure.continuum")) {
            Element wide = new Element("div").addClass("wide-page");
            Element before = continuum.previousElementSibling();
            continuum.before(wide);
            if (before != null && before.tagName().matches("h[2-4]")) {
                wide.prependChild(before);
            }
            wide.appendChild(continuum);
            List<Element> opening = chapterOpening(wide);
            for (int i = opening.size() - 1; i >= 0; i--) {
                wide.prependChild(opening.get(i));
            }
        }
    }

    /** The chapter's title, summary and review line when nothing else comes before {@code block}; else none. */
    private static List<Element> chapterOpening(Element block) {
        List<Element> opening = new ArrayList<>();
        if (block.parent() == null || !block.parent().is(".chapter")) {
            return opening;
        }
        for (Element sibling = block.previousElementSibling(); sibling != null; sibling = sibling.previousElementSibling()) {
            if (!sibling.is(".running-chapter")) {
                if (!sibling.is("h1, p.summary, p.review-line")) {
                    return List.of();
                }
                opening.add(0, sibling);
            }
        }
        return opening;
    }

    /** Fewer rows and letters than this: the table surely fits on one A4 page, so print.css keeps it whole. */
    private static final int SHORT_ROWS = 12;
    private static final int SHORT_LETTERS = 1200;

    /**
     * Helps print.css keep each table's header with its rows: a table short enough to fit on a
     * page is marked to be kept whole, and a paragraph that is all bold just before a table
     * ("**Table 1. …**", the way Markdown writes a table's title) is marked to stay with it.
     */
    private static void tables(Document html) {
        for (Element table : html.select("table")) {
            if (table.select("tr").size() <= SHORT_ROWS && table.text().length() <= SHORT_LETTERS) {
                table.addClass("table-short");
            }
            Element before = table.previousElementSibling();
            if (before != null && before.is("p") && before.children().size() == 1 && before.child(0).is("strong, b")
                    && before.text().equals(before.child(0).text())) {
                before.addClass("table-title");
            }
        }
    }

    /** The PDF outline: each level-1 heading, with its level-2 headings beneath. */
    private static void bookmarks(Document html) {
        Element outline = html.head().appendElement("bookmarks");
        Element current = null;
        for (Element heading : html.body().select("h1[id], h2[id]")) {
            if (heading.closest(".contents") != null) {
                continue;
            }
            Element mark = new Element("bookmark").attr("name", heading.text()).attr("href", "#" + heading.id());
            if (heading.tagName().equals("h1") || current == null) {
                outline.appendChild(mark);
                current = mark;
            } else {
                current.appendChild(mark);
            }
        }
    }
}
