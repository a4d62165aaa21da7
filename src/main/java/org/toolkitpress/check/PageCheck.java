package org.toolkitpress.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.toolkitpress.model.ComponentRef;
import org.toolkitpress.model.ContentLink;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.DidYouMean;
import org.toolkitpress.model.Heading;
import org.toolkitpress.model.ImageRef;
import org.toolkitpress.model.LinkRef;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.Section;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;

/** Checks pages: sections, output paths, links and anchors, images, raw HTML, components, heading levels. */
final class PageCheck {

    static final Set<String> COMPONENT_KINDS = Set.of("continuum", "principles", "audit", "response");
    /** Every word a `:::` line may start with: the components and the figure placeholder. */
    private static final List<String> DIRECTIVES = List.of("continuum", "principles", "audit", "response", "figure");

    /**
     * The components whose templates print headings; each starts at h2 (one per principle, audit
     * section, answered section) and goes no deeper than h3 (components/*.ftlh).
     */
    static final Set<String> COMPONENTS_WITH_HEADINGS = Set.of("principles", "audit", "response");

    private final Toolkit toolkit;
    private final Set<String> assetPaths;
    private final Diagnostics diagnostics;
    private final Map<String, Page> pagesBySource;
    private final MarkdownCheck markdown;
    private final NearTarget targets;

    PageCheck(Toolkit toolkit, Set<String> assetPaths, Diagnostics diagnostics) {
        this.toolkit = toolkit;
        this.assetPaths = assetPaths;
        this.diagnostics = diagnostics;
        this.markdown = new MarkdownCheck(diagnostics);
        this.pagesBySource = toolkit.pages().stream().collect(Collectors.toMap(Page::sourcePath, p -> p));
        this.targets = new NearTarget(pagesBySource.keySet(), assetPaths);
    }

    void run() {
        sections();
        outputPaths();
        for (Page page : toolkit.pages()) {
            page.body().links().forEach(link -> link(page, link));
            page.body().images().forEach(image -> image(page, image));
            MarkdownSlips.check(page, diagnostics);
            page.body().html().forEach(markdown::html);
            page.body().components().forEach(this::component);
            headingLevels(page);
        }
    }

    /**
     * A page's headings go down one level at a time under its title, which every edition prints
     * as the h1: a skipped level (### straight under the title, #### after ##) fails PDF/UA-1's
     * heading rule (veraPDF 7.4.2-1) in every PDF that prints the page, and leaves a gap in the
     * outline a screen reader lists. Going back up any number of levels is fine. A component
     * that prints headings counts as ## at its place: its own headings are ## then ###, so the
     * heading after it may be at most ###.
     */
    private void headingLevels(Page page) {
        record Step(SourcePos pos, Heading heading, ComponentRef component) {
        }
        List<Step> steps = new ArrayList<>();
        page.body().headings().forEach(h -> steps.add(new Step(h.pos(), h, null)));
        page.body().components().stream().filter(c -> COMPONENTS_WITH_HEADINGS.contains(c.kind()))
                .forEach(c -> steps.add(new Step(c.pos(), null, c)));
        steps.sort(Comparator.comparingInt((Step s) -> s.pos().line()).thenComparingInt(s -> s.pos().column()));
        int previous = 1;
        String after = "straight under the page's title";
        boolean afterComponent = false;
        for (Step step : steps) {
            if (step.component() != null) {
                previous = 2;
                afterComponent = true;
                after = "after `::: " + step.component().kind() + " " + step.component().id() + "` (line "
                        + step.pos().line() + "), whose own headings are ##";
                continue;
            }
            Heading heading = step.heading();
            if (heading.level() > previous + 1) {
                String written = "#".repeat(heading.level());
                String wanted = "#".repeat(previous + 1);
                diagnostics.error(heading.pos(), "the heading \"" + heading.text() + "\" skips a level: " + written
                        + " comes " + after, afterComponent
                                ? "use ## or ### here: a heading after a component goes at most one level below the component's own ## headings"
                                : "use " + wanted + " here: a page's headings go down one level at a time under its title");
            }
            previous = heading.level();
            afterComponent = false;
            after = "after the " + "#".repeat(heading.level()) + " on line " + heading.pos().line();
        }
    }

