package org.toolkitpress.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Ratings;
import org.toolkitpress.returns.Returns;

/**
 * One school and its returns, oldest first (by the date each gives, then by file); the latest
 * one stands for the school in every figure across schools. Returns with the same school name
 * (ignoring case and spacing) are one school's; a return that names no school is a school of its own.
 */
record School(String name, List<Returns.Return> returns, Map<String, Map<String, Object>> latest,
              Map<String, Map<String, Object>> first) {

    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    Returns.Return latestReturn() {
        return returns.get(returns.size() - 1);
    }

    /**
     * Whether there is a change to show: two returns or more, or one whose ratings were answered at
     * more than one assessment point.
     */
    boolean changed(Audit audit) {
        return returns.size() > 1 || audit.hasAssessmentPoints() && !first.equals(latest);
    }

    /**
     * The schools of the returns, by name (or code) in order. {@code latest} is each rating at
     * the latest point of the latest return; {@code first}, at the first point of the first return.
     */
    static List<School> group(List<Returns.Return> read, Audit audit, List<Ratings.Rating> ratings, boolean anonymise) {
        Map<String, List<Returns.Return>> byKey = new LinkedHashMap<>();
        int unnamed = 0;
        for (Returns.Return r : read) {
            String key = r.school().isEmpty() ? "\u0000" + (++unnamed) : r.school().toLowerCase(Locale.ROOT);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<School> out = new ArrayList<>();
        byKey.forEach((key, returns) -> {
            List<Returns.Return> ordered = new ArrayList<>(returns);
            ordered.sort(Comparator.comparing(Returns.Return::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Returns.Return::file));
            String name = key.startsWith("\u0000") ? "Unnamed school " + key.substring(1)
                    : anonymise ? code(audit.id(), key) : ordered.get(ordered.size() - 1).school();
            out.add(new School(name, List.copyOf(ordered),
                    Ratings.at(ratings, audit, ordered.get(ordered.size() - 1).answers(), Ratings.When.LATEST),
                    Ratings.at(ratings, audit, ordered.get(0).answers(), Ratings.When.FIRST)));
        });
        out.sort(Comparator.comparing(s -> s.name().toLowerCase(Locale.ROOT)));
        return List.copyOf(out);
    }

    /**
     * A stable code for a school: the same name gives the same code in every report of the audit,
     * so reports of different years can be set side by side. It hides the name from a reader of
     * the report; someone holding a list of schools could work the codes out again, so an
     * anonymised report is pseudonymous, not anonymous (docs/report.md says so).
     */
    static String code(String audit, String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((audit + "\n" + key).getBytes(StandardCharsets.UTF_8));
            StringBuilder code = new StringBuilder("School ");
            for (int i = 0; i < 5; i++) {
                code.append(CODE_LETTERS.charAt((hash[i] & 0xff) % CODE_LETTERS.length()));
            }
            return code.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
