package org.toolkitpress.pdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.toolkitpress.model.Toolkit;

/**
 * Who publishes the PDFs, as the cover shows them: the organisation's name and logo. This is the
 * one place the print edition reads them from; the toolkit's settings carry no organisation yet,
 * so the cover shows the toolkit's own title until a brand supplies a name and logo here.
 */
final class Cover {

    private Cover() {
    }

    static Map<String, Object> publisher(Toolkit toolkit) {
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("name", "");
        publisher.put("logo", "");
        publisher.put("logoAlt", "");
        return publisher;
    }
}
