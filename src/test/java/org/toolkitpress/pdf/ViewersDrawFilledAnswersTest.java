package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/**
 * Filled answers are drawn by the viewers schools open PDFs in besides poppler and PDFBox
 * ({@link FilledAnswersDrawnTest}): pdf.js (Firefox's viewer) and Chromium's own PDF viewer
 * (PDFium, as in Chrome and Edge): pdf.js in the headless shell, Chromium's viewer in the full
 * browser, which alone has it (issue 12). For every widget
 * type the forms use — a chosen radio button (stacked and in a grid), a ticked check box, one-line
 * text, a date, a number, multi-line text, the action plan's cells — the pixels inside the
 * widget differ from the blank form's, and the other buttons of a chosen radio group are drawn
 * exactly as blank; for forms filled by {@code toolkit fill} and for the web form's "Download as
 * filled PDF".
 *
 * <p>pdf.js draws with {@code AnnotationMode.ENABLE}: every widget from its appearance stream
 * (the {@code /AP} state that {@code /AS} names) onto the canvas. Its default in Firefox,
 * {@code ENABLE_FORMS}, leaves the widgets off the canvas and lays HTML controls over them,
 * showing each field's value ({@code /V}) whatever its appearance says, so it would hide a
 * missing or wrong appearance stream: ENABLE is the mode that judges what this project writes.
 * Chromium's viewer draws the appearance streams as they are (PDFium regenerates them only
 * when {@code NeedAppearances} is true, which PDF/A forbids and our forms never set).
 */
class ViewersDrawFilledAnswersTest extends PdfBrowserTest {

    private static final String RAG = "relational-approaches-audit";
    private static final String STAGES = "trauma-informed-schools-audit";
    private static final String PROGRESS = "progress-review";
    private static final Path GALLERY = TestSites.fixture("audit-shapes");

    /** The kinds of widget, as the viewers tell them apart. */
    private enum Kind { TEXT, RADIO, CHECK_BOX }

    /** A widget to look at: what it shows, its kind, its page (from 0) and rectangle, and whether it shows an answer. */
    private record Widget(String what, Kind kind, int page, PDRectangle rect, PDRectangle pageBox, boolean drawn) {
    }

    /** A blank form, the same form filled, and the widgets of the filled one to look at. */
    private record Form(String name, Path blank, Path filled, List<Widget> widgets) {
    }

    private PdfViewers viewers;
    private final List<Form> filledByToolkit = new ArrayList<>();
    private final Map<String, Map<Integer, PdfViewers.Drawn>> drawings = new HashMap<>();

    @Override
    Path project() {
        return TestSites.projectRoot();
    }

    /**
     * Chromium's own PDF viewer is the full browser's (sent to a PDF, the headless shell stays on
     * the page it was on); everything else runs in the class's headless shell.
     */
    private BrowserSession fullBrowser;

    /** pdf.js's viewer is read from screenshots: the shell with frames. */
    @Override
    BrowserSession.Kind kind() {
        return BrowserSession.Kind.HEADLESS_SHELL;
    }

    @BeforeAll
    void fillForms() throws IOException {
        fullBrowser = BrowserSession.start(project(), true, BrowserSession.Kind.FULL);
        viewers = new PdfViewers(browser, fullBrowser);
        filledByToolkit.add(form(TestSites.projectRoot(), RAG, """
                header:
                  setting: Hilltop Primary School
                  date: 14 March 2026
                answers:
                  safe-ethos-1:
                    choice: green
                    evidence: Strong ethos work this year.
                  safe-ethos-2:
                    choice: red
                plan:
                  - item: safe-ethos-2
                    action: Review the behaviour policy with pupils
                closing:
                  additional-notes: Next year, peer mentoring.
                """, Map.of("header.setting", "one-line text", "header.date", "date (as written)",
                "safe-ethos-1.evidence", "multi-line text", "safe-ethos-1.choice", "radio (green)",
                "safe-ethos-2.choice", "radio (red)", "plan.item-1", "action plan question",
                "plan.action-1", "action plan cell", "closing.additional-notes", "closing notes")));
        filledByToolkit.add(form(TestSites.projectRoot(), STAGES, """
                answers:
                  q1:
                    pre-trauma-aware: 70
                    trauma-informed: 30
                """, Map.of("q1.pre-trauma-aware", "number (70)", "q1.trauma-informed", "number (30)")));
        filledByToolkit.add(form(GALLERY, PROGRESS, """
                header:
                  school: Brook Lane Primary
                  date@first: 2025-10-06
                answers:
                  room:
                    score@first: 2
                  staffing:
                    priority: "yes"
                """, Map.of("header.school", "one-line text", "header.date@first", "date (year-month-day)",
                "room.score@first", "radio in a grid (2)", "staffing.priority", "check box (ticked)")));
    }

