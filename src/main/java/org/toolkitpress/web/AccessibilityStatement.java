package org.toolkitpress.web;

import org.toolkitpress.model.DisplayDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.markdown.RenderContext;
import org.toolkitpress.model.Brand;
import org.toolkitpress.model.Contrast;
import org.toolkitpress.model.Download;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.theme.ColourPairs;
import org.toolkitpress.theme.Theme;
import org.toolkitpress.view.PageView;

/**
 * The accessibility statement UK public-sector sites must publish, generated on every build in
 * the standard sections of the GOV.UK model statement. It is filled from brand.yml (who runs the
 * site, whom to contact, when it was tested, known issues) and from facts of the build itself:
 * the measured colour contrast, figures not reproduced and not described, the forms, the PDFs.
 */
final class AccessibilityStatement {

    private AccessibilityStatement() {
    }

    /**
     * The statement page. It lists the PDFs among {@code downloads} that were made (a preview
     * lists PDFs it has not made yet: those are left out).
     */
    static OutputFile render(Toolkit toolkit, Markdown markdown, Theme theme, List<Download> downloads) {
        String root = "../";
        Map<String, Object> model = WebEdition.common(toolkit, root);
        Brand brand = toolkit.brand();
        model.put("page", PageView.titled(toolkit.wording().text("accessibility.title")));
        // The same navigation as every other page (WCAG 3.2.3).
        model.put("nav", WebEdition.sections(toolkit, root));
        model.put("breadcrumbs", List.of(Navigation.home(root, toolkit.wording())));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("organisation", brand.name() == null ? "" : brand.name());
        facts.put("address", toolkit.info().baseUrl() == null ? "" : toolkit.info().baseUrl());
        facts.put("contact", brand.statement().contact() != null ? brand.statement().contact()
                : brand.contact() != null && brand.contact().email() != null ? brand.contact().email() : "");
        facts.put("tested", DisplayDate.of(brand.statement().tested()));
        List<Object> known = new ArrayList<>();
        for (String issue : brand.statement().knownIssues()) {
            known.add(Theme.markup(markdown.renderInline(issue, RenderContext.PLAIN)));
        }
        facts.put("knownIssues", known);
        facts.put("captionOnly", captionOnlyFigures(toolkit));
        facts.put("contrast", contrast(brand.colours()));
        facts.put("pages", toolkit.pages().size());
        facts.put("forms", toolkit.audits().size());
        facts.put("documents", downloads.stream().filter(Download::measured)
                .map(d -> Map.of("name", d.path().substring(d.path().lastIndexOf('/') + 1), "url", root + d.path(),
                        "size", DownloadsPage.size(d.bytes())))
                .toList());
        model.put("statement", facts);
        String html = theme.render("accessibility.ftlh", model);
        return new OutputFile(BrandTheme.STATEMENT + "index.html", html.getBytes(StandardCharsets.UTF_8));
    }

    /** Pages with figure placeholders that have no description, with a count each. */
    private static List<Map<String, Object>> captionOnlyFigures(Toolkit toolkit) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Page page : toolkit.pages()) {
            long count = page.body().figures().stream().filter(f -> !f.described()).count();
            if (count > 0) {
                out.add(Map.of("title", page.title() == null ? page.sourcePath() : page.title(),
                        "url", "../" + page.url(), "count", count));
            }
        }
        return out;
    }

    /** The measured contrast of each colour pair the theme draws. */
    private static List<Map<String, Object>> contrast(Brand.Colours colours) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ColourPairs.Pair pair : ColourPairs.of(colours)) {
            out.add(Map.of("what", pair.role().substring(0, 1).toUpperCase(Locale.ROOT) + pair.role().substring(1),
                    "colour", pair.colour(), "against", pair.against(),
                    "ratio", Contrast.format(Contrast.ratio(pair.colour(), pair.against())),
                    "minimum", Contrast.format(pair.minimum())));
        }
        return out;
    }
}
