package org.toolkitpress.pdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.toolkitpress.model.Brand;
import org.toolkitpress.model.Toolkit;

/**
 * Who publishes the PDFs, as the cover shows them: the brand's name, logo and licence line. The
 * one place the print edition reads them from; the neutral default has none, so its covers show
 * the toolkit's own title only.
 */
final class Cover {

    private Cover() {
    }

    static Map<String, Object> publisher(Toolkit toolkit) {
        Brand brand = toolkit.brand();
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("name", brand == null || brand.name() == null ? "" : brand.name());
        boolean logo = brand != null && brand.logo() != null && brand.logo().file() != null;
        publisher.put("logo", logo ? brand.logo().file().toUri().toString() : "");
        publisher.put("logoAlt", logo && brand.logo().alt() != null ? brand.logo().alt() : "");
        publisher.put("licence", brand == null || brand.licence() == null ? "" : brand.licence());
        return publisher;
    }
}
