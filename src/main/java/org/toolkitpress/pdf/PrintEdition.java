package org.toolkitpress.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.files.LayeredFiles;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Download;
import org.toolkitpress.model.Edition;
import org.toolkitpress.model.Letter;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.PrintFonts;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.theme.BrandStyle;
import org.toolkitpress.theme.Theme;
import org.toolkitpress.view.SiteView;
import org.toolkitpress.view.FormView;
import org.toolkitpress.view.PlanRows;

/**
 * Render pdf: takes the checked {@link Toolkit}, gives the PDFs its {@code editions:} declare —
 * guides and the whole toolkit, fillable audits, filled examples — each tagged (PDF/UA-1),
 * archival (PDF/A-3a) and byte-for-byte repeatable. Also fills an audit's PDF from a response and
 * reads the answers back out of a filled one. Documents render in parallel; nothing is written.
 */
public final class PrintEdition {

    /** What to do about an answer cut off on the page (the field still holds every word). */
    public static final String TOO_LONG_HINT = "shorten the answer, or keep the long text elsewhere (the web form prints it whole); "
            + "the PDF's field still holds every word, so toolkit read and the local authority's report get all of it";

    /** What to do about characters a field's font cannot draw (the field still holds them). */
    public static final String UNDRAWN_HINT = "the PDF's field still holds the answer exactly as written, so toolkit read, "
            + "the web form's import and the local authority's report get all of it; a field is drawn in one font, "
            + "so to print them the form font (form: in templates/fonts.yml) must have them (docs/forms.md#letters-the-form-font-lacks)";

    static final String CSS = "templates/assets/css/print.css";

    /** The PDFs and what the website says about them. */
    public record Result(List<OutputFile> files, List<Download> downloads, List<Diagnostic> problems) {

        public Result(List<OutputFile> files, List<Download> downloads) {
            this(files, downloads, List.of());
        }
    }

    private final Toolkit toolkit;
    private final PrintDocument documents;
    private final Engine engine;
    private final String baseUri;

    private PrintEdition(Toolkit toolkit, Markdown markdown, Theme theme, BuildSettings settings) {
        this.toolkit = toolkit;
        theme = theme.speaking(toolkit.wording());
        Map<String, String> forms = new LinkedHashMap<>();
        toolkit.info().editions().stream().filter(e -> e.kind() == Edition.Kind.FORM)
                .forEach(e -> forms.putIfAbsent(e.source(), e.path()));
        PrintComponents components = new PrintComponents(toolkit, markdown, theme, forms);
        // The engine has no CSS custom properties: the fonts' families and the brand's and stages'
        // colours are written into print.css.
        FallbackLetters letters = new FallbackLetters(toolkit.fonts());
        this.documents = new PrintDocument(toolkit, markdown, theme, components, SiteView.of(toolkit.info()),
                BrandStyle.forPrint(letters.css(read(theme.files(), CSS)), toolkit), letters);
        this.engine = new Engine(fonts(toolkit.fonts()), theme.files().roots().stream().map(LayeredFiles.Root::dir).toList());
        this.baseUri = settings.project().toUri().toString();
    }

    public static Result render(Toolkit toolkit, Markdown markdown, Theme theme, BuildSettings settings,
                                Consumer<String> progress) {
        PrintEdition print = new PrintEdition(toolkit, markdown, theme, settings);
        List<Edition> editions = toolkit.info().editions();
        ForkJoinPool pool = new ForkJoinPool(Math.min(settings.threads(), Math.max(1, editions.size())));
        List<Made> made;
        AtomicInteger done = new AtomicInteger();
        try {
            made = pool.submit(() -> editions.parallelStream().map(e -> {
                Made one = print.make(e, null);
                progress.accept(String.format(Locale.ROOT, "%d of %d (%s, %d page%s)", done.incrementAndGet(),
                        editions.size(), e.path().substring(e.path().lastIndexOf('/') + 1), one.pages(),
                        one.pages() == 1 ? "" : "s"));
                return one;
            }).toList()).join();
        } finally {
            pool.shutdown();
        }
        List<OutputFile> files = new ArrayList<>();
        List<Download> downloads = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (int i = 0; i < editions.size(); i++) {
            Edition edition = editions.get(i);
            Made one = made.get(i);
            for (String address : one.unread()) {
                problems.add(Diagnostic.error(edition.pos(), "the PDF " + edition.path() + " asked for \"" + address
                        + "\", which is not a file of the project, the brand or the theme; it was not read",
                        "keep images under content/assets/ and refer to them by a path relative to the page"));
            }
            for (Undrawn field : one.undrawn()) {
                problems.add(Diagnostic.warning(edition.pos(), "in the PDF " + edition.path() + ", " + field.describe(), UNDRAWN_HINT));
            }
            for (Unprinted head : one.unprinted()) {
                problems.add(Diagnostic.warning(edition.pos(), "in the PDF " + edition.path() + ", " + head.describe(), Unprinted.HINT));
            }
            for (String field : one.tooLong()) {
                problems.add(Diagnostic.warning(edition.pos(), "the PDF " + edition.path() + " cannot show the whole answer in "
                        + field + ", even in its smallest print; the end of it is cut off on the page",
                        TOO_LONG_HINT));
            }
            files.add(new OutputFile(edition.path(), one.bytes()));
            downloads.add(new Download(edition.path(), print.documents.title(edition), edition.kind(), one.pages(),
                    one.bytes().length, print.offeredOn(edition)));
        }
        return new Result(List.copyOf(files), List.copyOf(downloads), List.copyOf(problems));
    }

