package org.toolkitpress.search;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Download;
import org.toolkitpress.model.Edition;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.Toolkit;

/**
 * Writes the website's search index, in files under {@code search/} that the browser's
 * search-index.js loads as scripts (a browser refuses to fetch files from disk, but runs scripts):
 * <ul>
 *   <li>{@code index.js} — the manifest: the language and its word rule, how many entries each
 *       page holds, which shard file holds which terms, the PDFs and the pages each prints;</li>
 *   <li>{@code t/<n>.js} — a shard of the inverted index: the terms starting with one letter
 *       (or, for a letter with many terms, two), each with its entries and impacts;</li>
 *   <li>{@code l/<n>.js} — the list of one term too common to sit in its shard
 *       ({@link #LIST_BYTES}): the shard names the file instead;</li>
 *   <li>{@code d/<n>.js} — the entries of a run of consecutive pages (title, context, link, text
 *       for the snippet), about {@link #DOC_BYTES} at most, loaded only for pages shown in the
 *       results; the manifest names the first entry of each.</li>
 * </ul>
 * A query loads the manifest, one shard per word (and the lists apart of the terms it matches)
 * and one display file per run of pages shown, so the first search stays small at any size of site. Every file calls {@code toolkitSearch(name, data)}.
 */
public final class SearchIndex {

    static final String FOLDER = "search/";

    /**
     * True for a file of the index: rewritten whole on every build, loaded by a page only when
     * its reader searches, so neither a page's render count nor its assets include it.
     */
    public static boolean isIndexFile(String path) {
        return path.startsWith(FOLDER);
    }
    /** A first letter whose terms would make a bigger shard than this (bytes) is split by the second. */
    static final int SHARD_BYTES = 16_000;
    /**
     * A term whose list would take more than this (bytes) has it in a file of its own, loaded only
     * when a query matches the term: at 5,000 pages a word on every page has a list of 100 KB, and
     * a shard of a few such words passed the first search's budget of 500 KB for any of its words.
     */
    static final int LIST_BYTES = 8_000;
    /**
     * Consecutive pages' display entries share a file {@code d/<n>.js} up to about this many
     * bytes (a page larger than this has one of its own): a page each was two fifths of the
     * files of a 1,000-page site, each a file to write and later remove, while ten results from
     * ten different files still download at most about 240 KB.
     */
    static final int DOC_BYTES = 24_000;
    /** The text kept for a snippet, per entry (the index holds all of it). */
    static final int SNIPPET_SOURCE = 1500;

    private static final byte[] TAIL = ");\n".getBytes(StandardCharsets.US_ASCII);
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private SearchIndex() {
    }

    /** A PDF the website offers, with the pages (group numbers) whose content it prints. */
    record Pdf(String title, String url, int pages, List<Integer> groups) {
    }

    /**
     * A term's list in a shard: the delta-coded list itself, or the number of the file
     * {@code l/<n>.js} that holds it.
     */
    record Listed(int[] list, Integer file) {
    }

    record Rules(int minTerm, int minStem, List<String> stop, List<List<String>> suffixes) {
    }

    /**
     * @param groups how many entries each page holds, in reading order
     * @param docs   the number of the first entry of each display file {@code d/<n>.js}
     */
    record Manifest(String language, int entries, List<Integer> groups, List<Integer> docs, Map<String, Integer> shards,
                    Rules words, List<Pdf> pdfs) {
    }

    /** The index of {@code toolkit}'s website, which offers {@code downloads}. */
    public static List<OutputFile> files(Toolkit toolkit, Markdown markdown, List<Download> downloads) {
        List<OutputFile> out = new ArrayList<>();
        write(toolkit, markdown, downloads, out::add);
        return out;
    }

