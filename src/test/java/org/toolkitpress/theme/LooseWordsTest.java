package org.toolkitpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.toolkitpress.testing.TestSites;

/**
 * No template and no page script writes a word a reader sees outside templates/strings/en.yml
 * (read with {@code t(…)} and {@code words.text(…)}), so a Welsh strings file words every page and
 * PDF whole. The scanner ({@link LooseWords}) is tried first on small inputs, each with a word it
 * must find or a piece of code it must leave alone, then run on every template and script.
 */
class LooseWordsTest {

    private static final Path TEMPLATES = TestSites.projectRoot().resolve("templates");

    private static List<String> template(String text) {
        return LooseWords.inTemplate(text).stream().map(LooseWords.Finding::toString).toList();
    }

    private static List<String> script(String text) {
        return ScriptWords.inScript(text).stream().map(LooseWords.Finding::toString).toList();
    }

    @Test
    void aWordInATemplatesTextIsFoundWithItsPlace() {
        assertEquals(List.of("2:6: text: \"Save your answers\""), template("<p>${t(\"a.b\")}</p>\n<h2> Save your answers </h2>"));
        assertEquals(List.of("1:4: text: \"Score: ${x}\""), template("<p>Score: ${x}</p>"), "a word beside an interpolation");
        assertEquals(List.of("1:11: text: \"Nothing\""), template("<#if x><p>Nothing</p></#if>"), "a word inside a directive's body");
        assertEquals(List.of("1:12: text: \"Yes\""), template("<#assign a>Yes</#assign>"), "captured output is output");
        assertEquals(List.of("1:1: text: \"&eacute;\""), template("&eacute;"), "an entity is the letter it stands for");
        assertEquals(List.of("1:1: text: \"→\""), template("→"), "a mark not on the list, until someone says why it may stand");
    }

    @Test
    void aWordInAnAttributeAReaderMeetsIsFound() {
        assertEquals(List.of("1:11: img alt: \"Logo\""), template("<img alt=\"Logo\" src=\"${src}\">"));
        assertEquals(List.of("1:39: nav aria-label: \"Main ${x}\""),
                template("<nav class=\"a\" id=\"${id}\" aria-label=\"Main ${x}\">"), "an interpolation does not hide its neighbours");
        assertEquals(List.of("1:35: input placeholder: \"Search\""), template("<input type=\"search\" placeholder=\"Search\">"));
        assertEquals(List.of("1:16: button value: \"go\""), template("<button value=\"go\">${t(\"a.b\")}</button>"));
        assertEquals(List.of("1:29: input value: \"Send\""), template("<input type=\"submit\" value=\"Send\">"));
        assertEquals(List.of("1:33: a title: \"Help\""), template("<a<#if x> href=\"#\"</#if> title='Help'>${t(\"a\")}</a>"),
                "a directive between attributes");
        assertEquals(List.of("1:17: attribute aria-label: \"data-x=\"${x}\" aria-label=\"Close\"\""),
                template("<#macro closing> data-x=\"${x}\" aria-label=\"Close\"</#macro>"), "an attribute a macro writes");
    }

    @Test
    void aWordInAFreemarkerStringThatReadsAsProseIsFound() {
        assertEquals(List.of("1:28: Freemarker string: \"No answers yet\""), template("<p>${x?has_content?then(x, \"No answers yet\")}</p>"));
        assertEquals(List.of("1:14: Freemarker string: \"plan\"", "1:22: Freemarker string: \"audit\""),
                template("<h2>${x?then(\"plan\", \"audit\")}</h2>"), "a word an interpolation writes");
        assertEquals(List.of("1:22: Freemarker string: \"Open\""), template("<@parts.button label=\"Open\"/>"));
    }

    @Test
    void whatIsNotShownOrIsTheStringsIsLeftAlone() {
        String quiet = """
                <#-- A comment with words. -->
                <!-- An HTML comment with words. -->
                <!DOCTYPE html>
                <p class="lead big" data-x="some words" id="${id}">${t("a.b", {"n": 1})} · ${count} (${share}%)</p>
                <#if a gt b && c?has_content><#assign label = x?then("a.key", "b.key")></#if>
                <a href="${root}" aria-label="${t("x.y")}" title="${t("x.y")}">&#8617;</a>
                <script>var s = "Words in a script are the script check's";</script>
                <style>p::before { content: "Words in a style"; }</style>
                <script type="application/json" data-strings>{"messages": {"a": "Words"}}</script>
                <input type="text" value="a value">
                <span class="warning-text-icon" aria-hidden="true">!</span> ${x} × 2 – 3
                <#list items as i>${i?is_last?then("", ", ")}</#list>
                ${scriptStrings("audit.", "search.")}
                <p>${t("report.run", {"command": command})}</p><#assign command><code>toolkit report audits FOLDER</code></#assign>
                <#macro pointData point><#if point?is_hash> data-point="${point.id}"<#if point.optional> data-optional</#if></#if></#macro>
                """;
        assertEquals(List.of(), template(quiet));
    }

