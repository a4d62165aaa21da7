package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.toolkitpress.model.Edition;

/**
 * The project's PDFs built with {@code base_url} ({@link BaseUrlToolkit}, shared with
 * {@link PrintLayoutTest}): every link works once the PDF is emailed or printed: each is an
 * absolute address, and those into the toolkit start with base_url; and the links keep the PDFs
 * PDF/UA-1 and PDF/A.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintLinksTest {

    private static final String BASE = BaseUrlToolkit.BASE;

    private final Map<String, byte[]> pdfs = new TreeMap<>();

    @BeforeAll
    void build() throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        // The shared build: PrintLayoutTest reads the same PDFs.
        Path site = BaseUrlToolkit.built().site();
        try (Stream<Path> files = Files.list(site.resolve("downloads"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                pdfs.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        assertTrue(pdfs.size() >= 3, pdfs.keySet().toString());
    }

    private static List<String> uris(PDDocument document) throws IOException {
        List<String> uris = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
        }
        return uris;
    }

    @Test
    void everyLinkIsAbsoluteAndLinksIntoTheToolkitStartWithBaseUrl() throws IOException {
        List<String> wrong = new ArrayList<>();
        int intoToolkit = 0;
        for (Map.Entry<String, byte[]> pdf : pdfs.entrySet()) {
            try (PDDocument document = Loader.loadPDF(pdf.getValue())) {
                for (String uri : uris(document)) {
                    if (!uri.matches("(https?|mailto):.+")) {
                        wrong.add(pdf.getKey() + ": " + uri);
                    } else if (uri.startsWith("https://toolkit.example.org") && !uri.startsWith(BASE)) {
                        wrong.add(pdf.getKey() + ": " + uri + " (not under base_url)");
                    } else if (uri.startsWith(BASE)) {
                        intoToolkit++;
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(intoToolkit >= pdfs.size(), "each PDF links back to the toolkit at least once (its cover or its fillable copy)");
    }

    /**
     * A reader of paper cannot click: every link out of the toolkit has its address printed in
     * the same paragraph or table cell, as the tags read it (so words of a neighbouring column
     * cannot get in between, nor a page break). The address is compared without its scheme and
     * final slash, and without the spaces a wrapped address takes, so a link whose text is
     * already its address passes as it is, and one whose text is a name passes only with the
     * address printed after it (without {@code PrintHtml}'s printed addresses, most of the
     * default content's links out fail).
     */
    @Test
    void everyLinkOutOfTheToolkitHasItsAddressPrinted() throws IOException {
        List<String> unprinted = new ArrayList<>();
        int external = 0;
        for (Map.Entry<String, byte[]> pdf : pdfs.entrySet()) {
            try (PDDocument document = Loader.loadPDF(pdf.getValue())) {
                TableRows words = TableRows.reader(document);
                for (PDStructureElement tagged : TableHeads.elements(document.getDocumentCatalog().getStructureTreeRoot(), "Link")) {
                    String uri = uri(tagged);
                    if (uri == null || uri.startsWith(BASE) || !uri.matches("https?:.+")) {
                        continue;
                    }
                    external++;
                    String address = uri.replaceFirst("^https?://", "").replaceFirst("/$", "");
                    String around = words.text(block(tagged));
                    if (!around.replaceAll("\\s+", "").contains(address)) {
                        unprinted.add(pdf.getKey() + ": " + uri + " in \u201c" + around + "\u201d");
                    }
                }
            }
        }
        assertTrue(external >= 10, "the default content links out of the toolkit in its guides (" + external + " links)");
        assertEquals(List.of(), unprinted);
    }

    /** Tags of text blocks: a link's line is tagged apart, its paragraph or cell is one of these. */
    private static final Set<String> BLOCKS = Set.of("P", "H1", "H2", "H3", "H4", "H5", "H6", "TD", "TH",
            "LBody", "LI", "Caption", "BlockQuote", "Note", "Figure", "Div");

    /** The paragraph, heading, cell or list item a tagged link stands in (the link itself when none). */
    private static PDStructureElement block(PDStructureElement link) {
        for (Object node = link.getParent(); node instanceof PDStructureElement element; node = element.getParent()) {
            if (BLOCKS.contains(element.getStructureType())) {
                return element;
            }
        }
        return link;
    }

    /** The address a tagged link's annotation goes to, or null. */
    private static String uri(PDStructureElement link) {
        for (Object kid : link.getKids()) {
            if (kid instanceof PDObjectReference reference && reference.getReferencedObject() instanceof PDAnnotationLink annotation
                    && annotation.getAction() instanceof PDActionURI action) {
                return action.getURI();
            }
        }
        return null;
    }

    /**
     * The links a {@code base_url} adds keep each kind of PDF PDF/UA-1 and PDF/A: every kind of
     * link annotation in each kind of edition (guide, form, filled form) goes through veraPDF in
     * at least one PDF, chosen from the annotations the PDFs hold, so a kind of link that appears
     * in one PDF only is still checked. Of the sets of PDFs that hold every kind, the one with the
     * fewest bytes is checked (veraPDF's CPU grows with a file's pages and glyphs: the
     * whole-toolkit guide about 22 s, a short guide or a form 1–4 s). Every PDF of the default
     * content passes veraPDF as built ({@link EveryPdfConformsTest}); with {@code base_url} the
     * bytes differ by their links (and the whole-toolkit guide by the long tables, which
     * {@link PrintLayoutTest} checks in a guide of their own), so checking every one again put
     * the same kinds of annotation through veraPDF several times over (docs/performance-log.md,
     * "Night of 1 December: veraPDF once for each kind of link").
     */
    @Test
    void eachKindOfLinkInEachKindOfPdfStaysPdfUaAndPdfA() throws IOException {
        Map<String, Edition.Kind> kinds = new TreeMap<>();
        for (Edition edition : BaseUrlToolkit.built().result().toolkit().info().editions()) {
            kinds.put(edition.id() + ".pdf", edition.kind());
        }
        assertEquals(kinds.keySet(), pdfs.keySet(), "every PDF of the build is an edition of toolkit.yml");
        // What each PDF holds: its edition's kind with each kind of annotation ("Link URI into the toolkit", "Widget", ...).
        Map<String, Set<String>> holds = new TreeMap<>();
        for (Map.Entry<String, byte[]> pdf : pdfs.entrySet()) {
            Set<String> held = new TreeSet<>();
            try (PDDocument document = Loader.loadPDF(pdf.getValue())) {
                for (PDPage page : document.getPages()) {
                    for (PDAnnotation annotation : page.getAnnotations()) {
                        held.add(kinds.get(pdf.getKey()) + " " + annotationKind(annotation));
                    }
                }
            }
            holds.put(pdf.getKey(), held);
        }
        Set<String> everyKind = new TreeSet<>();
        holds.values().forEach(everyKind::addAll);
        for (String expected : List.of("PAGES Link GoTo", "PAGES Link URI into the toolkit", "PAGES Link URI out", "PAGES Link mailto",
                "FORM Link URI into the toolkit", "FORM Widget", "FILLED Link URI into the toolkit", "FILLED Widget")) {
            assertTrue(everyKind.contains(expected), expected + " in " + everyKind);
        }
        List<String> checked = fewestBytesHoldingEveryKind(holds, everyKind);
        List<String> failures = new ArrayList<>();
        checked.parallelStream().forEach(name -> VeraPdf.failures(pdfs.get(name)).forEach(f -> {
            synchronized (failures) {
                failures.add(name + ": " + f);
            }
        }));
        assertEquals(List.of(), failures, "checked " + checked + " for " + everyKind);
    }

    /**
     * The PDFs that between them hold every kind, with the fewest bytes in all (each set of PDFs
     * tried: a build has a dozen; the first of two sets as small).
     */
    private List<String> fewestBytesHoldingEveryKind(Map<String, Set<String>> holds, Set<String> everyKind) {
        List<String> names = new ArrayList<>(holds.keySet());
        if (names.size() > 20) {
            throw new IllegalStateException("too many PDFs to try every set of: " + names.size());
        }
        List<String> best = names;
        long bestBytes = Long.MAX_VALUE;
        for (int set = 1; set < 1 << names.size(); set++) {
            List<String> chosen = new ArrayList<>();
            Set<String> covered = new TreeSet<>();
            long bytes = 0;
            for (int i = 0; i < names.size(); i++) {
                if ((set & 1 << i) != 0) {
                    chosen.add(names.get(i));
                    covered.addAll(holds.get(names.get(i)));
                    bytes += pdfs.get(names.get(i)).length;
                }
            }
            if (bytes < bestBytes && covered.containsAll(everyKind)) {
                best = chosen;
                bestBytes = bytes;
            }
        }
        return best;
    }

    /** "Link GoTo", "Link URI into the toolkit", "Link URI out", "Link mailto", "Widget", ... */
    private static String annotationKind(PDAnnotation annotation) throws IOException {
        if (!(annotation instanceof PDAnnotationLink link)) {
            return annotation.getSubtype();
        }
        if (link.getAction() instanceof PDActionURI uri) {
            String address = uri.getURI();
            return address.startsWith(BASE) ? "Link URI into the toolkit" + (address.endsWith(".pdf") ? " (a PDF)" : "")
                    : address.startsWith("mailto:") ? "Link mailto" : "Link URI out";
        }
        if (link.getAction() != null) {
            return "Link " + link.getAction().getSubType();
        }
        return link.getDestination() != null ? "Link destination" : "Link without a target";
    }
}
