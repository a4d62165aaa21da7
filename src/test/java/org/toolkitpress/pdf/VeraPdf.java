package org.toolkitpress.pdf;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF: the failed rules of a PDF against PDF/UA-1 and PDF/A-3a, as readable lines.
 *
 * <p>Both profiles are checked over one parse of the file (veraPDF's own processor does the same
 * for a file that claims several flavours): parsing the model is most of the cost. A file whose
 * bytes were already checked in this JVM (the build's filled example and {@code toolkit fill} of the
 * same response are the same bytes) gets the same answer without a second run.
 *
 * <p>The checks run in a JVM of their own, started at the first check and kept for the run
 * ({@link #main}), with the JVM's full JIT. veraPDF is about two thirds of the test JVM's Java work
 * (docs/performance.md), long and repetitive, and once warm the full JIT checks the same PDFs for
 * half the CPU of the quick tier alone that the test JVM keeps for everything else (its builds,
 * fills and reads are new code each time, where the full JIT cost more than it gave). The worker
 * checks on one thread a core: veraPDF compiles each rule's test into a Java class per thread
 * (its Rhino scripts are kept in thread-locals), so a few long-lived threads compile them once.
 * The rules and the results are the same ({@link VeraPdfTest}).
 */
final class VeraPdf {

    private static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A);

    /** Answers by SHA-256 of the file, under way or done. */
    private static final Map<String, CompletableFuture<List<String>>> CHECKED = new ConcurrentHashMap<>();

    private VeraPdf() {
    }

    /** Every failed rule under PDF/UA-1 and PDF/A-3a (empty when the file passes both). */
    static List<String> failures(byte[] pdf) {
        CompletableFuture<List<String>> mine = new CompletableFuture<>();
        CompletableFuture<List<String>> theirs = CHECKED.putIfAbsent(sha256(pdf), mine);
        if (theirs != null) {
            return answer(theirs);
        }
        Worker.INSTANCE.check(pdf, mine);
        return answer(mine);
    }

    private static List<String> answer(CompletableFuture<List<String>> future) {
        try {
            // join() waits through ForkJoinPool.managedBlock, so a JUnit worker waiting here is replaced.
            return future.join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    /**
     * The worker JVM, asked over its standard input and answering on its standard output, a line
     * each: {@code id TAB path} in; {@code id TAB F TAB failure}, {@code id TAB E TAB error} and
     * {@code id TAB D} (done) out, tabs, line ends and backslashes escaped.
     */
    private static final class Worker {
        static final Worker INSTANCE = new Worker();

        private final Process process;
        private final Writer requests;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, Pending> pending = new ConcurrentHashMap<>();

        /** A check under way: its file, the failures so far, and the answer to give. */
        private record Pending(Path file, List<String> failures, CompletableFuture<List<String>> answer) {
        }

        private Worker() {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            try {
                Path log = Files.createDirectories(Path.of("target")).resolve("verapdf-worker.log");
                process = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xss4m", "-XX:ReservedCodeCacheSize=240m",
                        "-cp", System.getProperty("java.class.path"), VeraPdf.class.getName())
                        .redirectError(log.toFile()).start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start veraPDF's JVM", e);
            }
            requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(this::readAnswers, "veraPDF answers");
            reader.setDaemon(true);
            reader.start();
        }

        void check(byte[] pdf, CompletableFuture<List<String>> answer) {
            int id = ids.incrementAndGet();
            try {
                Path file = Files.createTempFile("toolkit-press-verapdf", ".pdf");
                Files.write(file, pdf);
                pending.put(id, new Pending(file, new ArrayList<>(), answer));
                synchronized (requests) {
                    requests.write(id + "\t" + escape(file.toString()) + "\n");
                    requests.flush();
                }
            } catch (IOException e) {
                pending.remove(id);
                answer.completeExceptionally(new UncheckedIOException("cannot hand the PDF to veraPDF's JVM"
                        + " (see target/verapdf-worker.log)", e));
            }
        }

        private void readAnswers() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] parts = line.split("\t", 3);
                    Pending p = parts.length >= 2 && parts[0].matches("\\d+") ? pending.get(Integer.parseInt(parts[0])) : null;
                    if (p == null) {
                        continue;
                    }
                    switch (parts[1]) {
                        case "F" -> p.failures().add(unescape(parts[2]));
                        case "E" -> finish(Integer.parseInt(parts[0]), new IllegalStateException("veraPDF could not check the file: " + unescape(parts[2])));
                        case "D" -> finish(Integer.parseInt(parts[0]), null);
                        default -> { }
                    }
                }
            } catch (IOException e) {
                // The worker's end is reported to every check still waiting, below.
            }
            pending.keySet().forEach(id -> finish(id, new IllegalStateException(
                    "veraPDF's JVM ended before it answered (see target/verapdf-worker.log)")));
        }

        private void finish(int id, RuntimeException fault) {
            Pending p = pending.remove(id);
            if (p == null) {
                return;
            }
            try {
                Files.deleteIfExists(p.file());
            } catch (IOException e) {
                // A temporary file left behind harms nothing; the answer is what matters.
            }
            if (fault != null) {
                p.answer().completeExceptionally(fault);
            } else {
                p.answer().complete(List.copyOf(p.failures()));
            }
        }
    }

    /**
     * The worker JVM: checks each file named on standard input, one a core at a time, and
     * answers on standard output (anything else veraPDF prints goes to standard error); ends
     * when its input ends, that is when the test JVM does.
     */
    public static void main(String[] args) throws IOException {
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        VeraGreenfieldFoundryProvider.initialise();
        ExecutorService checkers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "veraPDF");
            thread.setDaemon(true);
            return thread;
        });
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] parts = line.split("\t", 2);
            if (parts.length < 2) {
                continue;
            }
            String id = parts[0];
            Path file = Path.of(unescape(parts[1]));
            checkers.execute(() -> {
                StringBuilder out = new StringBuilder();
                try {
                    validate(Files.readAllBytes(file)).forEach(f -> out.append(id).append("\tF\t").append(escape(f)).append('\n'));
                    out.append(id).append("\tD\n");
                } catch (Exception | StackOverflowError e) {
                    out.setLength(0);
                    out.append(id).append("\tE\t").append(escape(String.valueOf(e.getCause() != null ? e.getCause() : e))).append('\n');
                }
                synchronized (answers) {
                    answers.print(out);
                    answers.flush();
                }
            });
        }
        System.exit(0);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> validate(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), FLAVOURS.get(0))) {
            parser.setFlavours(FLAVOURS);
            PDFAValidator validator = Foundries.defaultInstance().createValidator(FLAVOURS);
            List<ValidationResult> results = validator.validateAll(parser);
            if (results.size() != FLAVOURS.size()) {
                throw new IllegalStateException("veraPDF checked " + results.size() + " profiles, not " + FLAVOURS);
            }
            List<String> out = new ArrayList<>();
            for (ValidationResult result : results) {
                PDFAFlavour flavour = result.getPDFAFlavour();
                result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> flavour.getId() + " " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber()
                                + ": " + a.getMessage() + " @ " + a.getLocation().getContext())
                        .distinct()
                        .forEach(out::add);
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not check the file", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