    @Test
    void aScriptsWordWrittenIntoThePageIsFound() {
        assertEquals(List.of("1:19: script textContent: \"Saved\""), script("box.textContent = 'Saved';"));
        assertEquals(List.of("1:27: script textContent: \"Saved at \""), script("box.textContent = n > 1 ? 'Saved at ' + time : '';"));
        assertEquals(List.of("1:42: script createTextNode: \"Done\""), script("list.appendChild(document.createTextNode('Done'));"));
        assertEquals(List.of("1:30: script setAttribute aria-label: \"Close\""), script("b.setAttribute('aria-label', \"Close\");"));
        assertEquals(List.of("1:7: script alert: \"Oops\""), script("alert('Oops');"));
        assertEquals(List.of("1:19: script innerText: \"items\""), script("p.innerText = [n, 'items'].join(' ');"));
        assertEquals(List.of("1:35: script prose: \"the file did not load\""),
                script("function why() { return reason || 'the file did not load'; }"), "a message shown later");
        assertEquals(List.of("1:24: script prose: \"Who\""), script("var headers = ['Item', 'Who'];").subList(1, 2),
                "a heading written for a CSV file");
        assertEquals(List.of("1:9: script prose: \"question \""), script("var q = 'question ' + number;"), "a piece of a sentence");
        assertEquals(List.of("1:60: script shows an Error's message: \".message\""),
                script("p.catch(function (e) { s.textContent = say('a.b', { why: e.message }); });"), "a fault's own English, shown");
    }

    @Test
    void whatAScriptDoesNotShowIsLeftAlone() {
        String quiet = """
                'use strict';
                // A comment with words: the box is cleared.
                /* Another one. */
                var words = window.ToolkitStrings;
                box.textContent = words.text('audit.saved', { when: 'now' });
                status.textContent = say("search.more");
                var list = form.querySelectorAll('input, textarea');
                var row = $(item, 'legend, .item-question > span');
                b.className = 'button button-secondary';
                var cell = el('td', { 'class': 'reflow heatmap', 'data-label': x });
                b.setAttribute('data-plan-action', action);
                var re = /don't split 'here'/g, half = a / 2, q = "x" / 3;
                line.textContent = text + '.';
                document.addEventListener('click', go);
                if (event.key === 'ArrowDown') { go(); }
                var name = PDFName.of('ToUnicode');
                var media = window.matchMedia('(min-width: 60em)');
                sheet.textContent = '@page { @top-left { content: ' + quoted + '; } }';
                if (e && e.message === 'too large') { throw new Error('no form'); }
                switch (kind) { case 'Plain text': break; }
                var font = dict.lookup(N('FontDescriptor'));
                """;
        assertEquals(List.of(), script(quiet));
    }

    private static final String CSV_CONTRACT = "a report's code for a school or a file (\"School K7M2Q\", \"File 3\"): an "
            + "identifier an officer matches across reports and files.csv, held byte for byte to what report/School and "
            + "AuditReport write (ReportPageBrowserTest)";
    private static final String PLAN_CSV = "the action plan CSV's column headers, fixed like the report's "
            + "(AuditPlanBrowserTest); whether a Welsh plan's download gets Welsh headers is the bilingual work's to decide";

    /**
     * Words found and kept in English on purpose, each with why: the test fails on any word not
     * listed here, and on a listed word no longer found (take it off when it moves). Written as
     * {@code file: where: "text"}, without line and column, so an edit above one does not matter.
     */
    private static final Map<String, String> KEPT_IN_ENGLISH = keptInEnglish();

    private static Map<String, String> keptInEnglish() {
        Map<String, String> list = new LinkedHashMap<>();
        keep(list, CSV_CONTRACT, "templates/assets/js/audit-report.js",
                "School ",
                "File ");
        keep(list, PLAN_CSV, "templates/assets/js/audit-rules-plan.js",
                "Item",
                "Action",
                "Who",
                "By when",
                "How we will know");
        return list;
    }

    private static void keep(Map<String, String> list, String why, String file, String... literals) {
        for (String literal : literals) {
            list.put(file + ": script prose: \"" + literal + "\"", why);
        }
    }

    @Test
    void noTemplateOrScriptWritesAWordOutsideTheStrings() throws IOException {
        List<String> found = new ArrayList<>();
        int templates = 0;
        int scripts = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                String where = TEMPLATES.getParent().relativize(f).toString().replace('\\', '/');
                // Every kind of template Freemarker reads here (.ftl, .ftlh, .ftlx), and the theme's SVG.
                if (name.matches(".*\\.ftl[hx]?") || name.endsWith(".svg")) {
                    templates++;
                    LooseWords.inTemplate(Files.readString(f)).forEach(x -> found.add(where + ":" + x));
                } else if (where.startsWith("templates/assets/js/") && name.endsWith(".js")) {
                    scripts++;
                    ScriptWords.inScript(Files.readString(f)).forEach(x -> found.add(where + ":" + x));
                }
            }
        }
        assertTrue(templates > 20 && scripts > 15, "the templates and scripts are found: " + templates + ", " + scripts);
        List<String> loose = new ArrayList<>();
        Set<String> listed = new TreeSet<>();
        for (String f : found) {
            String unplaced = f.replaceFirst(":\\d+:\\d+:", ":");
            if (KEPT_IN_ENGLISH.containsKey(unplaced)) {
                listed.add(unplaced);
            } else {
                loose.add(f);
            }
        }
        assertEquals("", String.join("\n", loose), "words written outside templates/strings/en.yml");
        Set<String> moved = new TreeSet<>(KEPT_IN_ENGLISH.keySet());
        moved.removeAll(listed);
        assertEquals(Set.of(), moved, "listed as kept in English, but no longer found: take them off KEPT_IN_ENGLISH");
    }
}
