package org.toolkitpress.load;

import java.nio.file.Path;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Body;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.FrontMatter;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.SourcePos;

/** Reads one page: splits the front matter from the Markdown, checks it, parses the body. */
final class PageLoader {

    static final String PAGES = "content/pages/";

    private final Markdown markdown;
    private final DataSchemas schemas;
    private final Diagnostics diagnostics;

    PageLoader(Markdown markdown, DataSchemas schemas, Diagnostics diagnostics) {
        this.markdown = markdown;
        this.schemas = schemas;
        this.diagnostics = diagnostics;
    }

    /** The page, or null when it cannot be read at all (the reason is a diagnostic). */
    Page load(String relative, Path file, String display) {
        String text = SourceText.read(file, display, SourceText.Kind.PAGE, diagnostics);
        return text == null ? null : page(relative, text, display);
    }

    /** The page written as {@code text}; null when it cannot be read at all. */
    Page page(String relative, String text, String display) {
        SourcePos start = new SourcePos(display, 1, 1);
        LetterScan letters = new LetterScan();
        FrontMatter front;
        String bodyText;
        if (text.isBlank()) {
            // Said as it is: "no front matter" would send an editor looking for lines that are not there.
            diagnostics.error(start, "the page is empty",
                    "write its front matter (`---`, `title: Your title`, `---`) and text, or delete the file if it is not needed");
            front = new FrontMatter(null, null, null, null, null, null);
            bodyText = text;
        } else if (!text.startsWith("---\n") && !text.equals("---")) {
            diagnostics.error(start, "the page has no front matter",
                    "start the page with a line `---`, then `title: Your title`, then another `---`");
            front = new FrontMatter(null, null, null, null, null, null);
            bodyText = text;
        } else {
            int close = closingLine(text);
            if (close < 0) {
                diagnostics.error(start, "the front matter is not closed",
                        "did you forget the line `---` after the front matter?");
                return null;
            }
            String yaml = text.substring(4, close);
            front = frontMatter(yaml, display, start, letters);
            // Blank the front matter instead of cutting it, so Markdown positions stay file lines.
            int bodyStart = text.indexOf('\n', close);
            bodyStart = bodyStart < 0 ? text.length() : bodyStart;
            bodyText = "\n".repeat((int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count())
                    + text.substring(bodyStart);
        }
        Body body = markdown.parse(bodyText, display, diagnostics);
        letters.markdown(body.ast(), bodyText, display);
        String inPages = relative.substring(PAGES.length());
        String section = front.section() != null ? front.section()
                : inPages.contains("/") ? inPages.substring(0, inPages.indexOf('/')) : "";
        return new Page(inPages, url(inPages), section, front, body, start, letters.letters());
    }

    /** The offset of the closing {@code ---} line's start, or -1. */
    private static int closingLine(String text) {
        int at = 4;
        while (at <= text.length()) {
            int end = text.indexOf('\n', at);
            String line = end < 0 ? text.substring(at) : text.substring(at, end);
            if (line.stripTrailing().equals("---") || line.stripTrailing().equals("...")) {
                return at;
            }
            if (end < 0) {
                return -1;
            }
            at = end + 1;
        }
        return -1;
    }

    /** The front matter, validated against schemas/frontmatter.schema.json. */
    private FrontMatter frontMatter(String yaml, String display, SourcePos start, LetterScan letters) {
        YamlTree tree = YamlTree.read(yaml, display, 1, diagnostics);
        if (tree == null) {
            return new FrontMatter(null, null, null, null, null, null);
        }
        if (!tree.root().isObject()) {
            diagnostics.error(start.at(2, 1), "the front matter must be `key: value` lines", "for example `title: Your title`");
            return new FrontMatter(null, null, null, null, null, null);
        }
        Fields fields = new Fields(tree, schemas.validate("frontmatter", tree, diagnostics));
        tree.checkMarkdown(markdown, diagnostics);
        letters.yaml(tree);
        return new FrontMatter(fields.text("title"), fields.text("summary"), fields.text("section"), fields.integer("order"),
                fields.date("last_reviewed"), fields.date("review_by"),
                fields.has("review_by") ? fields.pos("review_by") : null);
    }

    /** The output folder of a page: {@code a/b.md} → {@code a/b/}, {@code a/index.md} → {@code a/}. */
    static String url(String inPages) {
        String stem = inPages.substring(0, inPages.length() - ".md".length());
        if (stem.equals("index")) {
            return "";
        }
        if (stem.endsWith("/index")) {
            return stem.substring(0, stem.length() - "index".length());
        }
        return stem + "/";
    }
}
