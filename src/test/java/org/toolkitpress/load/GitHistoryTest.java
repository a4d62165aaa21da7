package org.toolkitpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.model.ContentHistory;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.Diagnostics;

/** The project's history is read from git, and a git that hangs cannot hang the build. */
class GitHistoryTest {

    @Test
    void aGitThatHangsIsStoppedAtTheTimeLimitAndTheBuildIsWarned(@TempDir Path dir) throws IOException {
        Path started = dir.resolve("started");
        // Stands in for a git waiting on a network file system or a lock: it never answers.
        Path git = script(dir.resolve("git"), "#!/bin/sh\necho $$ > '" + started + "'\nexec sleep 60\n");
        Diagnostics diagnostics = new Diagnostics();

        long start = System.nanoTime();
        ContentHistory history = GitHistory.read(dir, git.toString(), Duration.ofSeconds(1), Duration.ofSeconds(60),
                diagnostics);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(ContentHistory.NONE, history);
        assertTrue(millis >= 1000 && millis < 10_000, "stopped after the 1 s limit, not when git ended: " + millis + " ms");
        List<Diagnostic> found = diagnostics.sorted();
        assertEquals(1, found.size(), found::toString);
        assertEquals(".git", found.get(0).pos().toString());
        assertEquals("`git rev-parse --show-toplevel` did nothing for 1 s and was stopped, so this build has no"
                + " history from git: its pages and PDFs show only the version and date written in toolkit.yml,"
                + " and it has no \"What changed\" page", found.get(0).message());
        assertTrue(!found.get(0).isError(), "a warning: the site still builds");
        // The hung git is killed, not left running: it ends within moments (join fails after 5 s).
        long pid = Long.parseLong(Files.readString(started).strip());
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(5, TimeUnit.SECONDS).join());
    }

    /**
     * A git slowed by a busy machine or a large repository is still working (it uses processor
     * time), so it is waited for past the limit, which is for a git that is stuck: the history,
     * and so the published site, does not depend on how busy the machine was.
     */
    @Test
    void aGitThatIsWorkingIsWaitedForPastTheLimit(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project")).toRealPath();
        // `git describe` works for 3 s of the clock (three times the limit), then every command
        // answers as git would for a tagged commit. One slow command, not every one: each second
        // of a busy machine's scheduling is a chance for a starved loop to show no processor time,
        // and the suite runs this beside the browsers (it failed so once with every command slow).
        Path git = script(dir.resolve("git"), """
                #!/bin/bash
                case "$*" in
                  *describe*) end=$((SECONDS + 3)); while [ "$SECONDS" -lt "$end" ]; do :; done ;;
                esac
                case "$*" in
                  *rev-parse*) echo '%s' ;;
                  *describe*) echo 'v7' ;;
                  *log*) echo '2026-03-14' ;;
                esac
                """.formatted(project));
        Diagnostics diagnostics = new Diagnostics();

        ContentHistory history = GitHistory.read(project, git.toString(), Duration.ofSeconds(1), Duration.ofSeconds(60),
                diagnostics);

        assertEquals(List.of(), diagnostics.sorted(), "not stopped");
        assertEquals("v7", history.describe());
        assertEquals(LocalDate.of(2026, 3, 14), history.date());
    }

    /**
     * A git that ends just as the limit comes round is not "stuck": the system no longer says what
     * processor time it used (its process is gone), which read as doing nothing, and a working git
     * was stopped now and then on a busy machine (seen in a fresh clone's suite).
     */
    @Test
    void aGitThatEndsJustAsTheLimitComesRoundIsNotStopped() throws Exception {
        Process ending = new Process() {
            private boolean alive = true;

            @Override
            public boolean waitFor(long timeout, TimeUnit unit) {
                if (alive) {
                    alive = false; // ends as the first wait runs out
                    return false;
                }
                return true;
            }

            @Override
            public boolean isAlive() {
                return alive;
            }

            @Override
            public ProcessHandle.Info info() {
                return new ProcessHandle.Info() {
                    @Override public Optional<String> command() { return Optional.empty(); }
                    @Override public Optional<String> commandLine() { return Optional.empty(); }
                    @Override public Optional<String[]> arguments() { return Optional.empty(); }
                    @Override public Optional<Instant> startInstant() { return Optional.empty(); }
                    @Override public Optional<Duration> totalCpuDuration() { return Optional.empty(); }
                    @Override public Optional<String> user() { return Optional.empty(); }
                };
            }

            @Override public OutputStream getOutputStream() { return OutputStream.nullOutputStream(); }
            @Override public InputStream getInputStream() { return InputStream.nullInputStream(); }
            @Override public InputStream getErrorStream() { return InputStream.nullInputStream(); }
            @Override public int waitFor() { return 0; }
            @Override public int exitValue() { return 0; }
            @Override public void destroy() { alive = false; }
        };

        assertEquals(null, GitHistory.waitFor(ending, Duration.ofSeconds(1), Duration.ofSeconds(60)));
    }

    @Test
    void aGitThatWorksPastTheCeilingIsStopped(@TempDir Path dir) throws Exception {
        Path git = script(dir.resolve("git"), "#!/bin/bash\nwhile :; do :; done\n");
        Diagnostics diagnostics = new Diagnostics();

        ContentHistory history = GitHistory.read(dir, git.toString(), Duration.ofSeconds(1), Duration.ofSeconds(2),
                diagnostics);

        assertEquals(ContentHistory.NONE, history);
        List<Diagnostic> found = diagnostics.sorted();
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().startsWith("`git rev-parse --show-toplevel` was still running after 2 s"
                + " and was stopped"), found.get(0).message());
    }

    @Test
    void aGitThatAnswersGivesItsHistory(@TempDir Path dir) throws Exception {
        run(dir, "git", "init", "-q");
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/a.md"), "a\n");
        run(dir, "git", "add", ".");
        run(dir, "git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "one");
        run(dir, "git", "tag", "v1");
        Diagnostics diagnostics = new Diagnostics();

        ContentHistory history = GitHistory.read(dir.toRealPath(), diagnostics);

        assertEquals("v1", history.describe());
        assertEquals(LocalDate.now(java.time.ZoneOffset.UTC).getYear(), history.date().getYear());
        assertEquals(List.of(), diagnostics.sorted());
    }

    private static Path script(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertEquals(0, p.waitFor(), String.join(" ", command));
    }
}
