package org.toolkitpress.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.toolkitpress.model.Answers;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Ratings;
import org.toolkitpress.model.Wording;
import org.toolkitpress.returns.Returns;

/**
 * One school and its returns, oldest first (by the date each gives, then by file); the latest
 * one stands for the school in every figure across schools, but for its answers at one
 * assessment point: those come from {@code atPoints}, the newest return that rates a question at
 * that point ({@link #returnsAt}), so a school that sends a fresh return for each assessment keeps
 * its earlier ones. Returns with the same school name (ignoring case and spacing) are one
 * school's; a return that names no school is a school of its own.
 */
record School(String name, List<Returns.Return> returns, Answers latest, Answers first, Answers mapped, boolean ratedTwice,
              Map<String, Returns.Return> atPoints) {

    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    Returns.Return latestReturn() {
        return returns.get(returns.size() - 1);
    }

    /**
     * Whether there is a change to show: two returns or more, or one with a question rated at more
     * than one assessment point — even when every answer is the same at both, which is a change of
     * nothing, not a change unknown.
     */
    boolean changed(Audit audit) {
        return returns.size() > 1 || ratedTwice;
    }

    /**
     * Whether some question of the answers is rated at two assessment points or more: a rating
     * asked at each point (an item's choice or score, a part per point) found at two of them by
     * {@link Ratings#at(List, Audit, Answers, String)}. A rating answered once is found at every
     * point, so it does not count. audit-report.js ({@code ratedTwice}) asks the same.
     */
    static boolean ratedTwice(List<Ratings.Rating> ratings, Audit audit, Answers answers) {
        if (audit.assessmentPoints().size() < 2) {
            return false;
        }
        Map<String, Integer> times = new LinkedHashMap<>();
        for (Audit.AssessmentPoint point : audit.assessmentPoints()) {
            Answers at = Ratings.at(ratings, audit, answers, point.id());
            ratings.stream().filter(School::perPoint).filter(r -> at.has(r.key())).forEach(r -> times.merge(r.key(), 1, Integer::sum));
        }
        return times.values().stream().anyMatch(n -> n > 1);
    }

    /**
     * For each assessment point (by id, in order), the return the school's answers at that point
     * come from: the newest that rates a question asked per point there, or, when none does, the
     * latest. A rating answered once (found at every point) does not make a return answer a point.
     * audit-report.js ({@code returnsAt}) chooses the same.
     */
    static Map<String, Returns.Return> returnsAt(List<Returns.Return> ordered, List<Ratings.Rating> ratings, Audit audit) {
        Map<String, Returns.Return> out = new LinkedHashMap<>();
        List<Ratings.Rating> perPoint = ratings.stream().filter(School::perPoint).toList();
        for (Audit.AssessmentPoint point : audit.assessmentPoints()) {
            Returns.Return from = ordered.get(ordered.size() - 1);
            for (int i = ordered.size() - 1; i >= 0; i--) {
                Answers at = Ratings.at(perPoint, audit, ordered.get(i).answers(), point.id());
                if (perPoint.stream().anyMatch(r -> at.has(r.key()))) {
                    from = ordered.get(i);
                    break;
                }
            }
            out.put(point.id(), from);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The school's answers at one assessment point, from the return they come from ({@link #atPoints}). */
    Answers at(List<Ratings.Rating> ratings, Audit audit, String point) {
        return Ratings.at(ratings, audit, atPoints.get(point).answers(), point);
    }

    private static boolean perPoint(Ratings.Rating rating) {
        return rating.part() != null ? rating.part().perPoint() : rating.scale().isChoice() || rating.scale().isScore();
    }

    /**
     * The schools of the returns, by name (or code) in order. {@code latest} is each rating at
     * the latest point of the latest return; {@code first}, at the first point of the first return;
     * {@code mapped}, what the heat maps count: the answers at {@code point} (an assessment point's
     * id), from the return they come from ({@link #returnsAt}), or {@code latest} when {@code point} is null.
     * {@code key}: the officer's key (64 hexadecimal digits) to code the names by, or null to show them.
     */
    static List<School> group(List<Returns.Return> read, Audit audit, List<Ratings.Rating> ratings, String point, String codeKey,
                              Wording wording) {
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
            String name = key.startsWith("\u0000") ? wording.text("report.school.unnamed", Map.of("number", key.substring(1)))
                    : codeKey != null ? code(audit.id(), key, codeKey) : ordered.get(ordered.size() - 1).school();
            Answers latest = Ratings.at(ratings, audit, ordered.get(ordered.size() - 1).answers(), Ratings.When.LATEST);
            Answers given = ordered.get(ordered.size() - 1).answers();
            Map<String, Returns.Return> atPoints = returnsAt(ordered, ratings, audit);
            out.add(new School(name, List.copyOf(ordered), latest,
                    Ratings.at(ratings, audit, ordered.get(0).answers(), Ratings.When.FIRST),
                    point == null ? latest : Ratings.at(ratings, audit, atPoints.get(point).answers(), point),
                    ratedTwice(ratings, audit, given), atPoints));
        });
        out.sort(Comparator.comparing(s -> s.name().toLowerCase(Locale.ROOT)));
        return List.copyOf(out);
    }

    /**
     * A school's code: HMAC-SHA-256 of the audit and the school's name under the officer's key,
     * its first five bytes as letters. The same key gives the same code in every report of the
     * audit, so reports of different years can be set side by side; without the key, a list of
     * school names does not lead back from the codes (a plain hash of the name would). The report
     * page works the same code out (audit-report.js).
     */
    static String code(String audit, String name, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(key), "HmacSHA256"));
            byte[] hash = mac.doFinal((audit + "\n" + name).getBytes(StandardCharsets.UTF_8));
            StringBuilder code = new StringBuilder("School ");
            for (int i = 0; i < 5; i++) {
                code.append(CODE_LETTERS.charAt((hash[i] & 0xff) % CODE_LETTERS.length()));
            }
            return code.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }
}
