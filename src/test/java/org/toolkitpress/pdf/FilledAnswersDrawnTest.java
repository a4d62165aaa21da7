package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * A form filled by {@code toolkit fill} shows its answers in poppler (Evince, Okular,
 * {@code pdftoppm}) and in PDFBox's renderer: inside every filled widget — the chosen radio
 * button, a one-line text field, a number (a percentage), a multi-line text field, a cell of the
 * action plan — the rendered pixels differ from the same widget on the blank form (issue 12).
 */
class FilledAnswersDrawnTest {

    private static final String RAG = "relational-approaches-audit";
    private static final String STAGES = "trauma-informed-schools-audit";

    /** The blank and the filled PDF of each audit. */
    private static final Map<String, Path> BLANK = new LinkedHashMap<>();
    private static final Map<String, Path> FILLED = new LinkedHashMap<>();

    @BeforeAll
    static void fillTwice(@TempDir Path temp) throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        for (String audit : List.of(RAG, STAGES)) {
            BLANK.put(audit, fill(temp, audit, "blank", "answers: {}\n"));
        }
        FILLED.put(RAG, fill(temp, RAG, "filled", """
                header:
                  setting: Hilltop Primary School
                answers:
                  safe-ethos-1:
                    choice: green
                    evidence: Strong ethos work this year.
                  safe-ethos-2:
                    choice: red
                plan:
                  - item: safe-ethos-2
                    action: Review the behaviour policy with pupils
                """));
        FILLED.put(STAGES, fill(temp, STAGES, "filled", """
                answers:
                  q1:
                    pre-trauma-aware: 70
                    trauma-informed: 30
                """));
    }

    private static Path fill(Path temp, String audit, String id, String body) throws IOException {
        Path response = Files.writeString(temp.resolve(audit + "-" + id + ".yml"),
                "id: " + id + "\naudit: " + audit + "\nversion: 1\ntitle: " + id + "\n" + body);
        Path pdf = temp.resolve(audit + "-" + id + ".pdf");
        TestSites.CliRun run = TestSites.cli("fill", response.toString(), "-o", pdf.toString(),
                "-p", TestSites.projectRoot().toString());
        assertEquals(0, run.exitCode(), run.err());
        return pdf;
    }

    /** The widgets that hold an answer, with the audit whose PDFs show them. */
    private record Answer(String audit, WidgetPixels.Spot spot) {
    }

    /** The widgets found by the first test that asks; both drawing tests read the same ones. */
    private static List<Answer> widgets;

    /**
     * The widgets of the chosen answers, found once for both drawing tests: each look-up loads
     * the filled PDF and walks its fields (both tests' look-ups together: 0.6% of the PDF
     * classes' test JVM under JFR, docs/performance-log.md, "Night of 1 December: the PDF classes'
     * Java CPU that is not veraPDF").
     */
    private static synchronized List<Answer> filledWidgets() throws IOException {
        if (widgets == null) {
            widgets = findFilledWidgets();
        }
        return widgets;
    }

    private static List<Answer> findFilledWidgets() throws IOException {
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put(RAG + ".header.setting", "one-line text");
        chosen.put(RAG + ".safe-ethos-1.evidence", "multi-line text");
        chosen.put(RAG + ".safe-ethos-1.choice", "radio (green)");
        chosen.put(RAG + ".safe-ethos-2.choice", "radio (red)");
        chosen.put(RAG + ".plan.action-1", "action plan cell");
        chosen.put(RAG + ".plan.item-1", "action plan question");
        chosen.put(STAGES + ".q1.pre-trauma-aware", "number (70)");
        chosen.put(STAGES + ".q1.trauma-informed", "number (30)");
        List<Answer> answers = new ArrayList<>();
        for (Map.Entry<String, String> entry : chosen.entrySet()) {
            String audit = entry.getKey().substring(0, entry.getKey().indexOf('.'));
            WidgetPixels.answered(FILLED.get(audit), entry.getKey(), entry.getValue()).forEach(s -> answers.add(new Answer(audit, s)));
        }
        assertEquals(8, answers.size(), "one widget per filled answer, the chosen radio button only: " + answers);
        return List.copyOf(answers);
    }

    @Test
    void popplerDrawsEveryFilledAnswer(@TempDir Path temp) throws Exception {
        for (Answer answer : filledWidgets()) {
            BufferedImage before = RenderedPages.poppler(BLANK.get(answer.audit()), answer.spot().page(), temp.resolve("blank"));
            BufferedImage after = RenderedPages.poppler(FILLED.get(answer.audit()), answer.spot().page(), temp.resolve("filled"));
            assertTrue(RenderedPages.differsInside(before, after, answer.spot().rect()), "poppler draws the " + answer.spot().what() + " answer");
        }
    }

    @Test
    void pdfBoxDrawsEveryFilledAnswer() throws Exception {
        for (Answer answer : filledWidgets()) {
            assertTrue(RenderedPages.differsInside(WidgetPixels.pdfBox(BLANK.get(answer.audit()), answer.spot().page()),
                    WidgetPixels.pdfBox(FILLED.get(answer.audit()), answer.spot().page()), answer.spot().rect()),
                    "PDFBox draws the " + answer.spot().what() + " answer");
        }
    }

    @Test
    void theFilledFormsStayPdfUaAndPdfA() throws IOException {
        for (Path filled : FILLED.values()) {
            assertEquals(List.of(), VeraPdf.failures(Files.readAllBytes(filled)), filled.toString());
        }
    }
}
