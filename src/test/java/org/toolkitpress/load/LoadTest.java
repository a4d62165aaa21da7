package org.toolkitpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.Toolkit;

class LoadTest {

    @TempDir
    Path project;

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<String> load(Diagnostics diagnostics) {
        Load.toolkit(Configure.settings(project, null, false), Markdown.create(), diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void frontMatterValuesAndUrls() throws IOException {
        write("content/toolkit.yml", "title: T\nsections:\n  - id: guide\n    title: Guide\n");
        write("content/pages/guide/index.md", "---\ntitle: Guide\n---\n");
        write("content/pages/guide/tips.md", "---\ntitle: \"Tips: a list\"\nsummary: Short.\norder: 3\n"
                + "last_reviewed: 2025-04-01\nreview_by: 2026-04-01\n---\n\n## One\n");
        Diagnostics diagnostics = new Diagnostics();
        Toolkit toolkit = Load.toolkit(Configure.settings(project, null, false), Markdown.create(), diagnostics);
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
        Page tips = toolkit.page("guide/tips.md");
        assertEquals("Tips: a list", tips.title());
        assertEquals("guide/tips/", tips.url());
        assertEquals("guide", tips.section());
        assertEquals(3, tips.order());
        assertEquals(LocalDate.of(2026, 4, 1), tips.front().reviewBy());
        assertEquals(9, tips.body().headings().get(0).pos().line(), "positions count the front matter lines");
        assertEquals("guide/", toolkit.page("guide/index.md").url());
    }

    /**
     * Pages are read as strict UTF-8 (SourceText): a page that holds a real U+FFFD is valid and
     * loads; a bad byte after one is reported at its line and column; a byte-order mark and
     * Windows line ends are dropped, positions still counting the file's lines.
     */
    @Test
    void replacementCharactersBadBytesAndLineEndsInPages() throws IOException {
        write("content/toolkit.yml", "title: T\n");
        write("content/pages/index.md", "---\ntitle: Home\n---\n\nA real \uFFFD here.\n\n## Two\n");
        write("content/pages/bom.md", "\uFEFF---\r\ntitle: Bom\r\n---\r\n\r\n## One\r\n");
        Diagnostics diagnostics = new Diagnostics();
        Toolkit toolkit = Load.toolkit(Configure.settings(project, null, false), Markdown.create(), diagnostics);
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
        assertEquals(7, toolkit.page("index.md").body().headings().get(0).pos().line());
        assertEquals("Bom", toolkit.page("bom.md").title());
        assertEquals(5, toolkit.page("bom.md").body().headings().get(0).pos().line());
        byte[] prefix = "---\ntitle: Home\n---\n\nA real \uFFFD and ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(prefix, prefix.length + 2);
        bad[prefix.length] = (byte) 0xE9;
        bad[prefix.length + 1] = '\n';
        Files.write(project.resolve("content/pages/index.md"), bad);
        List<String> lines = load(new Diagnostics());
        assertEquals(List.of("content/pages/index.md:5:14: error: the file is not valid UTF-8 (byte 0xE9)\n"
                + "  hint: save the file with UTF-8 encoding in your editor"), lines);
    }

    @Test
    void mistakesInFrontMatterAndYamlAreReportedAtTheirLines() throws IOException {
        write("content/toolkit.yml", "title: T\ntitle: again\ncolour: red\n");
        write("content/pages/index.md", "---\ntitle: Home\norder: first\nreview_by: next spring\n---\n");
        List<String> lines = load(new Diagnostics());
        assertEquals(List.of(
                "content/pages/index.md:3:1: error: \"order\" must be a whole number, not \"first\"\n"
                        + "  hint: for example `order: 55`",
                "content/pages/index.md:4:1: error: \"review_by\" must be a date written year-month-day, not \"next spring\"\n"
                        + "  hint: for example `review_by: 2026-04-01`",
                "content/toolkit.yml:2:1: error: key \"title\" is written twice (first at line 1)\n  hint: remove one of them",
                "content/toolkit.yml:3:1: error: unknown toolkit.yml key \"colour\"\n"
                        + "  hint: allowed: base_url, date, description, editions, language, sections, short_title, title, version"),
                lines);
    }

    @Test
    void dataFilesReadSideBySideGiveTheirTextsAndLettersInTheFilesOrder() throws IOException {
        write("content/toolkit.yml", "title: T\n");
        // Files of two kinds, named so that their order is not the order of their sizes: the
        // largest first would finish last if each came back when read.
        List<String> names = List.of("e", "b", "f", "a", "d", "c");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String cells = "      c" + i + ": \"cell\"\n";
            write("content/data/continua/" + name + ".yml", "id: stages-" + name + "\ntitle: Stages\n"
                    + "intro: \"See [" + name + "](https://example.org/" + name + ") — ŵ\"\n"
                    + "stages:\n  - id: one\n    label: One\naspects:\n  - id: all\n    cells:\n" + cells.repeat(1 + 40 * i));
        }
        write("content/data/principles/p.yml", "id: p\ntitle: P\nintro: \"[p](https://example.org/p) — ŷ\"\n"
                + "principles:\n  - id: one\n    title: One\n    description: D\n");
        Diagnostics diagnostics = new Diagnostics();
        Toolkit toolkit = Load.toolkit(Configure.settings(project, null, false), Markdown.create(), diagnostics);
        List<String> linked = toolkit.texts().stream().flatMap(t -> t.links().stream())
                .map(l -> l.target() + " " + l.pos().path()).toList();
        assertEquals(List.of(
                "https://example.org/a content/data/continua/a.yml", "https://example.org/b content/data/continua/b.yml",
                "https://example.org/c content/data/continua/c.yml", "https://example.org/d content/data/continua/d.yml",
                "https://example.org/e content/data/continua/e.yml", "https://example.org/f content/data/continua/f.yml",
                "https://example.org/p content/data/principles/p.yml"), linked);
        List<String> letters = toolkit.letters().stream().filter(l -> l.pos().path().startsWith("content/data/"))
                .map(l -> Character.toString(l.codePoint()) + " " + l.pos().path() + ":" + l.pos().line()).toList();
        assertEquals(List.of("— content/data/continua/a.yml:3", "ŵ content/data/continua/a.yml:3",
                "— content/data/continua/b.yml:3", "ŵ content/data/continua/b.yml:3",
                "— content/data/continua/c.yml:3", "ŵ content/data/continua/c.yml:3",
                "— content/data/continua/d.yml:3", "ŵ content/data/continua/d.yml:3",
                "— content/data/continua/e.yml:3", "ŵ content/data/continua/e.yml:3",
                "— content/data/continua/f.yml:3", "ŵ content/data/continua/f.yml:3",
                "— content/data/principles/p.yml:3", "ŷ content/data/principles/p.yml:3"), letters);
        assertEquals(List.of("stages-a", "stages-b", "stages-c", "stages-d", "stages-e", "stages-f"),
                List.copyOf(toolkit.continua().keySet()));
    }

    @Test
    void aPageLettersAreFoundInItsTextsAndCodeBesideAsciiOnes() throws IOException {
        write("content/toolkit.yml", "title: T\n");
        write("content/pages/index.md", "---\ntitle: Home\n---\nPlain *words*, `code` and [a link](https://example.org/).\n\n"
                + "A caf\u00e9, *\u00e2* and `na\u00efve` code; an escaped \\* star.\n");
        Diagnostics diagnostics = new Diagnostics();
        Toolkit toolkit = Load.toolkit(Configure.settings(project, null, false), Markdown.create(), diagnostics);
        assertEquals(List.of("\u00e9 6:6 text", "\u00e2 6:10 text", "\u00ef 6:20 code"),
                toolkit.pages().get(0).letters().stream().map(l -> Character.toString(l.codePoint()) + " "
                        + l.pos().line() + ":" + l.pos().column() + (l.code() ? " code" : " text")).toList());
    }

    @Test
    void dataFilesWithTheSameIdAreReported() throws IOException {
        write("content/toolkit.yml", "title: T\n");
        String continuum = "id: stages\ntitle: Stages\nstages:\n  - id: one\n    label: One\naspects:\n  - id: all\n    cells: {}\n";
        write("content/data/continua/a.yml", continuum);
        write("content/data/continua/b.yml", continuum);
        List<String> lines = load(new Diagnostics());
        assertEquals(List.of("content/data/continua/b.yml:1:1: error: the continuum id \"stages\" is also used by "
                + "content/data/continua/a.yml\n  hint: give each continuum its own id"), lines);
    }

    @Test
    void aBaseUrlEndsInASlashWhereverItIsWritten() throws IOException {
        write("content/toolkit.yml", "title: T\nbase_url: https://toolkit.example.org/guide\n");
        Toolkit toolkit = Load.toolkit(Configure.settings(project, null, false), Markdown.create(), new Diagnostics());
        assertEquals("https://toolkit.example.org/guide/", toolkit.info().baseUrl());
        write("content/toolkit.yml", "title: T\nbase_url: https://toolkit.example.org/\n");
        toolkit = Load.toolkit(Configure.settings(project, null, false), Markdown.create(), new Diagnostics());
        assertEquals("https://toolkit.example.org/", toolkit.info().baseUrl(), "never two slashes");
    }
}
