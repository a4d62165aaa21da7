package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A link out of the toolkit prints its address after it only when its text does not already give it. */
class PrintAddressesTest {

    private static String printed(String link) {
        Document html = Jsoup.parse("<html><body><p>" + link + "</p></body></html>");
        PrintHtml.finish(html);
        return html.selectFirst("p").text();
    }

    @Test
    void anAddressWrittenWithoutItsSchemeOrFinalSlashIsNotPrintedTwice() {
        assertEquals("westcheshirechildrenstrust.co.uk/our-way-of-working",
                printed("<a href=\"https://westcheshirechildrenstrust.co.uk/our-way-of-working/\">"
                        + "westcheshirechildrenstrust.co.uk/our-way-of-working</a>"));
        assertEquals("www.nurtureuk.org", printed("<a href=\"https://www.nurtureuk.org\">www.nurtureuk.org</a>"));
        assertEquals("https://www.nurtureuk.org/", printed("<a href=\"https://www.nurtureuk.org/\">https://www.nurtureuk.org/</a>"));
    }

    @Test
    void aNamedLinkPrintsItsAddress() {
        assertEquals("the guide (https://example.org/guide/)", printed("<a href=\"https://example.org/guide/\">the guide</a>"));
        assertEquals("example.org/other (https://example.org/guide/)",
                printed("<a href=\"https://example.org/guide/\">example.org/other</a>"));
    }
}