    /**
     * As {@link #files}, each file handed to {@code out} as soon as it is written (in the same
     * order), for a build that writes its site as it goes instead of holding the index.
     */
    public static void write(Toolkit toolkit, Markdown markdown, List<Download> downloads, Consumer<OutputFile> out) {
        String language = toolkit.info().language() == null ? "en-GB" : toolkit.info().language();
        Words words = Words.forLanguage(language);
        List<Group> groups = Entries.of(toolkit, markdown);
        List<Entry> entries = groups.stream().flatMap(g -> g.entries().stream()).toList();
        SortedMap<String, int[]> postings = Postings.of(entries, words);

        Map<String, Integer> shards = new TreeMap<>();
        int apart = 0;
        for (Map.Entry<String, Map<String, int[]>> shard : shards(postings).entrySet()) {
            Map<String, Listed> terms = new TreeMap<>();
            for (Map.Entry<String, int[]> term : shard.getValue().entrySet()) {
                if (bytes(term.getKey(), term.getValue()) <= LIST_BYTES) {
                    terms.put(term.getKey(), new Listed(term.getValue(), null));
                } else {
                    int[] list = term.getValue();
                    out.accept(script("l/" + apart, json -> json.writeArray(list, 0, list.length)));
                    terms.put(term.getKey(), new Listed(null, apart++));
                }
            }
            shards.put(shard.getKey(), shards.size());
            out.accept(script("t/" + (shards.size() - 1), json -> shard(json, terms)));
        }
        List<Integer> docs = new ArrayList<>();
        int first = 0;
        Map<Entry.Kind, String> labels = Entry.Kind.labels(toolkit.wording());
        for (List<Entry> run : displayRuns(groups, labels)) {
            out.accept(script("d/" + docs.size(), json -> shown(json, run, labels)));
            docs.add(first);
            first += run.size();
        }
        Rules rules = new Rules(Words.MIN_TERM, Words.MIN_STEM, List.copyOf(words.stopWords()),
                words.suffixes().stream().map(r -> List.of(r.suffix(), r.replacement())).toList());
        out.accept(script("index", new Manifest(language, entries.size(),
                groups.stream().map(g -> g.entries().size()).toList(), List.copyOf(docs), shards, rules, pdfs(toolkit, groups, downloads))));
    }

    /**
     * Shards by key, in order: the terms of each first letter, or, for a letter whose shard
     * would pass {@link #SHARD_BYTES}, of each first two letters. Each term's list is delta-coded.
     */
    private static Map<String, Map<String, int[]>> shards(SortedMap<String, int[]> postings) {
        Map<String, Map<String, int[]>> byLetter = new TreeMap<>();
        Map<String, Integer> bytes = new TreeMap<>();
        postings.forEach((term, list) -> {
            int[] coded = deltas(list);
            String letter = term.substring(0, 1);
            byLetter.computeIfAbsent(letter, k -> new TreeMap<>()).put(term, coded);
            bytes.merge(letter, bytes(term, coded), Integer::sum);
        });
        Map<String, Map<String, int[]>> out = new LinkedHashMap<>();
        byLetter.forEach((letter, terms) -> {
            if (bytes.get(letter) <= SHARD_BYTES) {
                out.put(letter, terms);
            } else {
                terms.forEach((term, coded) -> out.computeIfAbsent(term.substring(0, 2), k -> new TreeMap<>()).put(term, coded));
            }
        });
        return out;
    }

    /** About the bytes a term and its list take in a shard. */
    private static int bytes(String term, int[] coded) {
        return term.length() + 4 * coded.length;
    }

    private static int[] deltas(int[] list) {
        int[] coded = list.clone();
        for (int i = coded.length - 2; i >= 2; i -= 2) {
            coded[i] -= coded[i - 2];
        }
        return coded;
    }

