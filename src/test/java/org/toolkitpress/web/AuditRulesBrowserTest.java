package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.toolkitpress.testing.BrowserSession;
import org.toolkitpress.testing.TestSites;

/**
 * The web form's rules (audit-rules.js and audit-rules-plan.js, as a built site publishes them) in real Chromium, against
 * the same hand-written cases the Java side is held to (src/test/resources/rules/).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditRulesBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BrowserSession browser;

    @BeforeAll
    void start() {
        // A page with an audit form: its data-strings block carries the words the rules write
        // ("based on 7 of 9 questions", audit.results.change-based-on).
        browser = BrowserSession.start(TestSites.fixture("scored"));
        browser.open("");
        for (String[] script : new String[][] {{"audit-rules.js", "placement"}, {"audit-rules-plan.js", "proposePlan"},
                {"audit-pdf-fill.js", "pdf"}}) {
            Object loaded = browser.js().executeAsyncScript("var done = arguments[arguments.length - 1]; var rule = arguments[1];"
                    + "var s = document.createElement('script'); s.src = 'theme/js/' + arguments[0];"
                    + "s.onload = function () { done(typeof window.ToolkitAudit[rule]); };"
                    + "s.onerror = function () { done('not loaded'); }; document.head.appendChild(s);", script[0], script[1]);
            assertEquals(script[1].equals("pdf") ? "object" : "function", loaded, "the built site publishes " + script[0]);
        }
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static JsonNode cases(String file) throws IOException {
        Path path = TestSites.projectRoot().resolve("src/test/resources/rules").resolve(file);
        return JSON.readTree(path.toFile());
    }

    /** Runs a script over the case file's text in the page; the script returns JSON. */
    private JsonNode run(String script, JsonNode cases) throws IOException {
        return JSON.readTree((String) browser.js().executeScript(script, JSON.writeValueAsString(cases)));
    }

    @Test
    void placementFollowsTheSharedCases() throws IOException {
        JsonNode cases = cases("placement-cases.json").get("cases");
        JsonNode got = run("var R = window.ToolkitAudit; return JSON.stringify(JSON.parse(arguments[0]).map(function (c) {"
                + "  var shares = R.shares(c.answered, c.stages);"
                + "  return {shares: shares, stage: R.placement(shares)}; }));", cases);
        assertEquals(cases.size(), got.size());
        for (int i = 0; i < cases.size(); i++) {
            String what = cases.get(i).get("case").asText();
            assertEquals(cases.get(i).get("shares"), got.get(i).get("shares"), what);
            assertEquals(cases.get(i).get("stage"), got.get(i).get("stage"), what);
        }
    }

    @Test
    void scoreFiguresFollowTheSharedCases() throws IOException {
        JsonNode cases = cases("score-cases.json").get("cases");
        JsonNode got = run("var R = window.ToolkitAudit; return JSON.stringify(JSON.parse(arguments[0]).map(function (c) {"
                + "  return R.scoreFigures(c.answered); }));", cases);
        assertEquals(cases.size(), got.size());
        for (int i = 0; i < cases.size(); i++) {
            String what = cases.get(i).get("case").asText();
            for (String figure : new String[] {"total", "maximum", "mean", "percentage"}) {
                assertEquals(cases.get(i).get(figure), got.get(i).get(figure), what + ": " + figure);
            }
        }
    }

    @Test
    void fieldNamesFollowTheSharedCases() throws IOException {
        JsonNode file = cases("field-name-cases.json");
        JsonNode got = run("var R = window.ToolkitAudit; var file = JSON.parse(arguments[0]);"
                + "return JSON.stringify(file.cases.map(function (c) {"
                + "  var n = R.parseFieldName(c.name, file.audit);"
                + "  return n === null ? {kind: null} : {kind: n.kind, owner: n.owner, key: n.key,"
                + "    rendered: R.fieldName(file.audit, n.kind === 'answer' ? n.owner : n.kind, n.key)}; }));", file);
        JsonNode cases = file.get("cases");
        assertEquals(cases.size(), got.size());
        for (int i = 0; i < cases.size(); i++) {
            JsonNode c = cases.get(i);
            String what = c.get("name").asText();
            assertEquals(c.get("kind"), got.get(i).get("kind"), what);
            if (!c.get("kind").isNull()) {
                assertEquals(c.get("owner"), got.get(i).get("owner"), what);
                assertEquals(c.get("key"), got.get(i).get("key"), what);
                assertEquals(what, got.get(i).get("rendered").asText(), what + " renders back to itself");
            }
        }
    }

    @Test
    void answeredFollowsTheSharedCases() throws IOException {
        JsonNode cases = cases("answered-cases.json").get("cases");
        JsonNode got = run("var R = window.ToolkitAudit; return JSON.stringify(JSON.parse(arguments[0]).map(function (c) {"
                + "  return R.answered(c.type, c.texts); }));", cases);
        assertEquals(cases.size(), got.size());
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(cases.get(i).get("answered"), got.get(i), cases.get(i).get("case").asText());
        }
    }

    @Test
    void answeredItemFollowsTheSharedCases() throws IOException {
        JsonNode cases = cases("answered-item-cases.json").get("cases");
        JsonNode got = run("var R = window.ToolkitAudit; return JSON.stringify(JSON.parse(arguments[0]).map(function (c) {"
                + "  return R.answeredItem(c); }));", cases);
        assertEquals(cases.size(), got.size());
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(cases.get(i).get("answered"), got.get(i), cases.get(i).get("case").asText());
        }
    }

    @Test
    void pointChangeFollowsTheSharedCases() throws IOException {
        JsonNode cases = cases("point-change-cases.json").get("cases");
        JsonNode got = run("var R = window.ToolkitAudit; return JSON.stringify(JSON.parse(arguments[0]).map(function (c) {"
                + "  var change = R.pointChange(c.values);"
                + "  return {change: change, text: change ? R.changeText(change.change, c.decimals) : null}; }));", cases);
        assertEquals(cases.size(), got.size());
        for (int i = 0; i < cases.size(); i++) {
            String what = cases.get(i).get("case").asText();
            assertEquals(cases.get(i).get("change"), got.get(i).get("change"), what);
            assertEquals(cases.get(i).get("text"), got.get(i).get("text"), what);
        }
    }

    @Test
    void sectionChangeFollowsTheSharedCases() throws IOException {
        JsonNode cases = cases("point-change-cases.json").get("sections");
        JsonNode got = run("var R = window.ToolkitAudit; return JSON.stringify(JSON.parse(arguments[0]).map(function (c) {"
                + "  var s = R.sectionChange(c.questions); if (!s) { return null; }"
                + "  var text = {basedOn: R.basedOnText(s.items, s.of)};"
                + "  ['total', 'mean', 'percentage'].forEach(function (f) { text[f] = R.changeText(s.change[f], f === 'mean' ? 1 : 0); });"
                + "  return {from: s.from, to: s.to, items: s.items, of: s.of, change: s.change, text: text}; }));", cases);
        assertEquals(cases.size(), got.size());
        for (int i = 0; i < cases.size(); i++) {
            JsonNode want = cases.get(i);
            String what = want.get("case").asText();
            if (want.get("change").isNull()) {
                assertTrue(got.get(i).isNull(), what);
                continue;
            }
            for (String key : new String[] {"from", "to", "items", "of"}) {
                assertEquals(want.get("change").get(key).asInt(), got.get(i).get(key).asInt(), what + ": " + key);
            }
            for (String figure : new String[] {"total", "mean", "percentage"}) {
                assertEquals(want.get("change").get(figure).asDouble(), got.get(i).get("change").get(figure).asDouble(), 1e-9, what + ": " + figure);
            }
            assertEquals(want.get("text"), got.get(i).get("text"), what);
        }
    }

    @Test
    void aDateIsARealDayWrittenYearMonthDay() {
        assertEquals(List.of(true, true, false, false, false, false), browser.js().executeScript("var R = window.ToolkitAudit;"
                + "return ['2026-03-14', '2024-02-29', '2026-02-29', '14/03/2026', '2026-3-14', ''].map(R.isIsoDate);"));
    }

    @Test
    void theFitOfAPlanFollowsItsRule() {
        Object got = browser.js().executeScript("return JSON.stringify(window.ToolkitAudit.fitPlan(["
                + "{item: 'q1', action: 'Kept'}, {item: 'q9', action: 'Written'}, {item: 'q8'}, {item: '', who: 'Own'}], ['q1', 'q2']))");
        assertEquals("{\"rows\":[{\"item\":\"q1\",\"action\":\"Kept\",\"who\":\"\",\"by\":\"\",\"measure\":\"\"},"
                + "{\"item\":\"\",\"action\":\"Written\",\"who\":\"\",\"by\":\"\",\"measure\":\"\"},"
                + "{\"item\":\"\",\"action\":\"\",\"who\":\"Own\",\"by\":\"\",\"measure\":\"\"}],"
                + "\"left\":[{\"field\":\"Action plan row 2\",\"value\":\"was about question “q9”, which is no longer in this audit;"
                + " it is kept as your own row\"}]}", got);
    }

    @Test
    void exportNamesFollowTheSharedCases() throws IOException {
        JsonNode file = cases("export-name-cases.json");
        JsonNode got = run("var R = window.ToolkitAudit; var file = JSON.parse(arguments[0]);"
                + "return JSON.stringify(file.cases.map(function (c) { return R.exportName(file.audit, c.school, file.date); }));", file);
        JsonNode cases = file.get("cases");
        assertEquals(cases.size(), got.size());
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(cases.get(i).get("name").asText(), got.get(i).asText(), cases.get(i).get("school").asText());
        }
    }

    @Test
    void theDayOfAnExportIsWrittenYearMonthDay() {
        assertEquals("2026-03-04", browser.js().executeScript("return window.ToolkitAudit.isoDate(new Date(2026, 2, 4, 23, 59))"));
    }

    @Test
    void thePlanProposalFollowsTheSharedCases() throws IOException {
        JsonNode file = cases("plan-cases.json");
        JsonNode got = run("var R = window.ToolkitAudit; var file = JSON.parse(arguments[0]);"
                + "return JSON.stringify(file.cases.map(function (c) {"
                + "  return R.proposePlan(file.shape, {answers: c.answers}, c.settings).map(function (r) { return r.item; }); }));", file);
        JsonNode cases = file.get("cases");
        assertEquals(cases.size(), got.size());
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(cases.get(i).get("rows"), got.get(i), cases.get(i).get("case").asText());
        }
    }

    @Test
    void theComparisonFollowsTheSharedCases() throws IOException {
        JsonNode file = cases("compare-cases.json");
        JsonNode got = run("var R = window.ToolkitAudit; var file = JSON.parse(arguments[0]);"
                + "return JSON.stringify(file.cases.map(function (c) {"
                + "  return R.compare(file.shape, {answers: c.earlier}, {answers: c.current}); }));", file);
        JsonNode cases = file.get("cases");
        assertEquals(cases.size(), got.size());
        for (int i = 0; i < cases.size(); i++) {
            String what = cases.get(i).get("case").asText();
            JsonNode sections = cases.get(i).get("sections");
            for (int s = 0; s < sections.size(); s++) {
                JsonNode want = sections.get(s);
                JsonNode section = got.get(i).get("sections").get(s);
                for (String key : new String[] {"id", "earlier", "current", "change"}) {
                    assertEquals(want.get(key), section.get(key), what + " / " + want.get("id") + " " + key);
                }
                for (int n = 0; n < want.get("items").size(); n++) {
                    JsonNode item = want.get("items").get(n);
                    JsonNode actual = section.get("items").get(n);
                    item.fieldNames().forEachRemaining(key -> assertEquals(item.get(key), actual.get(key),
                            what + " / " + item.get("id") + " " + key));
                }
            }
        }
    }

    @Test
    void csvCellsFollowTheSharedCases() throws IOException {
        JsonNode cases = cases("csv-cases.json").get("cases");
        JsonNode got = run("var R = window.ToolkitAudit; return JSON.stringify(JSON.parse(arguments[0]).map(function (c) {"
                + "  return R.csvCell(c.value); }));", cases);
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(cases.get(i).get("cell").asText(), got.get(i).asText(), cases.get(i).get("value").asText());
        }
    }

    /** What a PDF field draws of an answer, as pdf/FieldLetters does in toolkit fill (FieldLettersTest). */
    @Test
    void fieldLettersFollowTheSharedCases() throws IOException {
        JsonNode cases = cases("field-letters-cases.json").get("cases");
        JsonNode got = run("return JSON.stringify(JSON.parse(arguments[0]).map(function (c) {"
                + "  return ToolkitAudit.pdf.drawnLetters(c.text, function (p) { return Array.from(c.face).some(function (f) {"
                + "    return f.codePointAt(0) === p; }); }); }));", cases);
        assertEquals(19, cases.size());
        for (int i = 0; i < cases.size(); i++) {
            JsonNode c = cases.get(i);
            assertEquals(c.get("drawn").asText(), got.get(i).get("text").asText(), c.get("text").asText());
            assertEquals(c.get("missing"), got.get(i).get("missing"), c.get("text").asText());
        }
    }
}