    private void sections() {
        Map<String, Section> declared = new HashMap<>();
        for (Section section : toolkit.info().sections()) {
            Section first = section.id() == null ? null : declared.putIfAbsent(section.id(), section);
            if (first != null) {
                diagnostics.error(section.pos(), "the section \"" + section.id() + "\" is listed twice (first at line "
                        + first.pos().line() + ")", "list each section once; if this is another section, give it its own id");
            }
        }
        // While toolkit.yml has errors its list of sections may be what they broke (a file that
        // could not be read lists none): that error is the one to fix, not every page of every section.
        boolean listed = !diagnostics.hasErrorsIn("content/toolkit.yml");
        Map<String, Section> misnamed = MisnamedSections.of(toolkit);
        for (Page page : toolkit.pages()) {
            if (listed && !page.section().isEmpty() && !declared.containsKey(page.section())
                    && !misnamed.containsKey(page.section())) {
                String near = DidYouMean.nearest(page.section(), declared.keySet());
                diagnostics.error(page.pos(), "the page belongs to section \"" + page.section()
                        + "\", which content/toolkit.yml does not list", (near != null ? "did you mean \"" + near
                        + "\"? or " : "") + "add `- id: " + page.section() + "` with a title under `sections:` in content/toolkit.yml");
            }
        }
        // A section with no page is in no menu, on no page and in no PDF (ToolkitInfo.published,
        // the rule the build publishes by): an editor who listed it ahead of writing its pages,
        // or misspelt the folder, would otherwise see it vanish. Not said when its folder holds a
        // page that could not be read: that error is the cause.
        misnamed.forEach((folder, section) -> diagnostics.error(section.pos(), "the section \"" + section.id()
                + "\" has no pages, and the pages of section \"" + folder + "\" (content/pages/" + folder
                + "/) are in no section listed here", "did you mean \"" + folder + "\"? a section's id is the name of its"
                + " folder under content/pages/ (or rename the folder to \"" + section.id() + "\")"));
        List<Section> published = toolkit.published().info().sections();
        for (Section section : toolkit.info().sections()) {
            if (section.id() != null && !published.contains(section) && !misnamed.containsValue(section)
                    && !diagnostics.hasErrorsIn("content/pages/" + section.id() + "/")) {
                diagnostics.warning(section.pos(), "the section \"" + section.id() + "\" has no pages, so the website"
                        + " and the PDFs leave it out", "add its pages under content/pages/" + section.id()
                        + "/ (or give a page `section: " + section.id() + "`), or take the section out of the list");
            }
        }
    }

    private void outputPaths() {
        Map<String, Page> byUrl = new HashMap<>();
        for (Page page : toolkit.pages()) {
            Page first = byUrl.putIfAbsent(page.url(), page);
            if (first != null) {
                diagnostics.error(page.pos(), "this page and " + first.pos().path() + " would both be published at \""
                        + (page.url().isEmpty() ? "/" : page.url()) + "\"", "rename or move one of the two pages");
            }
        }
    }

    private void link(Page page, LinkRef link) {
        ContentLink target = ContentLink.of(page.sourcePath(), link.target());
        if (markdown.refusedScheme(link, target)) {
            return;
        }
        switch (target.kind()) {
            case INVALID -> diagnostics.error(link.pos(), target.problem() + ": \"" + link.target() + "\"",
                    "link to the page's .md file, relative to this file");
            case ANCHOR -> anchor(page, target.anchor(), link.pos(), "this page");
            case CONTENT -> {
                if (target.isPage()) {
                    Page linked = pagesBySource.get(target.pagePath());
                    if (linked == null && hiddenByBrand(target.pagePath())) {
                        diagnostics.error(link.pos(), "the link points to a page the brand hides: \"" + link.target() + "\"",
                                "remove the page from `hide:` in brand.yml, or override this page in the brand without the link");
                    } else if (linked == null) {
                        if (!UnreadData.unreadPage(target.contentPath(), diagnostics)) {
                            diagnostics.error(link.pos(), "the link points to a page that does not exist: \"" + link.target()
                                    + "\"", nearPage(page, target.contentPath()));
                        }
                    } else if (target.anchor() != null) {
                        anchor(linked, target.anchor(), link.pos(), linked.pos().path());
                    }
                } else if (!assetPaths.contains(target.contentPath())) {
                    NearTarget.Near meant = targets.file(page.sourcePath(), target.contentPath());
                    String hint = meant != null ? meant.hint(null)
                            : target.contentPath().endsWith("/")
                            ? "link to the page's .md file, e.g. \"" + link.target() + "index.md\""
                            : "check the spelling; files live under content/";
                    diagnostics.error(link.pos(), "the link points to a file that does not exist: \"" + link.target() + "\"", hint);
                }
            }
            case EXTERNAL -> markdown.insecure(link);
        }
    }

    /** "did you mean" the page the link most likely meant ({@link NearTarget}), else how to link. */
    private String nearPage(Page page, String contentPath) {
        NearTarget.Near meant = targets.page(page.sourcePath(), contentPath);
        return meant != null ? meant.hint(null) + " (link to the page's .md file, relative to this file)"
                : "link to the page's .md file, relative to this file";
    }

