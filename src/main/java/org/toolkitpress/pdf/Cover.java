package org.toolkitpress.pdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolkitpress.model.Brand;
import org.toolkitpress.model.Toolkit;

/**
 * Who publishes the PDFs, as the cover shows them: the brand's name, logo and licence line. The
 * one place the print edition reads them from; the neutral default has none, so its covers show
 * the toolkit's own title only.
 */
final class Cover {

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

    private Cover() {
    }

    /**
     * The publisher as a cover shows it; "" for what the brand does not give.
     *
     * @param logo the logo file's address, for the PDF engine to read
     */
    public record Publisher(String name, String logo, String logoAlt, String licence) {
    }

    static Publisher publisher(Toolkit toolkit) {
        Brand brand = toolkit.brand();
        boolean logo = brand != null && brand.logo() != null && brand.logo().file() != null;
        String licence = brand == null || brand.licence() == null ? "" : brand.licence();
        return new Publisher(brand == null || brand.name() == null ? "" : brand.name(),
                logo ? brand.logo().file().toUri().toString() : "",
                logo && brand.logo().alt() != null ? brand.logo().alt() : "",
                toolkit.info().date() == null ? licence : copyrightYear(licence, toolkit.info().date().getYear()));
    }

    /**
     * The licence line with the year of its copyright notice (the last year after "©") made the
     * edition's year, so an edition dated 2026 does not say © 2025; a range keeps its start
     * ("© 2019–2026"), a line without © or without a year is left as written.
     */
    static String copyrightYear(String licence, int year) {
        int mark = licence.indexOf('©');
        if (mark < 0) {
            return licence;
        }
        Matcher years = YEAR.matcher(licence);
        int start = -1;
        int end = -1;
        while (years.find()) {
            if (years.start() > mark) {
                start = years.start();
                end = years.end();
            }
        }
        if (start < 0 || Integer.parseInt(licence.substring(start, end)) >= year) {
            return licence;
        }
        return licence.substring(0, start) + year + licence.substring(end);
    }
}
