package org.toolkitpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.testing.TestSites;

/** The edition stamp in the footer and the "What changed" page, from a real git repository. */
class WhatChangedTest {

    @TempDir
    Path temp;

    private Path project;

    private void git(String date, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", project.toString(), "-c", "user.name=Editor",
                "-c", "user.email=editor@example.org", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("GIT_COMMITTER_DATE", date);
        builder.environment().put("GIT_AUTHOR_DATE", date);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, String.join(" ", args) + ": " + out);
    }

    private static boolean gitInstalled() {
        try {
            Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private Map<String, Document> build() {
        Build.Result result = Build.run(Configure.settings(project, null, false, TestSites.CLOCK));
        assertFalse(result.diagnostics().hasErrors(), () -> result.diagnostics().sorted().toString());
        return result.files().stream().filter(f -> f.path().endsWith(".html"))
                .collect(Collectors.toMap(OutputFile::path, f -> Jsoup.parse(new String(f.bytes(), StandardCharsets.UTF_8))));
    }

    @Test
    void taggedEditionsListTheirContentChanges() throws Exception {
        Assumptions.assumeTrue(gitInstalled() || "true".equals(System.getenv("CI")), "git is not installed");
        project = TestSites.copy(TestSites.fixture("editors"), temp);
        Path toolkitYml = project.resolve("content/toolkit.yml");
        Files.writeString(toolkitYml, Files.readString(toolkitYml).replace("version: \"2026.2\"\n", "")
                .replace("date: 2026-03-01\n", ""));
        git("2026-01-05T10:00:00Z", "init", "-q");
        git("2026-01-05T10:00:00Z", "add", "-A");
        git("2026-01-05T10:00:00Z", "commit", "-q", "-m", "First edition");
        git("2026-01-05T10:00:00Z", "tag", "2026.1");
        Path attendance = project.resolve("content/pages/guidance/attendance.md");
        Files.writeString(attendance, Files.readString(attendance) + "\nA new paragraph.\n");
        Files.writeString(project.resolve("content/pages/guidance/transitions.md"),
                "---\ntitle: Transitions\norder: 40\n---\n\n## Moving on\n\nText.\n");
        Files.delete(project.resolve("content/pages/guidance/contacts.md"));
        git("2026-02-10T10:00:00Z", "add", "-A");
        git("2026-02-10T10:00:00Z", "commit", "-q", "-m", "Second edition");
        git("2026-02-10T10:00:00Z", "tag", "2026.2");

        Map<String, Document> site = build();
        Document page = site.get("whats-changed/index.html");
        assertEquals("2026.2 (10 February 2026)", page.select("h2").get(0).text());
        assertEquals(List.of("Changed: Attendance", "Removed: content/pages/guidance/contacts.md", "Added: Transitions"),
                page.select("h2").get(0).parent().select("li").eachText());
        assertEquals("../guidance/attendance/", page.selectFirst("li a").attr("href"));
        assertEquals("The first tagged edition.", page.select("h2").get(1).parent().selectFirst("p").text());

        // No version or date in toolkit.yml: the stamp comes from git.
        assertEquals("Version 2026.2 · 10 February 2026", site.get("index.html").selectFirst("footer .edition").text());
        assertEquals("../whats-changed/", site.get("guidance/index.html").selectFirst("footer a:contains(What changed)").attr("href"));
    }

    @Test
    void withoutHistoryThereIsNoPageAndTheStampComesFromToolkitYml() {
        project = TestSites.copy(TestSites.fixture("editors"), temp);
        Map<String, Document> site = build();
        assertNull(site.get("whats-changed/index.html"));
        assertEquals("Version 2026.2 · 1 March 2026", site.get("index.html").selectFirst("footer .edition").text());
        assertTrue(site.get("index.html").select("footer a:contains(What changed)").isEmpty());
    }
}