    /**
     * What the website says about the declared PDFs before any is made, for a preview that makes
     * them on demand: titles, kinds and the pages that offer them, with 0 pages and 0 bytes
     * meaning "not measured yet" (a made PDF always has a page).
     */
    public static List<Download> unmeasured(Toolkit toolkit, Markdown markdown, Theme theme, BuildSettings settings) {
        PrintEdition print = new PrintEdition(toolkit, markdown, theme, settings);
        return toolkit.info().editions().stream()
                .map(e -> new Download(e.path(), print.documents.title(e), e.kind(), 0, 0, print.offeredOn(e))).toList();
    }

    /** The one declared edition whose PDF is at {@code path} (as downloads/guide.pdf), or null when none is. */
    public static OutputFile renderOne(Toolkit toolkit, Markdown markdown, Theme theme, BuildSettings settings, String path) {
        Edition edition = toolkit.info().editions().stream().filter(e -> e.path().equals(path)).findFirst().orElse(null);
        if (edition == null) {
            return null;
        }
        return new OutputFile(edition.path(), new PrintEdition(toolkit, markdown, theme, settings).make(edition, null).bytes());
    }

    /**
     * The fillable PDF of a response's audit with the response's answers in its fields. Answers
     * no field takes are returned in {@code refused} rather than dropped silently.
     */
    public static Filled fill(Toolkit toolkit, Markdown markdown, Theme theme, BuildSettings settings, Response response) {
        PrintEdition print = new PrintEdition(toolkit, markdown, theme, settings);
        Edition edition = toolkit.info().editions().stream()
                .filter(e -> e.kind() == Edition.Kind.FORM && e.source().equals(response.audit())).findFirst()
                .orElse(new Edition(response.audit(), null, Edition.Kind.FORM, List.of(), response.audit(), response.pos()));
        Made made = print.make(edition, response);
        return new Filled(made.bytes(), made.refused(), made.tooLong(), made.undrawn(), made.unprinted());
    }

    /**
     * A filled PDF, the answers it could not hold (field names, or name=value for unknown
     * choices), the fields whose answers are too long to show whole in their box, and the
     * answers with characters their field's font cannot draw, and the header answers the running
     * head prints with characters no print face has.
     */
    public record Filled(byte[] pdf, List<String> refused, List<String> tooLong, List<Undrawn> undrawn,
                         List<Unprinted> unprinted) {
    }

    /**
     * An answer holding characters its field's font cannot draw: they show as "?" in its box,
     * while the field's value keeps them ({@link FieldLetters}).
     *
     * @param field   the field's name
     * @param label   the field's tooltip, where it is and what it asks (the question, and the box)
     * @param letters the characters not drawn, each once, in the order first written
     * @param pos     where the answer was written in the response file (the file, when not known)
     */
    public record Undrawn(String field, String label, List<String> letters, SourcePos pos) {

        /** At most this many characters are named: a paragraph in another script would name its whole alphabet. */
        static final int NAMED = 10;

        /** What a warning says of it: the answer, its label, and each character not drawn. */
        public String describe() {
            return "the answer " + field + (label.isEmpty() ? "" : " (\u201c" + label + "\u201d)")
                    + " holds characters the PDF's form font cannot draw, so its box shows \"?\" for them: "
                    + String.join(", ", letters.stream().limit(NAMED).map(l -> Letter.describe(l.codePointAt(0))).toList())
                    + (letters.size() > NAMED ? " and " + (letters.size() - NAMED) + " more" : "");
        }
    }


