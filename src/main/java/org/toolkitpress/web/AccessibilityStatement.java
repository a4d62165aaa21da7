package org.toolkitpress.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.markdown.RenderContext;
import org.toolkitpress.model.Brand;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.Contrast;
import org.toolkitpress.model.DisplayDate;
import org.toolkitpress.model.Download;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.model.Wording;
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
        List<Object> known = new ArrayList<>();
        for (String issue : brand.statement().knownIssues()) {
            known.add(Theme.markup(markdown.renderInline(issue, RenderContext.PLAIN)));
        }
        Statement facts = new Statement(brand.name() == null ? "" : brand.name(),
                toolkit.info().baseUrl() == null ? "" : toolkit.info().baseUrl(),
                brand.statement().contact() != null ? brand.statement().contact()
                        : brand.contact() != null && brand.contact().email() != null ? brand.contact().email() : "",
                DisplayDate.of(brand.statement().tested()), known, captionOnlyFigures(toolkit), contrast(toolkit, brand.colours()),
                toolkit.pages().size(), toolkit.audits().size(),
                downloads.stream().filter(Download::measured)
                        .map(d -> new Document(d.path().substring(d.path().lastIndexOf('/') + 1), root + d.path(),
                                DownloadsPage.size(d.bytes(), toolkit.wording())))
                        .toList());
        model.put("statement", facts);
        String html = theme.render("accessibility.ftlh", model);
        return new OutputFile(BrandTheme.STATEMENT + "index.html", html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What the statement says of this site, worked out from the build.
     *
     * @param knownIssues the brand's known issues, each rendered Markdown
     * @param pages       how many pages the site has
     * @param forms       how many audit forms
     * @param documents   the PDFs made, with their sizes
     */
    public record Statement(String organisation, String address, String contact, String tested, List<Object> knownIssues,
                            List<CaptionOnly> captionOnly, List<ContrastRow> contrast, int pages, int forms,
                            List<Document> documents) {
    }

    /** A page with {@code count} figure placeholders that have no description. */
    public record CaptionOnly(String title, String url, long count) {
    }

    /** The measured contrast of a colour pair the theme draws, and the least it must be. */
    public record ContrastRow(String what, String colour, String against, String ratio, String minimum) {
    }

    /** A PDF of the site, as the statement lists it. */
    public record Document(String name, String url, String size) {
    }

    /** Pages with figure placeholders that have no description, with a count each. */
    private static List<CaptionOnly> captionOnlyFigures(Toolkit toolkit) {
        List<CaptionOnly> out = new ArrayList<>();
        for (Page page : toolkit.pages()) {
            long count = page.body().figures().stream().filter(f -> !f.described()).count();
            if (count > 0) {
                out.add(new CaptionOnly(page.title() == null ? page.sourcePath() : page.title(), "../" + page.url(), count));
            }
        }
        return out;
    }

    /**
     * The measured contrast of each colour pair the theme draws, then of each stage colour text
     * is drawn on (a continuum with {@code colour_style: fill}; bands need no contrast, see
     * {@link Continuum#fills}).
     */
    private static List<ContrastRow> contrast(Toolkit toolkit, Brand.Colours colours) {
        Wording wording = toolkit.wording();
        List<ContrastRow> out = new ArrayList<>();
        for (ColourPairs.Pair pair : ColourPairs.of(colours)) {
            out.add(new ContrastRow(role(pair, wording),
                    pair.colour(), pair.against(), Contrast.format(Contrast.ratio(pair.colour(), pair.against())),
                    Contrast.format(pair.minimum())));
        }
        for (Continuum continuum : toolkit.continua().values()) {
            for (Continuum.Fill fill : continuum.fills(colours)) {
                out.add(new ContrastRow(wording.text("accessibility.contrast.role.stage",
                        Map.of("stage", fill.stage().label(), "continuum", continuum.title())),
                        fill.colour(), colours.text(), Contrast.format(Contrast.ratio(fill.colour(), colours.text())),
                        Contrast.format(Contrast.TEXT)));
            }
        }
        return out;
    }

    /**
     * What a colour pair is used for, as the statement's table names it: the interface strings
     * {@code accessibility.contrast.role.*}, by the pair's colours ({@link ColourPairs}; its
     * {@code role} is the check's English for the terminal).
     */
    private static String role(ColourPairs.Pair pair, Wording wording) {
        return switch (pair.key() + " on " + pair.againstKey()) {
            case "text on background" -> wording.text("accessibility.contrast.role.body-text");
            case "link on background" -> wording.text("accessibility.contrast.role.links");
            case "link on primary" -> wording.text("accessibility.contrast.role.links-on-tint");
            case "primary on null" -> wording.text("accessibility.contrast.role.banner");
            case "secondary on null" -> wording.text("accessibility.contrast.role.footer");
            case "secondary on background" -> wording.text("accessibility.contrast.role.current-page");
            case "accent on text" -> wording.text("accessibility.contrast.role.focus");
            default -> throw new IllegalStateException("no interface string names the colour pair " + pair.key() + " on " + pair.againstKey());
        };
    }
}
