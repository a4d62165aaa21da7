package org.toolkitpress.check;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Edition;
import org.toolkitpress.model.Section;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;

/**
 * Checks the PDFs toolkit.yml declares: unique ids, and sections, audits and responses that exist;
 * warns when no base_url lets them link back to the website.
 */
final class EditionCheck {

    /**
     * The page text one PDF may hold. The PDF engine lays a document out in memory, in one piece;
     * 2 MB of text is about 500 A4 pages and some 30 seconds on two cores, where 10 MB never ends.
     */
    static final long MAX_PDF_TEXT = 2L * 1024 * 1024;

    private final Toolkit toolkit;
    private final Diagnostics diagnostics;

    EditionCheck(Toolkit toolkit, Diagnostics diagnostics) {
        this.toolkit = toolkit;
        this.diagnostics = diagnostics;
    }

    void run() {
        Map<String, SourcePos> seen = new HashMap<>();
        for (Edition edition : toolkit.info().editions()) {
            SourcePos first = edition.id() == null ? null : seen.putIfAbsent(edition.id(), edition.pos());
            if (first != null) {
                diagnostics.error(edition.pos(), "edition id \"" + edition.id() + "\" is used twice (first at line "
                        + first.line() + ")", "each edition is its own file in downloads/");
            }
            switch (edition.kind()) {
                case PAGES -> {
                    sections(edition);
                    unprinted(edition);
                }
                case FORM -> {
                    if (edition.source() != null && !toolkit.audits().containsKey(edition.source())
                            && !UnreadData.unread("audits", edition.source(), diagnostics)) {
                        diagnostics.error(edition.pos(), "no audit has the id \"" + edition.source() + "\"",
                                idHint(edition.source(), toolkit.audits().keySet(), "audits are the files in content/data/audits/"));
                    }
                }
                case FILLED -> {
                    if (edition.source() != null && !toolkit.responses().containsKey(edition.source())
                            && !UnreadData.unread("responses", edition.source(), diagnostics)) {
                        diagnostics.error(edition.pos(), "no response has the id \"" + edition.source() + "\"",
                                idHint(edition.source(), toolkit.responses().keySet(),
                                        "responses are the files in content/data/responses/"));
                    }
                }
            }
        }
        linksBack();
    }

    /**
     * PDFs leave the site (saved, emailed, printed): only an absolute address takes a reader
     * back, so without base_url their links to the website are left out and the covers name no
     * address. Said once, at the first edition.
     */
    private void linksBack() {
        if (toolkit.info().baseUrl() == null && !toolkit.info().editions().isEmpty()) {
            diagnostics.warning(toolkit.info().editions().get(0).pos(),
                    "no base_url is set, so the PDFs have no working links back to the website and do not say where it is",
                    "set base_url in toolkit.yml (or the brand's brand.yml) to the address the site is published at, "
                            + "e.g. base_url: https://www.example.gov.uk/toolkit/");
        }
    }

    /**
     * A guide whose sections all wait for their pages is not printed ({@code ToolkitInfo.published}):
     * said at the edition, as its PDF is missing from the Downloads page. Not said when one of its
     * ids names no section, a section whose folder is misnamed, or one whose page could not be
     * read (PageCheck, run before this, said those): that error is the cause.
     */
    private void unprinted(Edition edition) {
        List<String> listed = toolkit.info().sections().stream().map(Section::id).toList();
        Set<String> misnamed = new java.util.HashSet<>();
        MisnamedSections.of(toolkit).values().forEach(s -> misnamed.add(s.id()));
        if (edition.id() == null || edition.sections().isEmpty() || !listed.containsAll(edition.sections())
                || edition.sections().stream().anyMatch(id -> misnamed.contains(id)
                        || diagnostics.hasErrorsIn("content/pages/" + id + "/"))
                || toolkit.published().info().editions().stream().anyMatch(e -> edition.id().equals(e.id()))) {
            return;
        }
        diagnostics.warning(edition.pos(), "the edition \"" + edition.id() + "\" prints only sections with no pages ("
                + String.join(", ", edition.sections()) + "), so it is not printed and the Downloads page leaves it out",
                "add the sections' pages, or take the edition out of the list");
    }

    /** "did you mean" when one id is near what was written, else where the ids come from. */
    private static String idHint(String written, java.util.Collection<String> ids, String otherwise) {
        String near = org.toolkitpress.model.DidYouMean.nearest(written, ids);
        return near != null ? "did you mean \"" + near + "\"?" : otherwise;
    }

    private void sections(Edition edition) {
        long text = toolkit.pages().stream().filter(p -> edition.sections().contains(p.section()))
                .mapToLong(p -> p.body().ast().getTextLength()).sum();
        if (text > MAX_PDF_TEXT) {
            diagnostics.error(edition.pos(), String.format(Locale.ROOT,
                    "the edition holds %.1f MB of page text; a PDF may hold at most %d MB (about 500 pages)",
                    text / 1048576.0, MAX_PDF_TEXT / 1048576), "split it into editions of fewer sections");
        }
        if (edition.sections().isEmpty()) {
            diagnostics.error(edition.pos(), "the edition lists no sections", "name at least one section id of toolkit.yml");
        }
        // A folder whose section toolkit.yml lists misspelt is reported at that line (MisnamedSections).
        Set<String> misnamed = MisnamedSections.of(toolkit).keySet();
        for (String id : edition.sections()) {
            if (toolkit.info().sections().stream().map(Section::id).noneMatch(id::equals) && !misnamed.contains(id)) {
                List<String> ids = toolkit.info().sections().stream().map(Section::id).filter(s -> s != null).distinct().toList();
                diagnostics.error(edition.pos(), "no section has the id \"" + id + "\"",
                        idHint(id, ids, "use one of the ids under `sections:` in toolkit.yml: " + String.join(", ", ids)));
            }
        }
    }
}
