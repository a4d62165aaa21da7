package org.toolkitpress.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.DisplayDate;
import org.toolkitpress.model.Edition;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.Section;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.theme.Theme;
import org.toolkitpress.view.SiteView;
import org.toolkitpress.view.FormView;
import org.toolkitpress.view.MarkdownFunction;
import org.toolkitpress.view.SiteMap;

/**
 * The print HTML of one edition: the template {@code print/document.ftlh} filled with the cover,
 * contents and chapters (or the form), then made whole-document safe — each page's ids get the
 * page's prefix so pages can share heading names, links are resolved, and the PDF's bookmarks
 * are added from the headings.
 */
final class PrintDocument {

    private final Toolkit toolkit;
    private final Markdown markdown;
    private final Theme theme;
    private final PrintComponents components;
    private final SiteMap siteMap;
    private final SiteView site;
    private final String css;
    private final FallbackLetters letters;

    PrintDocument(Toolkit toolkit, Markdown markdown, Theme theme, PrintComponents components,
                  SiteView site, String css, FallbackLetters letters) {
        this.css = css;
        this.letters = letters;
        this.toolkit = toolkit;
        this.markdown = markdown;
        this.theme = theme;
        this.components = components;
        this.siteMap = SiteMap.of(toolkit);
        this.site = site;
    }

    /** The title an edition prints under: its own, else that of what it prints. */
    String title(Edition edition) {
        if (edition.title() != null) {
            return edition.title();
        }
        return switch (edition.kind()) {
            case PAGES -> edition.sections().size() == 1 ? sectionTitle(edition.sections().get(0)) : toolkit.info().title();
            case FORM -> toolkit.audits().get(edition.source()).title();
            case FILLED -> {
                Response response = toolkit.responses().get(edition.source());
                yield response.title() != null ? response.title() : toolkit.audits().get(response.audit()).title();
            }
        };
    }

    private String sectionTitle(String id) {
        return toolkit.info().sections().stream().filter(s -> s.id().equals(id)).map(Section::title).findFirst().orElse(id);
    }

    /** The pages a PAGES edition prints, in reading order. */
    List<Page> pages(Edition edition) {
        List<Page> pages = new ArrayList<>();
        for (String id : edition.sections()) {
            siteMap.parts().stream().filter(p -> p.section().id().equals(id)).findFirst().ifPresent(part -> {
                if (part.landing() != null) {
                    pages.add(part.landing());
                }
                pages.addAll(part.pages());
            });
        }
        return pages;
    }

    /** The audit a FORM or FILLED edition prints. */
    Audit audit(Edition edition) {
        return switch (edition.kind()) {
            case FORM -> toolkit.audits().get(edition.source());
            case FILLED -> toolkit.audits().get(toolkit.responses().get(edition.source()).audit());
            case PAGES -> null;
        };
    }

    /** The page of the website an edition comes from, for the cover's link back. */
    String webUrl(Edition edition) {
        if (edition.kind() == Edition.Kind.PAGES) {
            List<Page> pages = pages(edition);
            return PrintContext.web(toolkit, edition.sections().size() == 1 && !pages.isEmpty() ? pages.get(0).url() : "");
        }
        String kind = edition.kind() == Edition.Kind.FORM ? "audit" : "response";
        return PrintContext.web(toolkit, toolkit.pages().stream()
                .filter(p -> p.body().components().stream().anyMatch(c -> c.kind().equals(kind) && c.id().equals(edition.source())))
                .findFirst().map(Page::url).orElse(""));
    }

    /**
     * The print HTML of an edition; a form edition is laid out for {@code answers} when given (a
     * form filled by {@code toolkit fill}: its running head names the school, its plan has a row
     * per planned action), else for the edition's own response (a filled example) or none.
     */
    Document html(Edition edition, Response answers) {
        String title = title(edition);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site);
        model.put("css", Theme.markup(css));
        model.put("doc", new Doc(edition.id(), title, edition.kind().name().toLowerCase(java.util.Locale.ROOT), webUrl(edition)));
        model.put("publisher", Cover.publisher(toolkit));
        if (edition.kind() == Edition.Kind.PAGES) {
            model.put("chapters", chapters(edition));
        } else {
            Audit audit = audit(edition);
            Response response = answers != null ? answers
                    : edition.kind() == Edition.Kind.FILLED ? toolkit.responses().get(edition.source()) : null;
            model.put("form", FormView.of(audit, toolkit, response));
            model.put("fillable", true);
            model.put("md", MarkdownFunction.of(markdown, org.toolkitpress.markdown.RenderContext.PLAIN, false));
            model.put("mdi", MarkdownFunction.of(markdown, org.toolkitpress.markdown.RenderContext.PLAIN, true));
            model.put("chapters", List.of());
        }
        Document html = Jsoup.parse(theme.render("print/document.ftlh", model));
        PrintHtml.finish(html);
        letters.mark(html);
        return html;
    }

    /**
     * The PDF as its template names it.
     *
     * @param kind   {@code pages}, {@code form} or {@code filled}
     * @param webUrl the page of the website it prints, "" when none
     */
    public record Doc(String id, String title, String kind, String webUrl) {
    }

    /**
     * One page of a guide as a chapter.
     *
     * @param key  the chapter's anchor, which links to the page point at
     * @param part the section's title when the chapter starts one in a PDF of several sections, else ""
     * @param html the page's body, printed
     */
    public record Chapter(String key, String title, String summary, String lastReviewed, String reviewBy, String part,
                   Object html) {
    }

    private List<Chapter> chapters(Edition edition) {
        List<Page> pages = pages(edition);
        Map<String, String> keys = new LinkedHashMap<>();
        pages.forEach(p -> keys.put(p.sourcePath(), PrintContext.chapterKey(p)));
        List<Chapter> chapters = new ArrayList<>();
        String section = null;
        for (Page page : pages) {
            boolean newSection = !page.section().equals(section) && edition.sections().size() > 1;
            String part = newSection ? sectionTitle(page.section()) : "";
            section = page.section();
            PrintContext context = new PrintContext(page, toolkit, keys, components, Map.of("site", site));
            chapters.add(new Chapter(keys.get(page.sourcePath()), page.title(),
                    page.front().summary() == null ? "" : page.front().summary(),
                    DisplayDate.of(page.front().lastReviewed()), DisplayDate.of(page.front().reviewBy()), part,
                    Theme.markup(markdown.render(page.body(), context))));
        }
        return chapters;
    }
}
