package org.toolkitpress.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.load.Load;
import org.toolkitpress.model.Answers;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.model.Wording;
import org.toolkitpress.pdf.PrintEdition;

/** Reads a folder of returned audits into typed returns and the files left out, each with its reason. */
public final class Returns {

    private Returns() {
    }

    /**
     * One school's return, read and mapped onto the audit's current version.
     *
     * @param file     the file's path inside the folder
     * @param version  the audit version it was answered at (older ones are mapped as the import maps them)
     * @param school   the school's name as written in the first header field ("" when not given)
     * @param date     the return's date (its {@code date} header field, when it reads as one), for ordering a school's returns
     * @param answers  item id → part → value, only those that fit the current version
     * @param answered how many of the audit's rated questions it answers
     * @param notes    what the reader should know (an older version, answers that no longer fit, a half-filled form)
     * @param pointDates the date of each assessment point it gives (its {@code date@<point>} header field, when it reads as a day), by point id
     */
    public record Return(String file, String audit, int version, String school, LocalDate date,
                         Answers answers, int answered, int questions, List<String> notes, Map<String, LocalDate> pointDates) {
    }

    /** A file left out of the report, and why. */
    public record Skipped(String file, String reason) {
    }

    /** What a folder held: the audit reported on (null when no file answers one), the returns read and the files skipped. */
    public record Folder(Audit audit, List<Return> read, List<Skipped> skipped) {
    }

    /** A file read as a response, before it is judged against the audit. */
    record Candidate(String file, Response response, List<String> notes) {
    }

    /**
     * Reads every file in {@code folder} (and the folders in it; hidden files are passed over) as a
     * return of {@code auditId}, or of the audit most files answer when it is null.
     */
    public static Folder read(Path folder, Toolkit toolkit, BuildSettings settings, String auditId) {
        List<Skipped> skipped = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Load.ResponseReader exports = Load.responses(settings);
        Wording wording = toolkit.wording();
        for (Path path : files(folder)) {
            String name = folder.relativize(path).toString().replace('\\', '/');
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".json")) {
                json(path, name, exports, wording, candidates, skipped);
            } else if (lower.endsWith(".pdf")) {
                pdf(path, name, toolkit, candidates, skipped);
            } else {
                skipped.add(new Skipped(name, wording.text("returns.skip.other-file")));
            }
        }
        String chosen = auditId != null ? auditId : mostAnswered(candidates, toolkit);
        Audit audit = chosen == null ? null : toolkit.audits().get(chosen);
        List<Return> read = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Candidate c : candidates) {
            String reason = Fitting.refusal(c.response(), audit, toolkit);
            if (reason != null) {
                skipped.add(new Skipped(c.file(), reason));
                continue;
            }
            Return r = Fitting.fit(c, audit, toolkit);
            if (r.answered() == 0) {
                skipped.add(new Skipped(c.file(), wording.text("returns.skip.answers-none")));
                continue;
            }
            String earlier = seen.putIfAbsent(Fitting.identity(r, c.response()), r.file());
            if (earlier != null) {
                skipped.add(new Skipped(c.file(), wording.text("returns.skip.duplicate", Map.of("file", earlier))));
                continue;
            }
            read.add(r);
        }
        skipped.sort(Comparator.comparing(Skipped::file));
        return new Folder(audit, List.copyOf(read), List.copyOf(skipped));
    }

    /** The files of the folder in a stable order, hidden ones left out. */
    private static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(folder.relativize(p)))
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** A web-form export, read as {@code toolkit fill} reads one: held to the response schema. */
    private static void json(Path path, String name, Load.ResponseReader exports, Wording wording, List<Candidate> candidates,
                             List<Skipped> skipped) {
        String shape = Exports.refusal(path, wording);
        if (shape != null) {
            skipped.add(new Skipped(name, shape));
            return;
        }
        Diagnostics problems = new Diagnostics();
        Response response = exports.read(path, name, problems);
        Diagnostic first = problems.sorted().stream().filter(Diagnostic::isError).findFirst().orElse(null);
        if (response == null || first != null || response.audit() == null) {
            // The schema's own problem is a diagnostic (English by rule), given as the reason's detail.
            skipped.add(new Skipped(name, first == null ? wording.text("returns.skip.invalid-export")
                    : wording.text("returns.skip.invalid-export-why",
                            Map.of("why", first.message() + (first.pos().line() > 0 ? " at line " + first.pos().line() : "")))));
            return;
        }
        candidates.add(new Candidate(name, response, List.of()));
    }

    /** A filled PDF, read as {@code toolkit read} reads one. */
    private static void pdf(Path path, String name, Toolkit toolkit, List<Candidate> candidates, List<Skipped> skipped) {
        Diagnostics notes = new Diagnostics();
        Response response;
        try {
            response = PrintEdition.read(Files.readAllBytes(path), toolkit, SourcePos.file(name), notes);
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            skipped.add(new Skipped(name, cause instanceof InvalidPasswordException ? toolkit.wording().text("returns.skip.encrypted")
                    : toolkit.wording().text("returns.skip.damaged-pdf")));
            return;
        }
        if (response == null) {
            // The reader's own error (a flattened form) says more than "no answers".
            skipped.add(new Skipped(name, notes.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::message).findFirst()
                    .orElse(toolkit.wording().text("returns.skip.pdf-no-answers"))));
            return;
        }
        candidates.add(new Candidate(name, response, notes.sorted().stream().map(Diagnostic::message).toList()));
    }

    /** The audit of the toolkit that most files answer; on a tie, the first by id. */
    private static String mostAnswered(List<Candidate> candidates, Toolkit toolkit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        candidates.stream().map(c -> c.response().audit()).filter(toolkit.audits()::containsKey)
                .forEach(a -> counts.merge(a, 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