    @org.junit.jupiter.api.AfterEach
    void giveBackFullBrowser() {
        if (fullBrowser != null) {
            fullBrowser.giveBackBrowser();
        }
    }

    @AfterAll
    void stopViewers() {
        if (viewers != null) {
            viewers.close();
        }
        if (fullBrowser != null) {
            fullBrowser.close();
        }
    }

    /**
     * The audit's form filled by {@code toolkit fill} with {@code answers}, beside the blank one:
     * the default content's from its built site's Downloads page (the site every PDF browser
     * test shares), the gallery's (not built with PDFs) filled blank; {@code fields} names the
     * widgets to look at.
     */
    private Form form(Path project, String audit, String answers, Map<String, String> fields) throws IOException {
        Path blank = project.equals(TestSites.projectRoot()) ? browser.work().resolve("site/downloads/" + audit + ".pdf")
                : fill(project, audit, "blank", "answers: {}\n");
        assertTrue(Files.isRegularFile(blank), blank.toString());
        Path filled = fill(project, audit, "filled", answers);
        return new Form(audit + " (toolkit fill)", blank, filled, widgets(filled, audit, fields));
    }

    private Path fill(Path project, String audit, String id, String body) throws IOException {
        Path folder = Files.createDirectories(browser.work().resolve("forms"));
        Path response = Files.writeString(folder.resolve(audit + "-" + id + ".yml"),
                "id: " + id + "\naudit: " + audit + "\nversion: 1\ntitle: " + id + "\n" + body);
        Path pdf = folder.resolve(audit + "-" + id + ".pdf");
        TestSites.CliRun run = TestSites.cli("fill", response.toString(), "-o", pdf.toString(), "-p", project.toString());
        assertEquals(0, run.exitCode(), run.err());
        return pdf;
    }