    /**
     * The answers in a filled PDF as a response (null when the PDF has no toolkit form fields),
     * at the audit version the PDF was made from. Percentages of a distribution come back as
     * numbers. A PDF that does not record its version (made before it was recorded), or that was
     * made from an older version, is read all the same, with a warning in {@code diagnostics}
     * at {@code from}.
     */
    public static Response read(byte[] pdf, Toolkit toolkit, SourcePos from, Diagnostics diagnostics) {
        Map<String, String> values;
        AuditStamp.Origin origin;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            values = FormData.read(document);
            origin = AuditStamp.read(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PDF", e);
        }
        String auditId = origin != null && toolkit.audits().containsKey(origin.audit()) ? origin.audit()
                : ResponseFields.auditOf(values, toolkit);
        if (auditId == null) {
            return null;
        }
        Audit audit = toolkit.audits().get(auditId);
        int version = audit.version();
        if (origin == null) {
            diagnostics.warning(from, toolkit.wording().text("returns.note.pdf-unversioned", Map.of("audit", auditId, "version", version)),
                    "PDFs made before Toolkit Press recorded it; check the answers against the form they were written on");
        } else if (origin.version() != version) {
            version = origin.version();
            diagnostics.warning(from, toolkit.wording().text("returns.note.pdf-older",
                    Map.of("version", origin.version(), "audit", auditId, "current", audit.version())),
                    "import the answers into the web form: those that no longer fit are kept and listed there");
        }
        if (!readable(values, toolkit, audit, origin, from, diagnostics)) {
            return null;
        }
        return ResponseFields.toResponse(values, toolkit, auditId, version, from);
    }

    /**
     * False, with an error, when the PDF says it is a form of the audit but has no field of it
     * left: flattened, or printed to PDF, by the program it was filled in, so its answers are
     * only drawn on the page. True otherwise, with a warning when fields of the audit's form (of
     * the version the PDF was made from) are missing: their answers, if any were given, are lost
     * to reading. Neither is ever passed over in silence: the officer would take the answers read
     * for all the school gave.
     */
    private static boolean readable(Map<String, String> values, Toolkit toolkit, Audit audit, AuditStamp.Origin origin,
            SourcePos from, Diagnostics diagnostics) {
        String prefix = audit.id() + ".";
        if (values.keySet().stream().noneMatch(name -> name.startsWith(prefix))) {
            diagnostics.error(from, toolkit.wording().text("returns.skip.flattened", Map.of("audit", audit.id())),
                    "ask the school to send the form as it was saved (Save or Download in the viewer, not Print or Flatten), "
                            + "or copy the answers drawn on its pages into the web form");
            return false;
        }
        if (origin != null && origin.version() == audit.version()) {
            List<String> missing = ResponseFields.answerFields(audit, toolkit).stream().filter(name -> !values.containsKey(name)).toList();
            if (!missing.isEmpty()) {
                diagnostics.warning(from, toolkit.wording().text("returns.note.pdf-fields-missing", Map.of("count", missing.size(),
                                "fields", String.join(", ", missing.subList(0, Math.min(5, missing.size()))) + (missing.size() > 5 ? ", …" : ""))),
                        "the program it was filled in flattened or removed them; compare the answers read with the pages, "
                                + "or ask the school for the form as it was saved");
            }
        }
        return true;
    }

    /**
     * A made PDF: {@code refused} answers no field took, {@code tooLong} the fields whose answers
     * are cut off even at the least size, {@code unread} addresses the engine refused.
     */
    private record Made(byte[] bytes, int pages, List<String> refused, List<String> tooLong, List<String> unread,
                        List<Undrawn> undrawn, List<Unprinted> unprinted) {
    }

