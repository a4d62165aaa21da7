package org.toolkitpress.pdf;

import java.util.LinkedHashMap;
import java.util.Map;
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

    static Map<String, Object> publisher(Toolkit toolkit) {
        Brand brand = toolkit.brand();
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("name", brand == null || brand.name() == null ? "" : brand.name());
        boolean logo = brand != null && brand.logo() != null && brand.logo().file() != null;
        publisher.put("logo", logo ? brand.logo().file().toUri().toString() : "");
        publisher.put("logoAlt", logo && brand.logo().alt() != null ? brand.logo().alt() : "");
        String licence = brand == null || brand.licence() == null ? "" : brand.licence();
        publisher.put("licence", toolkit.info().date() == null ? licence : copyrightYear(licence, toolkit.info().date().getYear()));
        return publisher;
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
