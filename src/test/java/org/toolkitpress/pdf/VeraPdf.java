package org.toolkitpress.pdf;

import java.io.ByteArrayInputStream;
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
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF in-process: the failed rules of a PDF against PDF/UA-1 and PDF/A-3a, as readable lines.
 *
 * <p>Both profiles are checked over one parse of the file (veraPDF's own processor does the same
 * for a file that claims several flavours): parsing the model is most of the cost. A file whose
 * bytes were already checked in this JVM (the default build's PDFs that {@code EveryPdfConformsTest},
 * {@code PrintEditionTest} and {@code OptionColoursTest} all check) gets the same answer without a
 * second run.
 *
 * <p>Checks run on a few threads of their own, one a core. veraPDF compiles each rule's test into a
 * Java class per thread (its Rhino scripts are kept in thread-locals), and the JIT then compiles
 * each thread's copies again. Run from the test classes' own threads and their parallel streams,
 * 14 threads checked PDFs in one run of the suite, each compiling its own copy of the scripts it
 * met (2,361 generated classes for the 226 rule tests and 4 variables of the two profiles). On
 * their own threads they are compiled once a thread and stay warm; more threads than cores would
 * check no faster. The rules and the results are the same ({@link VeraPdfTest}).
 */
final class VeraPdf {

    private static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A);

    /** Answers by SHA-256 of the file, under way or done. */
    private static final Map<String, CompletableFuture<List<String>>> CHECKED = new ConcurrentHashMap<>();

    /** The threads every check runs on, one a core; daemons, so they never keep the JVM alive. */
    private static final ExecutorService CHECKER = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
        Thread thread = new Thread(task, "veraPDF");
        thread.setDaemon(true);
        return thread;
    });

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** Every failed rule under PDF/UA-1 and PDF/A-3a (empty when the file passes both). */
    static List<String> failures(byte[] pdf) {
        CompletableFuture<List<String>> mine = new CompletableFuture<>();
        CompletableFuture<List<String>> theirs = CHECKED.putIfAbsent(sha256(pdf), mine);
        if (theirs != null) {
            try {
                return theirs.join();
            } catch (CompletionException e) {
                throw (RuntimeException) e.getCause();
            }
        }
        CompletableFuture.supplyAsync(() -> List.copyOf(validate(pdf)), CHECKER).whenComplete((failures, e) -> {
            if (e != null) {
                mine.completeExceptionally(e instanceof CompletionException c && c.getCause() != null ? c.getCause() : e);
            } else {
                mine.complete(failures);
            }
        });
        try {
            // join() waits through ForkJoinPool.managedBlock, so a JUnit worker waiting here is replaced.
            return mine.join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
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
