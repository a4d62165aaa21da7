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
        JsonNode docs = manifest.get("docs");
        for (int d = 0; d < docs.size(); d++) {
            assertEquals(entries.size(), docs.get(d).asInt(), "display file " + d + " starts where the one before ended");
            read.get("d/" + d).get("e").forEach(entries::add);
        }
        assertFalse(read.containsKey("d/" + docs.size()), "no display file the manifest does not name");
        int grouped = 0;
        for (JsonNode size : manifest.get("groups")) {
            grouped += size.asInt();
        }
        assertEquals(grouped, entries.size(), "the display files hold every page's entries");
    }

    /** The number of page {@code group}'s first entry (its page's own entry). */
    private int firstEntry(int group) {
        int n = 0;
        for (int g = 0; g < group; g++) {
            n += manifest.get("groups").get(g).asInt();
        }
        return n;
    }

    /**
     * Display files hold whole pages, several to a file (a page each was most of the files of a
     * large site), and a file of several pages stays near its size limit.
     */
    @Test
    void displayFilesHoldWholeConsecutivePages() {
        JsonNode docs = manifest.get("docs");
        int pages = manifest.get("groups").size();
        assertTrue(docs.size() > 1 && docs.size() * 3 <= pages, docs.size() + " display files for " + pages + " pages");
        List<Integer> firsts = new ArrayList<>();
        for (int g = 0; g < pages; g++) {
            firsts.add(firstEntry(g));
        }
        for (int d = 0; d < docs.size(); d++) {
            int first = docs.get(d).asInt();
            assertTrue(firsts.contains(first), "display file " + d + " starts at a page's first entry");
            // A page's own entry: no kind shown, a link without a fragment.
            assertEquals("", entries.get(first).get(0).asText(), "display file " + d + " starts with a page");
            assertFalse(entries.get(first).get(3).asText().contains("#"), "display file " + d + " starts with a page");
            int end = d + 1 < docs.size() ? docs.get(d + 1).asInt() : entries.size();
            long pagesIn = firsts.stream().filter(f -> f >= first && f < end).count();
            String name = "search/d/" + d + ".js";
            int bytes = files.stream().filter(f -> f.path().equals(name)).findFirst().orElseThrow().bytes().length;
            assertTrue(pagesIn == 1 || bytes <= 30_000, "display file " + d + ": " + pagesIn + " pages in " + bytes + " bytes");
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
        pdfs.get(0).get("groups").forEach(g -> printed.add(entries.get(firstEntry(g.asInt())).get(3).asText()));
        // The whole toolkit prints every section's pages; the home page is in no section.
        assertEquals(toolkit.pages().size() - 1, printed.size());
        assertFalse(printed.contains(""));
        JsonNode form = pdfs.get(1);
        assertEquals("downloads/trauma-informed-schools-audit.pdf", form.get("url").asText());
        assertEquals(1, form.get("groups").size());
        assertEquals("trauma-informed-schools/audit/", entries.get(firstEntry(form.get("groups").get(0).asInt())).get(3).asText());
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