    private boolean hiddenByBrand(String pagePath) {
        return toolkit.brand().hide().stream().anyMatch(h -> h.endsWith("/") ? pagePath.startsWith(h) : pagePath.equals(h));
    }

    private void anchor(Page page, String anchor, SourcePos pos, String where) {
        if (anchor == null || anchor.isEmpty()) {
            return;
        }
        List<Heading> headings = page.body().headings();
        if (headings.stream().noneMatch(h -> h.id().equals(anchor)) && !anchor.startsWith("fn")) {
            String known = headings.stream().map(Heading::id).limit(12).collect(Collectors.joining(", "));
            diagnostics.error(pos, "there is no heading \"#" + anchor + "\" in " + where,
                    known.isEmpty() ? "that page has no headings to link to" : "headings there: " + known);
        }
    }

    private void image(Page page, ImageRef image) {
        markdown.altText(image);
        ContentLink target = ContentLink.of(page.sourcePath(), image.source());
        if (markdown.refusedScheme(image, target)) {
            return;
        }
        switch (target.kind()) {
            case EXTERNAL -> markdown.external(image);
            case INVALID -> diagnostics.error(image.pos(), target.problem() + ": \"" + image.source() + "\"");
            case ANCHOR -> diagnostics.error(image.pos(), "the image has no file: \"" + image.source() + "\"");
            case CONTENT -> {
                if (toolkit.linkedOutside().contains("content/" + target.contentPath())) {
                    diagnostics.error(image.pos(), "the image file is a symbolic link pointing outside the project: \""
                            + image.source() + "\"", "copy the image into content/assets/ instead of linking to it");
                } else if (!assetPaths.contains(target.contentPath())) {
                    NearTarget.Near meant = targets.file(page.sourcePath(), target.contentPath());
                    diagnostics.error(image.pos(), "the image file does not exist: \"" + image.source() + "\"",
                            meant != null ? meant.hint(null) : targets.filesBeside(target.contentPath()) != null
                                    ? targets.filesBeside(target.contentPath()) + "; the path is relative to this page"
                                    : "images live under content/assets/; the path is relative to this page");
                }
            }
        }
    }

    private void component(ComponentRef ref) {
        if (ref.kind().isEmpty()) {
            // The paragraph runs on to the lines below (a figure's description): only its first line is the directive.
            String line = ref.id().lines().findFirst().orElse("");
            String[] words = line.substring(Math.min(3, line.length())).strip().split("\\s+", 2);
            // A kind written right with no id after it needs the id, not another kind.
            String near = DIRECTIVES.contains(words[0]) ? null : DidYouMean.nearest(words[0], DIRECTIVES);
            boolean joined = line.length() > 3 && Character.isLetter(line.charAt(3));
            diagnostics.error(ref.pos(), "a component line must be `::: kind id`, not \"" + line + "\"",
                    joined ? "put a space after the `:::`: `::: " + line.substring(3).strip() + "`"
                            : near == null ? "for example `::: continuum trauma-informed`"
                            : near.equals("figure") ? "did you mean `::: figure` followed by the caption?"
                            : "did you mean `::: " + near + (words.length > 1 ? " " + words[1] : "") + "`?");
            return;
        }
        if (!COMPONENT_KINDS.contains(ref.kind())) {
            String near = DidYouMean.nearest(ref.kind(), DIRECTIVES);
            diagnostics.error(ref.pos(), "unknown component kind \"" + ref.kind() + "\"", near != null && !near.equals("figure")
                    ? "did you mean \"" + near + "\"?" : "use one of: " + String.join(", ", COMPONENT_KINDS.stream().sorted().toList())
                    + (near != null ? "; a figure placeholder is `::: figure` followed by the caption" : ""));
            return;
        }
        Set<String> ids = switch (ref.kind()) {
            case "continuum" -> toolkit.continua().keySet();
            case "principles" -> toolkit.principleSets().keySet();
            case "audit" -> toolkit.audits().keySet();
            default -> toolkit.responses().keySet();
        };
        if (!ids.contains(ref.id())) {
            String folder = switch (ref.kind()) {
                case "continuum" -> "continua";
                case "principles" -> "principles";
                case "audit" -> "audits";
                default -> "responses";
            };
            if (UnreadData.unread(folder, ref.id(), diagnostics)) {
                return;
            }
            String noun = ref.kind().equals("principles") ? "principle set" : ref.kind();
            String near = DidYouMean.nearest(ref.id(), ids);
            diagnostics.error(ref.pos(), "there is no " + noun + " with id \"" + ref.id() + "\"",
                    near != null ? "did you mean \"" + near + "\"?" : ids.isEmpty() ? "add one under content/data/"
                            : "known ids: " + String.join(", ", ids.stream().sorted().toList()));
        }
    }
}