    private static String snippetSource(String text) {
        if (text.length() <= SNIPPET_SOURCE) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET_SOURCE);
        return text.substring(0, cut > 0 ? cut : SNIPPET_SOURCE);
    }

    /** The offered PDFs in their order, each with the pages it prints: a guide's sections, or the page of its audit's form. */
    private static List<Pdf> pdfs(Toolkit toolkit, List<Group> groups, List<Download> downloads) {
        Map<String, Edition> byPath = new LinkedHashMap<>();
        toolkit.info().editions().forEach(e -> byPath.put(e.path(), e));
        List<Pdf> out = new ArrayList<>();
        for (Download download : downloads) {
            Edition edition = byPath.get(download.path());
            if (edition == null) {
                continue;
            }
            String audit = switch (edition.kind()) {
                case FORM -> edition.source();
                case FILLED -> {
                    Response response = toolkit.responses().get(edition.source());
                    yield response == null ? null : response.audit();
                }
                case PAGES -> null;
            };
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                Group g = groups.get(i);
                if (edition.kind() == Edition.Kind.PAGES ? edition.sections().contains(g.section()) : g.audits().contains(audit)) {
                    members.add(i);
                }
            }
            if (!members.isEmpty()) {
                out.add(new Pdf(download.title(), download.path(), download.pages(), List.copyOf(members)));
            }
        }
        return out;
    }

    /**
     * A shard, as the mapper would write its map of {@link Listed}: each term with its list or the
     * number of the file holding it.
     */
    private static void shard(JsonGenerator json, Map<String, Listed> terms) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Listed> term : terms.entrySet()) {
            json.writeFieldName(term.getKey());
            Listed listed = term.getValue();
            if (listed.list() != null) {
                json.writeArray(listed.list(), 0, listed.list().length);
            } else {
                json.writeNumber(listed.file());
            }
        }
        json.writeEndObject();
    }

    /**
     * The entries of consecutive pages, cut into runs of about {@link #DOC_BYTES} at most, each
     * written to one display file; a page is never split, and one larger than that is a run of its own.
     */
    private static List<List<Entry>> displayRuns(List<Group> groups, Map<Entry.Kind, String> labels) {
        List<List<Entry>> runs = new ArrayList<>();
        List<Entry> run = new ArrayList<>();
        int bytes = 0;
        for (Group group : groups) {
            int size = shownBytes(group.entries(), labels);
            if (!run.isEmpty() && bytes + size > DOC_BYTES) {
                runs.add(List.copyOf(run));
                run.clear();
                bytes = 0;
            }
            run.addAll(group.entries());
            bytes += size;
        }
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
        }
        return runs;
    }

    /** About the bytes entries take in a display file: their texts and a few for each entry's punctuation. */
    private static int shownBytes(List<Entry> entries, Map<Entry.Kind, String> labels) {
        int bytes = 0;
        for (Entry e : entries) {
            bytes += 16 + labels.get(e.kind()).length() + e.title().length() + e.context().length() + e.url().length()
                    + Math.min(e.text().length(), SNIPPET_SOURCE);
        }
        return bytes;
    }

    /** Entries as the results list shows them: {@code {"e": [[label, title, context, link, text], …]}}. */
    private static void shown(JsonGenerator json, List<Entry> entries, Map<Entry.Kind, String> labels) throws IOException {
        json.writeStartObject();
        json.writeFieldName("e");
        json.writeStartArray();
        for (Entry e : entries) {
            json.writeStartArray();
            for (String text : List.of(labels.get(e.kind()), e.title(), e.context(), e.url(), snippetSource(e.text()))) {
                // From an array: the generator reads a String one checked charAt at a time.
                char[] chars = text.toCharArray();
                json.writeString(chars, 0, chars.length);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Writes a script's data with Jackson's generator. */
    @FunctionalInterface
    private interface Data {
        void write(JsonGenerator json) throws IOException;
    }

    private static OutputFile script(String name, Object data) {
        return script(name, json -> JSON.writeValue(json, data));
    }

    /**
     * The file {@code name} calling {@code toolkitSearch(name, data)}, written straight to bytes:
     * every character is ASCII (the rest is escaped), so no string is needed.
     */
    private static OutputFile script(String name, Data data) {
        ByteArrayOutputStream js = new ByteArrayOutputStream(256);
        js.writeBytes(("toolkitSearch(\"" + name + "\",").getBytes(StandardCharsets.US_ASCII));
        try (JsonGenerator json = JSON.createGenerator(js, JsonEncoding.UTF8)) {
            data.write(json);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the search index file " + name, e);
        }
        js.writeBytes(TAIL);
        return new OutputFile(FOLDER + name + ".js", js.toByteArray());
    }
}