    /**
     * Every widget of the named fields (under {@code audit.}): the widgets that show an answer
     * (each of a text field, the chosen one of a button), which must be drawn differently from
     * the blank form, and a radio group's other buttons, which must not.
     */
    private static List<Widget> widgets(Path filled, String audit, Map<String, String> fields) throws IOException {
        List<Widget> widgets = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(filled.toFile())) {
            for (Map.Entry<String, String> named : fields.entrySet()) {
                PDField field = document.getDocumentCatalog().getAcroForm().getField(audit + "." + named.getKey());
                assertNotNull(field, named.getKey());
                int shown = 0;
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    String state = widget.getAppearanceState() == null ? null : widget.getAppearanceState().getName();
                    boolean on = state == null || !state.equals("Off");
                    shown += on ? 1 : 0;
                    int page = document.getPages().indexOf(widget.getPage());
                    if (on || field instanceof PDRadioButton) {
                        Kind kind = field instanceof PDRadioButton ? Kind.RADIO : field instanceof PDCheckBox ? Kind.CHECK_BOX : Kind.TEXT;
                        widgets.add(new Widget(on ? named.getValue() : "unchosen button beside the " + named.getValue(), kind, page,
                                widget.getRectangle(), widget.getPage().getMediaBox(), on));
                    }
                }
                assertEquals(1, shown, named.getKey() + ": one widget shows the answer");
            }
        }
        return widgets;
    }

    /**
     * The pages of {@code pdf} that {@code widgets} lie on, as {@code viewer} draws them: each
     * PDF loaded once per viewer for all its pages, and each page drawn once for the class (the
     * PDFs do not change once made).
     */
    private Map<Integer, PdfViewers.Drawn> drawing(String viewer, Path pdf, List<Widget> widgets) throws InterruptedException {
        String key = viewer + " " + pdf;
        Map<Integer, PdfViewers.Drawn> drawn = drawings.computeIfAbsent(key, k -> new TreeMap<>());
        SortedMap<Integer, PDRectangle> missing = new TreeMap<>();
        for (Widget widget : widgets) {
            if (!drawn.containsKey(widget.page())) {
                missing.put(widget.page(), widget.pageBox());
            }
        }
        if (missing.isEmpty()) {
            return drawn;
        }
        Map<Integer, PdfViewers.Drawn> made = switch (viewer) {
            case "chromium" -> viewers.chromium(pdf, missing);
            case "firefox" -> viewers.firefoxViewer(pdf, missing);
            default -> viewers.pdfJs(pdf, missing, viewer);
        };
        drawn.putAll(made);
        String keep = System.getProperty("viewers.png");
        if (keep != null) {
            for (Map.Entry<Integer, PdfViewers.Drawn> page : made.entrySet()) {
                String name = pdf.getFileName().toString().replace(".pdf", "") + "-p" + (page.getKey() + 1) + "-" + viewer + ".png";
                PdfViewers.save(page.getValue(), Path.of(keep).resolve(name));
            }
        }
        return drawn;
    }

    /**
     * What {@code viewer} draws wrongly across {@code forms}, one line a widget: a widget that
     * shows an answer must hold more ink than on the blank form (the answer's mark or text, and
     * not merely something else, such as a button drawn without its state's appearance), and a
     * chosen radio group's other buttons must be drawn exactly as on the blank form.
     */
    private List<String> misdrawn(String viewer, List<Form> forms) throws InterruptedException {
        List<String> wrong = new ArrayList<>();
        for (Form form : forms) {
            Map<Integer, PdfViewers.Drawn> blank = drawing(viewer, form.blank(), form.widgets());
            Map<Integer, PdfViewers.Drawn> filled = drawing(viewer, form.filled(), form.widgets());
            for (Widget widget : form.widgets()) {
                PdfViewers.Drawn before = blank.get(widget.page());
                PdfViewers.Drawn after = filled.get(widget.page());
                String where = form.name() + ", page " + (widget.page() + 1) + ": the " + widget.what();
                if (widget.drawn() && !PdfViewers.inkAdded(before, after, widget.rect())) {
                    wrong.add(where + " is not drawn");
                } else if (!widget.drawn() && PdfViewers.differsInside(before, after, widget.rect())) {
                    wrong.add(where + " is drawn differently from the blank form");
                }
            }
        }
        return wrong;
    }

    @Test
    void pdfJsDrawsEveryFilledAnswerFromItsAppearanceStream() throws Exception {
        assertEquals(List.of(), misdrawn("ENABLE", filledByToolkit), "pdf.js " + PdfViewers.webjarVersion());
    }

    /**
     * What Firefox shows by default: pdf.js's viewer in forms mode, with HTML controls over the
     * widgets showing the fields' values. It does not judge the appearance streams (see above),
     * but it is what most Firefox users see.
     */
    @Test
    void pdfJsViewerInFormsModeShowsEveryFilledAnswer() throws Exception {
        assertEquals(List.of(), misdrawn("firefox", filledByToolkit), "pdf.js " + PdfViewers.webjarVersion() + " viewer");
    }

    @Test
    void chromiumsPdfViewerDrawsEveryFilledAnswer() throws Exception {
        assertEquals(List.of(), misdrawn("chromium", filledByToolkit));
    }

    /**
     * The check sees what it is for: the same filled forms with the appearance streams of their
     * answers taken out (each text field's {@code /AP}, each chosen button's on-state; the values
     * stay) are reported, each by a viewer that draws it from its appearance stream alone, so
     * between them the two viewers judge every kind of widget. pdf.js draws no chosen radio
     * button and no text without its appearance, but gives a ticked check box whose on-state
     * has none a thin check mark of its own, from the field's value (whether that counts as
     * drawn depends on how much ink it has, so it is not held either way). Chromium's viewer
     * (PDFium) draws no mark in a chosen radio button or ticked check box without its
     * appearance, but writes a text field's value itself when the field has no appearance stream.
     */
    @Test
    void answersWithoutAppearanceStreamsAreCaught() throws Exception {
        List<Form> stripped = new ArrayList<>();
        for (Form form : List.of(filledByToolkit.get(0), filledByToolkit.get(2))) {
            Path out = form.filled().resolveSibling(form.filled().getFileName().toString().replace(".pdf", "-no-appearances.pdf"));
            stripAppearances(form.filled(), out, form.widgets());
            stripped.add(new Form(form.name() + " without appearance streams", form.blank(), out,
                    form.widgets().stream().filter(Widget::drawn).toList()));
        }
        List<String> pdfJs = misdrawn("ENABLE", stripped);
        List<String> chromium = misdrawn("chromium", stripped);
        List<String> caughtByPdfJs = expected(stripped, Kind.TEXT, Kind.RADIO);
        assertAll(() -> assertTrue(pdfJs.containsAll(caughtByPdfJs) && expected(stripped, Kind.values()).containsAll(pdfJs),
                        "pdf.js reports every text and radio button, at most the check box besides: " + pdfJs),
                () -> assertEquals(expected(stripped, Kind.RADIO, Kind.CHECK_BOX), chromium, "Chromium's viewer"));
    }

    /** The lines {@link #misdrawn} gives for the answers of these kinds, undrawn. */
    private static List<String> expected(List<Form> forms, Kind... kinds) {
        List<String> lines = new ArrayList<>();
        for (Form form : forms) {
            for (Widget widget : form.widgets()) {
                if (List.of(kinds).contains(widget.kind())) {
                    lines.add(form.name() + ", page " + (widget.page() + 1) + ": the " + widget.what() + " is not drawn");
                }
            }
        }
        return lines;
    }

    /** Copies {@code filled} to {@code out} without the appearance streams of the widgets that show an answer. */
    private static void stripAppearances(Path filled, Path out, List<Widget> widgets) throws IOException {
        try (PDDocument document = Loader.loadPDF(filled.toFile())) {
            for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    boolean answer = widgets.stream().anyMatch(w -> w.drawn() && sameRect(w.rect(), widget.getRectangle())
                            && w.page() == document.getPages().indexOf(widget.getPage()));
                    if (!answer) {
                        continue;
                    }
                    if (widget.getAppearanceState() == null) {
                        widget.setAppearance(null);
                    } else {
                        ((org.apache.pdfbox.cos.COSDictionary) widget.getAppearance().getNormalAppearance().getCOSObject()).removeItem(widget.getAppearanceState());
                    }
                }
            }
            document.save(out.toFile());
        }
    }

    private static boolean sameRect(PDRectangle a, PDRectangle b) {
        return a.getLowerLeftX() == b.getLowerLeftX() && a.getLowerLeftY() == b.getLowerLeftY()
                && a.getUpperRightX() == b.getUpperRightX() && a.getUpperRightY() == b.getUpperRightY();
    }

    @Test
    void theWebFormsFilledDownloadIsDrawnByPdfJsAndChromium() throws Exception {
        String page = "relational-approaches/toolkit-1-audit/";
        browser.openFresh(page);
        browser.waitFor("[data-audit-pdf]:not([hidden])", Duration.ofSeconds(10));
        type(RAG + ".header.setting", "Hilltop Primary School");
        type(RAG + ".header.date", "14 March 2026");
        press(driver().findElement(By.cssSelector("label[for='" + RAG + ".safe-ethos-1.choice.green']")));
        press(driver().findElement(By.cssSelector("label[for='" + RAG + ".safe-ethos-2.choice.red']")));
        type(RAG + ".safe-ethos-1.evidence", "Café mornings for parents.\nReviewed termly.");
        Path filled = planAndDownload("Weekly check-ins with every class");
        Path blank = browser.work().resolve("site/downloads/" + RAG + ".pdf");
        List<Form> download = List.of(new Form(RAG + " (downloaded from the web form)", blank, filled, widgets(filled, RAG, Map.of(
                "header.setting", "one-line text", "header.date", "date (as written)", "safe-ethos-1.evidence", "multi-line text",
                "safe-ethos-1.choice", "radio (green)", "safe-ethos-2.choice", "radio (red)",
                "plan.item-1", "action plan question", "plan.action-1", "action plan cell"))));
        assertEquals(List.of(), misdrawn("ENABLE", download), "pdf.js");
        assertEquals(List.of(), misdrawn("chromium", download), "Chromium's viewer");
    }

    /**
     * The answers are given by script, as typing leaves them ({@link #setTyped}): this test is
     * about the PDF the web form makes and how the viewers draw it; the keys themselves are the
     * audit form classes'.
     */
    private void type(String id, String text) {
        setTyped(field(id), text);
    }
}
