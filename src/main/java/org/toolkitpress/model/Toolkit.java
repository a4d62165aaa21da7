package org.toolkitpress.model;

import java.util.List;
import java.util.Map;

/**
 * Everything one build loaded: the whole content model and who publishes it, immutable.
 *
 * @param texts the Markdown inside the data files and brand.yml, parsed where it was written, so
 *              the check stage holds it to the same rules as a page
 * @param linkedOutside the files under {@code content/} (project-relative paths) left out because
 *              they are symbolic links pointing outside the project, so a reference to one can
 *              say why it finds nothing
 * @param fonts the print edition's fonts (templates/fonts.yml and the characters each face draws)
 * @param letters the characters beyond ASCII that the data files, toolkit.yml and brand.yml hold
 *              (each page carries its own), for the check that each can be printed
 * @param wording the words of the interface itself in the toolkit's language ({@link Wording})
 */
public record Toolkit(ToolkitInfo info, List<Page> pages, Map<String, Continuum> continua,
                      Map<String, PrincipleSet> principleSets, Map<String, Audit> audits,
                      Map<String, Response> responses, List<Asset> assets, Brand brand, ContentHistory history,
                      List<Body> texts, java.util.Set<String> linkedOutside, PrintFonts fonts, List<Letter> letters,
                      Wording wording) {

    /** A toolkit whose data Markdown was not parsed (built in code, not loaded). */
    public Toolkit(ToolkitInfo info, List<Page> pages, Map<String, Continuum> continua,
                   Map<String, PrincipleSet> principleSets, Map<String, Audit> audits,
                   Map<String, Response> responses, List<Asset> assets, Brand brand, ContentHistory history) {
        this(info, pages, continua, principleSets, audits, responses, assets, brand, history, List.of(), java.util.Set.of(),
                PrintFonts.NONE, List.of(), Wording.NONE);
    }

    /** A toolkit with the neutral default brand (no overlay) and no git history. */
    public Toolkit(ToolkitInfo info, List<Page> pages, Map<String, Continuum> continua,
                   Map<String, PrincipleSet> principleSets, Map<String, Audit> audits,
                   Map<String, Response> responses, List<Asset> assets) {
        this(info, pages, continua, principleSets, audits, responses, assets, Brand.neutral(), ContentHistory.NONE);
    }

    /** A toolkit with a brand and no git history. */
    public Toolkit(ToolkitInfo info, List<Page> pages, Map<String, Continuum> continua,
                   Map<String, PrincipleSet> principleSets, Map<String, Audit> audits,
                   Map<String, Response> responses, List<Asset> assets, Brand brand) {
        this(info, pages, continua, principleSets, audits, responses, assets, brand, ContentHistory.NONE);
    }

    /** The same toolkit with other responses (one read from outside the content, for filling a PDF). */
    public Toolkit withResponses(Map<String, Response> others) {
        return new Toolkit(info, pages, continua, principleSets, audits, others, assets, brand, history, texts, linkedOutside,
                fonts, letters, wording);
    }

    /**
     * The toolkit as the website and the PDFs publish it: its settings with only the sections
     * that have a page ({@link ToolkitInfo#published}); this same toolkit when none is left out.
     */
    public Toolkit published() {
        ToolkitInfo shown = info.published(pages.stream().map(Page::section).collect(java.util.stream.Collectors.toSet()));
        return shown == info ? this : new Toolkit(shown, pages, continua, principleSets, audits, responses, assets, brand,
                history, texts, linkedOutside, fonts, letters, wording);
    }

    /** The ids of every continuum's stages, each once ({@link Continuum#stageIds}). */
    public java.util.Set<String> stageIds() {
        return Continuum.stageIds(continua.values());
    }

    public Page page(String sourcePath) {
        return pages.stream().filter(p -> p.sourcePath().equals(sourcePath)).findFirst().orElse(null);
    }
}