    private Made make(Edition edition, Response answers) {
        Document html = documents.html(edition, answers);
        Response response = answers != null ? answers
                : edition.kind() == Edition.Kind.FILLED ? toolkit.responses().get(edition.source()) : null;
        Map<String, String> values = new LinkedHashMap<>();
        if (response != null && toolkit.audits().containsKey(response.audit())) {
            Audit audit = toolkit.audits().get(response.audit());
            values.putAll(FormView.values(audit, response, toolkit.wording()));
            values.putAll(PlanRows.values(FormView.of(audit, toolkit, response)));
        }
        AnswerBoxes boxes = values.isEmpty() ? null : new AnswerBoxes(values, engine.formFont());
        try (Engine.Rendered made = engine.render(html, baseUri, boxes)) {
            PDDocument rendered = made.document();
            int pages = rendered.getNumberOfPages();
            if (rendered.getDocumentCatalog().getAcroForm() == null) {
                return new Made(Archive.save(rendered, toolkit.info().date(), identity(edition, answers)), pages, List.of(),
                        List.of(), made.refused(), List.of(), List.of());
            }
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            rendered.save(first);
            // Forms are finished on the saved file: only then are the subset fonts written, which
            // placing each field after its label needs to measure the text.
            try (PDDocument form = Loader.loadPDF(first.toByteArray())) {
                FormData.Filling filling = new FormData.Filling(List.of(), Map.of());
                // Finished first, so that filling draws each answer in the finished appearances.
                Map<String, String> labels = labels(html);
                FormAccessibility.apply(form, labels, values.keySet());
                if (boxes != null) {
                    boxes.setSizes(form);
                }
                if (response != null) {
                    filling = FormData.fill(form, values);
                }
                List<Undrawn> undrawn = filling.undrawn().entrySet().stream()
                        .map(e -> new Undrawn(e.getKey(), labels.getOrDefault(e.getKey(), ""), e.getValue(), HeadLetters.where(response, e.getKey())))
                        .toList();
                return new Made(Archive.save(form, toolkit.info().date(), identity(edition, response), origin(edition, response)),
                        pages, filling.refused(), boxes == null ? List.of() : boxes.tooLong(), made.refused(), undrawn,
                        HeadLetters.of(toolkit, response));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the PDF " + edition.path(), e);
        }
    }

    /** The audit a form asks, at its current version (null when the edition names no known audit). */
    private AuditStamp.Origin origin(Edition edition, Response response) {
        String auditId = response != null ? response.audit() : edition.kind() == Edition.Kind.FORM ? edition.source() : null;
        Audit audit = auditId == null ? null : toolkit.audits().get(auditId);
        return audit == null ? null : new AuditStamp.Origin(audit.id(), audit.version());
    }

    private String identity(Edition edition, Response response) {
        return edition.id() + "/" + toolkit.info().version() + (response == null ? "" : "/" + response.id());
    }

    /** Each field's visible label by its name, from the controls' titles. */
    private static Map<String, String> labels(Document html) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Element control : html.select("input[name][title], textarea[name][title]")) {
            String label = control.hasAttr("data-group-label") ? control.attr("data-group-label") : control.attr("title");
            labels.putIfAbsent(control.attr("name"), label);
        }
        return labels;
    }

    /** The pages of the website that offer an edition's PDF. */
    private List<String> offeredOn(Edition edition) {
        if (edition.kind() == Edition.Kind.PAGES) {
            if (edition.sections().size() > 1) {
                return toolkit.pages().stream().filter(Page::isHome).map(Page::sourcePath).toList();
            }
            return documents.pages(edition).stream().map(Page::sourcePath).toList();
        }
        String kind = edition.kind() == Edition.Kind.FORM ? "audit" : "response";
        return toolkit.pages().stream()
                .filter(p -> p.body().components().stream().anyMatch(c -> c.kind().equals(kind) && c.id().equals(edition.source())))
                .map(Page::sourcePath).sorted().toList();
    }

    /**
     * The engine's fonts, from templates/fonts.yml: the reading face, each fallback (set only on
     * the characters the faces before it lack, {@link FallbackLetters}: a subset font never used
     * is not embedded, so PDFs without such characters do not change) and the code face, each in
     * the styles it has, all subset; and the form face embedded whole under its own family. A
     * field's text is drawn in one font, by us, by pdf-lib in the browser and by any viewer that
     * redraws it, so that font must hold every letter a school may type, Welsh included.
     */
    private static List<Engine.Font> fonts(PrintFonts fonts) {
        if (fonts.isNone() || fonts.form() == null) {
            throw new IllegalStateException("the print fonts were not loaded (templates/fonts.yml)");
        }
        List<PrintFonts.Face> faces = new ArrayList<>();
        faces.add(fonts.reading());
        faces.addAll(fonts.fallbacks());
        faces.add(fonts.code());
        List<Engine.Font> out = new ArrayList<>();
        for (PrintFonts.Face face : faces) {
            for (PrintFonts.FontFile file : face.files()) {
                out.add(new Engine.Font(file.file(), face.family(), file.weight(),
                        file.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true));
            }
        }
        out.add(new Engine.Font(fonts.form(), Engine.FORM_FAMILY, 400, FontStyle.NORMAL, false));
        return List.copyOf(out);
    }

    private static String read(LayeredFiles files, String relative) {
        Path file = files.find(relative).orElseThrow(() -> new IllegalStateException("the theme has no " + relative));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relative, e);
        }
    }
}
