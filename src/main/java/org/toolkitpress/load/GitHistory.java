package org.toolkitpress.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.toolkitpress.model.ContentHistory;
import org.toolkitpress.model.ContentHistory.Edition;
import org.toolkitpress.model.ContentHistory.FileChange;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.SourcePos;

/**
 * Reads the project's git history by running {@code git}, when it is installed and the
 * project folder is the top of its own work tree (a toolkit inside another repository, such as
 * a test fixture, has no history of its own). Everything read is a function of the commits and
 * tags, so the same checkout gives the same history; anything unexpected gives
 * {@link ContentHistory#NONE} rather than failing the build. A git that is stuck (it uses no
 * processor time for the time limit: waiting on a lock, a network file system or a prompt) is
 * stopped, and the build goes on without history, with a warning. A git that is working is not
 * stopped for being slow (a busy machine, a large repository) until {@link #CEILING}: the history
 * is part of the published pages, so the site should not change with the machine's load.
 */
final class GitHistory {

    /** How long a git may go without using any processor time before it is taken to be stuck. */
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** How long a git may run at all, however busy it is. */
    static final Duration CEILING = Duration.ofMinutes(2);

    private final Path project;
    private final String git;
    private final Duration timeout;
    private final Duration ceiling;

    private GitHistory(Path project, String git, Duration timeout, Duration ceiling) {
        this.project = project;
        this.git = git;
        this.timeout = timeout;
        this.ceiling = ceiling;
    }

    static ContentHistory read(Path project, Diagnostics diagnostics) {
        return read(project, "git", TIMEOUT, CEILING, diagnostics);
    }

    /** The history read with a given git executable and time limits per command (a test's fake git). */
    static ContentHistory read(Path project, String git, Duration timeout, Duration ceiling, Diagnostics diagnostics) {
        try {
            return new GitHistory(project, git, timeout, ceiling).read();
        } catch (NoAnswer e) {
            diagnostics.warning(SourcePos.file(".git"), "`git " + e.getMessage() + "` " + e.why
                    + " and was stopped, so this build has no history from git: its pages and PDFs show only the"
                    + " version and date written in toolkit.yml, and it has no \"What changed\" page",
                    "check that `git status` runs quickly in the project folder, then build again");
            return ContentHistory.NONE;
        }
    }

    /** A git command that did not finish in time; the rest of the history is not worth waiting for. */
    private static final class NoAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Why it was stopped, as the warning says it. */
        private final String why;

        NoAnswer(String command, String why) {
            super(command, null, false, false);
            this.why = why;
        }
    }

    private ContentHistory read() {
        String top = git("rev-parse", "--show-toplevel");
        try {
            if (top == null || !Files.isSameFile(Path.of(top.strip()), project)) {
                return ContentHistory.NONE;
            }
        } catch (IOException e) {
            return ContentHistory.NONE;
        }
        String describe = git("describe", "--tags", "--always");
        String date = git("log", "-1", "--format=%cs");
        if (describe == null || date == null || describe.isBlank()) {
            return ContentHistory.NONE;
        }
        return new ContentHistory(describe.strip(), parseDate(date.strip()), editions());
    }

    /** Tags by date (then name, for tags made the same day), each with its changes since the one before. */
    private List<Edition> editions() {
        String tags = git("for-each-ref", "--sort=refname", "--sort=creatordate",
                "--format=%(refname:short)%09%(creatordate:short)", "refs/tags");
        List<Edition> editions = new ArrayList<>();
        if (tags == null) {
            return editions;
        }
        String previous = null;
        for (String line : tags.lines().filter(l -> l.contains("\t")).toList()) {
            String tag = line.substring(0, line.indexOf('\t'));
            LocalDate date = parseDate(line.substring(line.indexOf('\t') + 1));
            List<FileChange> changes = previous == null ? List.of() : changes(previous, tag);
            editions.add(new Edition(tag, date, changes));
            previous = tag;
        }
        return List.copyOf(editions);
    }

    private List<FileChange> changes(String from, String to) {
        String diff = git("diff", "--name-status", "-M", from, to, "--", "content/");
        List<FileChange> changes = new ArrayList<>();
        if (diff == null) {
            return changes;
        }
        for (String line : diff.lines().toList()) {
            String[] parts = line.split("\t");
            if (parts.length < 2 || parts[0].isEmpty()) {
                continue;
            }
            switch (parts[0].charAt(0)) {
                case 'A' -> changes.add(new FileChange(FileChange.Kind.ADDED, parts[1], null));
                case 'D' -> changes.add(new FileChange(FileChange.Kind.REMOVED, parts[1], null));
                case 'R' -> changes.add(parts.length > 2 ? new FileChange(FileChange.Kind.RENAMED, parts[2], parts[1])
                        : new FileChange(FileChange.Kind.CHANGED, parts[1], null));
                default -> changes.add(new FileChange(FileChange.Kind.CHANGED, parts[parts.length - 1], null));
            }
        }
        return List.copyOf(changes);
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Waits for git to end: null when it did, or why it was given up on. It is given the time
     * limit, and the limit again each time it used processor time during the last one, up to
     * {@link #CEILING} (where the system cannot say how much processor time a process has used,
     * the time limit alone).
     */
    private String waitFor(Process process) throws InterruptedException {
        return waitFor(process, timeout, ceiling);
    }

    /** {@link #waitFor(Process)} with the given limits (a test's process). */
    static String waitFor(Process process, Duration timeout, Duration ceiling) throws InterruptedException {
        long start = System.nanoTime();
        Duration used = Duration.ZERO;
        while (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            Duration now = processorTime(process);
            if (!process.isAlive()) {
                // It ended while it was asked about (the system may no longer say what it used):
                // not stuck; the next wait returns at once.
                continue;
            }
            if (now == null || now.compareTo(used) <= 0) {
                return "did nothing for " + timeout.toSeconds() + " s";
            }
            if (System.nanoTime() - start >= ceiling.toNanos()) {
                return "was still running after " + ceiling.toSeconds() + " s";
            }
            used = now;
        }
        return null;
    }

    /** The processor time git and the processes it started have used, or null where the system does not say. */
    private static Duration processorTime(Process process) {
        Optional<Duration> own = process.info().totalCpuDuration();
        if (own.isEmpty()) {
            return null;
        }
        return process.descendants().map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(own.get(), Duration::plus);
    }

    /**
     * The command's standard output, or null when git is missing or fails.
     *
     * @throws NoAnswer when it takes longer than the time limit
     */
    private String git(String... args) {
        List<String> command = new ArrayList<>(List.of(git, "-C", project.toString(), "-c", "core.quotePath=false"));
        command.addAll(List.of(args));
        Path out = null;
        try {
            // Output goes to a file, not a pipe: reading a pipe would block until git ends, so the
            // time limit could never fire (and a full pipe would stall git itself).
            out = Files.createTempFile("toolkit-press-git", ".out");
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(out.toFile());
            // Git's own settings for the user (pager, colour) must not change what it prints.
            builder.environment().put("GIT_PAGER", "cat");
            builder.environment().put("LC_ALL", "C");
            Process process = builder.start();
            String stopped = waitFor(process);
            if (stopped != null) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new NoAnswer(String.join(" ", args), stopped);
            }
            return process.exitValue() == 0 ? Files.readString(out, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException e) {
                    // A leftover empty temporary file harms nothing; the history is what matters.
                }
            }
        }
    }
}
