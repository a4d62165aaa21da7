package org.toolkitpress.model;

import java.util.List;

/**
 * One PDF of the print edition, declared under {@code editions:} in toolkit.yml: the pages of some
 * sections (a guide, or the whole toolkit), an audit as a fillable form, or a response as a filled
 * form. Published as {@code downloads/<id>.pdf}.
 *
 * @param title    the title on the cover and in the PDF's properties; null takes the title of
 *                 the one section, audit or response
 * @param sections for {@link Kind#PAGES}: the section ids, in order
 * @param source   for {@link Kind#FORM} an audit id, for {@link Kind#FILLED} a response id
 */
public record Edition(String id, String title, Kind kind, List<String> sections, String source, SourcePos pos) {

    public enum Kind { PAGES, FORM, FILLED }

    /** Where the PDF is published, inside the site. */
    public String path() {
        return "downloads/" + id + ".pdf";
    }
}
