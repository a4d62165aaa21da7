package org.toolkitpress.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Download;
import org.toolkitpress.model.Edition;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.load.Load;
import org.toolkitpress.testing.TestSites;

/**
 * The index of the default content, read back from the files it is written in (as search.js
 * reads them), checked against what the content says — phrases and ids copied from the
 * content's own Markdown and YAML, not worked out by the code under test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIndexTest {

    private static final Pattern SCRIPT = Pattern.compile("^toolkitSearch\\(\"([^\"]+)\",(.*)\\);\\n$", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Toolkit toolkit;
    private Markdown markdown;
    private List<OutputFile> files;
    private final Map<String, JsonNode> read = new LinkedHashMap<>();
    private JsonNode manifest;
    /** Every entry in number order: [kind, title, context, url, text]. */
    private final List<JsonNode> entries = new ArrayList<>();

    private static final List<Download> DOWNLOADS = List.of(
            new Download("downloads/whole-toolkit.pdf", "The whole toolkit", Edition.Kind.PAGES, 132, 1000, List.of()),
            new Download("downloads/trauma-informed-schools-audit.pdf", "Trauma Informed Schools Audit", Edition.Kind.FORM, 9, 100, List.of()));

    @BeforeAll
    void index() throws IOException {
        Path project = TestSites.projectRoot();
        Diagnostics diagnostics = new Diagnostics();
        markdown = Markdown.create();
        toolkit = Load.toolkit(Configure.settings(project, project.resolve("target/unused-site"), false, TestSites.CLOCK),
                markdown, diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        files = SearchIndex.files(toolkit, markdown, DOWNLOADS);
        for (OutputFile file : files) {
            assertTrue(file.path().startsWith("search/") && file.path().endsWith(".js"), file.path());
            Matcher m = SCRIPT.matcher(new String(file.bytes(), StandardCharsets.US_ASCII));
            assertTrue(m.matches(), file.path() + " registers itself with toolkitSearch(name, data)");
            assertEquals(file.path(), "search/" + m.group(1) + ".js", "a file names itself by its path");
            read.put(m.group(1), JSON.readTree(m.group(2)));
        }
        manifest = read.get("index");
        for (int g = 0; g < manifest.get("groups").size(); g++) {
            JsonNode group = read.get("d/" + g).get("e");
            assertEquals(manifest.get("groups").get(g).asInt(), group.size(), "group " + g + "'s size");
            group.forEach(entries::add);
        }
    }

    /** Entry number → impact for a term, decoding the shard's delta-coded list. */
    private Map<Integer, Integer> postings(String term) {
        JsonNode shards = manifest.get("shards");
        JsonNode shard = shards.has(term.substring(0, 1)) ? shards.get(term.substring(0, 1)) : shards.get(term.substring(0, 2));
        assertNotNull(shard, "a shard for " + term);
        JsonNode list = read.get("t/" + shard.asInt()).get(term);
        Map<Integer, Integer> out = new LinkedHashMap<>();
        if (list == null) {
            return out;
        }
        int entry = 0;
        for (int i = 0; i < list.size(); i += 2) {
            entry += list.get(i).asInt();
            out.put(entry, list.get(i + 1).asInt());
        }
        return out;
    }

    private static boolean says(JsonNode entry, String word) {
        return Pattern.compile("(?i)\\b" + word).matcher(entry.get(1).asText() + " " + entry.get(4).asText()).find();
    }

    @Test
    void theManifestRecordsTheLanguageAndItsWordRule() {
        assertEquals("en-GB", manifest.get("language").asText());
        assertEquals(entries.size(), manifest.get("entries").asInt());
        assertEquals(List.of("sses", "ss"), List.of(manifest.get("words").get("suffixes").get(0).get(0).asText(),
                manifest.get("words").get("suffixes").get(0).get(1).asText()));
        assertTrue(manifest.get("words").get("stop").toString().contains("\"the\""));
    }

    @Test
    void paceIsFoundOnThePageAndInThePrinciplesThatNameIt() {
        Map<Integer, Integer> pace = postings("pace");
        assertFalse(pace.isEmpty());
        pace.keySet().forEach(e -> assertTrue(says(entries.get(e), "PACE"), "entry " + entries.get(e) + " says PACE"));
        assertTrue(pace.keySet().stream().anyMatch(e -> entries.get(e).get(3).asText().startsWith("trauma-informed-schools/approaches/")),
                "the approaches page");
        // content/data/principles/trauma-informed-principles.yml, principle "trust-and-relationships": "Adults use PACE (Hughes, 2009)…"
        assertTrue(pace.keySet().stream().anyMatch(e -> entries.get(e).get(3).asText().endsWith("#principle-trust-and-relationships")
                && entries.get(e).get(0).asText().equals("Principle") && entries.get(e).get(1).asText().equals("Trust and Relationships")),
                "the principle Trust and Relationships, linked to its card");
    }

    @Test
    void anAuditQuestionLinksToItsFieldsetOnTheForm() {
        // content/data/audits/trauma-informed-schools-audit.yml, item q1; the form is on trauma-informed-schools/audit.md.
        String question = "Do staff have up to date knowledge of how children’s brains develop?";
        Map<Integer, Integer> brain = postings("brain");
        JsonNode found = brain.keySet().stream().map(entries::get).filter(e -> e.get(1).asText().equals(question))
                .findFirst().orElseThrow(() -> new AssertionError("no entry for q1 under 'brain'"));
        assertEquals("Audit question", found.get(0).asText());
        assertEquals("trauma-informed-schools/audit/#trauma-informed-schools-audit.q1", found.get(3).asText());
        assertTrue(found.get(2).asText().startsWith("Trauma Informed Schools and Settings Audit"), found.get(2).asText());
    }

    @Test
    void continuumStagesAreEntriesLinkedToTheirContinuum() {
        Map<Integer, Integer> responsive = postings("responsive");
        assertTrue(responsive.keySet().stream().map(entries::get).anyMatch(e -> e.get(0).asText().equals("Continuum stage")
                && e.get(1).asText().equals("Trauma Responsive")
                && e.get(3).asText().equals("trauma-informed-schools/continuum/#continuum-trauma-informed")),
                "the stage Trauma Responsive of content/data/continua/trauma-informed.yml");
    }

    @Test
    void headingsAreEntriesLinkedToTheirAnchor() {
        // content/pages/trauma-informed-schools/approaches.md has a section on the Recovery approach.
        assertTrue(postings("recovery").keySet().stream().map(entries::get)
                .anyMatch(e -> e.get(3).asText().startsWith("trauma-informed-schools/approaches/#")), "a heading of the approaches page");
    }

    @Test
    void aTitleOrHeadingHoldingTheWordOutranksEveryEntryThatOnlyMentionsIt() {
        Map<Integer, Integer> attendance = postings("attendance");
        int weakestTitle = Integer.MAX_VALUE;
        int strongestText = 0;
        for (Map.Entry<Integer, Integer> hit : attendance.entrySet()) {
            boolean inTitle = Pattern.compile("(?i)\\battendance\\b").matcher(entries.get(hit.getKey()).get(1).asText()).find();
            if (inTitle) {
                weakestTitle = Math.min(weakestTitle, hit.getValue());
            } else {
                strongestText = Math.max(strongestText, hit.getValue());
            }
        }
        assertTrue(weakestTitle < Integer.MAX_VALUE && strongestText > 0, "both kinds of entry exist");
        assertTrue(weakestTitle > strongestText, weakestTitle + " > " + strongestText);
    }

    @Test
    void pluralsAreIndexedUnderTheirSingular() {
        assertTrue(postings("principles").isEmpty(), "no plural term");
        assertTrue(postings("principle").keySet().stream().anyMatch(e -> says(entries.get(e), "principles")));
    }

    @Test
    void aPdfListsThePagesItPrints() {
        JsonNode pdfs = manifest.get("pdfs");
        assertEquals(2, pdfs.size());
        assertEquals("downloads/whole-toolkit.pdf", pdfs.get(0).get("url").asText());
        List<String> printed = new ArrayList<>();
        pdfs.get(0).get("groups").forEach(g -> printed.add(read.get("d/" + g.asInt()).get("e").get(0).get(3).asText()));
        // The whole toolkit prints every section's pages; the home page is in no section.
        assertEquals(toolkit.pages().size() - 1, printed.size());
        assertFalse(printed.contains(""));
        JsonNode form = pdfs.get(1);
        assertEquals("downloads/trauma-informed-schools-audit.pdf", form.get("url").asText());
        assertEquals(1, form.get("groups").size());
        assertEquals("trauma-informed-schools/audit/", read.get("d/" + form.get("groups").get(0).asInt()).get("e").get(0).get(3).asText());
    }

    @Test
    void theSameToolkitGivesTheSameBytes() {
        List<OutputFile> again = SearchIndex.files(toolkit, markdown, DOWNLOADS);
        assertEquals(files.size(), again.size());
        for (int i = 0; i < files.size(); i++) {
            assertEquals(files.get(i).path(), again.get(i).path());
            assertArrayEquals(files.get(i).bytes(), again.get(i).bytes(), files.get(i).path());
        }
    }
}
