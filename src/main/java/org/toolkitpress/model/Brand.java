package org.toolkitpress.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Who publishes this build of the toolkit: a local authority's overlay ({@code brands/<id>/brand.yml})
 * or, with no brand, the neutral defaults. Both editions read it: the web header, footer, favicon,
 * colours and contact blocks; the PDF covers, running footers and document metadata (author).
 *
 * @param id          the brand folder's name, or "" for the neutral default
 * @param name        the LA's full name ("Kent County Council"); null for the neutral default
 * @param shortName   a short form for tight places ("Kent"); falls back to the name
 * @param logo        the logo, or null
 * @param favicon     the favicon file, or null for the theme's own
 * @param colours     the palette every stylesheet reads through CSS custom properties
 * @param contact     the contact block, or null
 * @param footerLinks extra links in the page footer
 * @param licence     the licence line shown in the footer and on PDF covers, or null
 * @param baseUrl     where this brand's site is published (wins over toolkit.yml), or null
 * @param language    the language of this brand's editions (wins over toolkit.yml), or null
 * @param hide        pages (paths under content/pages/, a folder ending in "/") left out of this build
 * @param statement   facts for the accessibility statement
 * @param overlay     what the overlay folder holds under content/ and templates/
 * @param pos         where brand.yml is (or a file position of "(no brand)")
 * @param hideAt      where each {@code hide} entry is written in brand.yml (see {@link #hidePos})
 */
public record Brand(String id, String name, String shortName, Logo logo, Path favicon, Colours colours,
                    Contact contact, List<Link> footerLinks, String licence, String baseUrl, String language,
                    List<String> hide,
                    Statement statement, List<OverlayFile> overlay, SourcePos pos, Map<String, SourcePos> hideAt) {

    /** A brand whose hide entries have no recorded lines (they are reported at brand.yml). */
    public Brand(String id, String name, String shortName, Logo logo, Path favicon, Colours colours,
                 Contact contact, List<Link> footerLinks, String licence, String baseUrl, String language,
                 List<String> hide, Statement statement, List<OverlayFile> overlay, SourcePos pos) {
        this(id, name, shortName, logo, favicon, colours, contact, footerLinks, licence, baseUrl, language, hide,
                statement, overlay, pos, Map.of());
    }

    /** Where a {@code hide} entry is written, for a diagnostic about it. */
    public SourcePos hidePos(String entry) {
        return hideAt.getOrDefault(entry, pos);
    }

    /**
     * The palette of the neutral default build; what every unbranded site and PDF uses. The same
     * values as the defaults site.css declares on :root (docs/theme.md).
     */
    public static final Colours NEUTRAL_COLOURS = new Colours("#1d4f73", "#2f3d49", "#ffdd00", "#1a5a96",
            "#1b1f23", "#ffffff", Map.of());

    /** The neutral default: no LA name, no logo, the neutral palette. */
    public static Brand neutral() {
        return new Brand("", null, null, null, null, NEUTRAL_COLOURS, null, List.of(), null, null, null, List.of(),
                new Statement(null, null, List.of()), List.of(), SourcePos.file("(no brand)"));
    }

    public boolean isNeutral() {
        return id.isEmpty();
    }

    /** The name to show where a short label fits better. */
    public String displayShortName() {
        return shortName != null ? shortName : name;
    }

    /**
     * A logo image inside the brand folder.
     *
     * @param file the resolved file (never outside the brand folder)
     * @param alt  the alternative text: what the logo says (usually the LA's name)
     */
    public record Logo(Path file, String alt) {
        /** "svg" or "png": also the file's extension on the site. */
        public String format() {
            return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? "png" : "svg";
        }
    }

    /**
     * Colours as {@code #rrggbb}. {@code stages} maps a continuum stage id to its colour and wins
     * over the colour the continuum data gives. {@code written} says where each colour the brand
     * set was written ({@code "link"}, {@code "stages.trauma-aware"}); defaults have no entry.
     */
    public record Colours(String primary, String secondary, String accent, String link, String text,
                          String background, Map<String, String> stages, Map<String, SourcePos> written) {

        public Colours(String primary, String secondary, String accent, String link, String text,
                       String background, Map<String, String> stages) {
            this(primary, secondary, accent, link, text, background, stages, Map.of());
        }
    }

    /** How to reach the LA's team; every part optional. {@code address} is one line per entry. */
    public record Contact(String team, String email, String phone, List<String> address, String web) {
    }

    /** A link in the footer. */
    public record Link(String label, String url) {
    }

    /**
     * What the accessibility statement needs beyond the build's own facts.
     *
     * @param contact     who to tell about an accessibility problem (an email address or a sentence)
     * @param tested      when the site was last tested, or null
     * @param knownIssues problems the LA knows about, each one sentence of Markdown
     */
    public record Statement(String contact, LocalDate tested, List<String> knownIssues) {
    }

    /**
     * One file in the overlay folder.
     *
     * @param path     relative to the brand folder ({@code content/pages/local/training.md})
     * @param replaces true when a base file at the same path exists, which this one replaces
     * @param nearest  for a file that replaces nothing, a base file with a nearly equal path (a
     *                 likely typo), or null
     * @param pos      the file, for messages
     */
    public record OverlayFile(String path, boolean replaces, String nearest, SourcePos pos) {
    }
}
