package org.toolkitpress.returns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.toolkitpress.model.AnswerParts;
import org.toolkitpress.model.AnswerValue;
import org.toolkitpress.model.Answers;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.ItemAnswer;
import org.toolkitpress.model.Progress;
import org.toolkitpress.model.Ratings;
import org.toolkitpress.model.Response;
import org.toolkitpress.model.Scale;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.model.Wording;

/**
 * A response judged against the audit reported on, and its answers mapped onto the audit's
 * current version the way the web form's import maps them ({@code Audit.place} in audit.js): an
 * answer is kept when the current form still has its field (the item, and the part among the
 * item's {@link AnswerParts}) and the field can hold its value (an option the scale still has, a
 * percentage that is a whole number); every other answer "no longer fits" and is counted, not used.
 */
final class Fitting {

    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT), DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT));

    private Fitting() {
    }

    /** Why a response cannot be a return of {@code audit}, or null when it can. */
    static String refusal(Response response, Audit audit, Toolkit toolkit) {
        String answered = response.audit();
        Wording wording = toolkit.wording();
        if (!toolkit.audits().containsKey(answered)) {
            return wording.text("returns.skip.not-this-toolkit", Map.of("audit", answered));
        }
        if (audit == null || !audit.id().equals(answered)) {
            return wording.text("returns.skip.other-audit", Map.of("audit", answered));
        }
        if (response.version() > audit.version()) {
            return wording.text("returns.skip.newer", Map.of("version", response.version(), "current", audit.version()));
        }
        return null;
    }

    /** The return a response gives: its answers that still fit, its school, date and what to note. */
    static Returns.Return fit(Returns.Candidate candidate, Audit audit, Toolkit toolkit) {
        Response response = candidate.response();
        Map<String, Map<String, AnswerValue>> kept = new LinkedHashMap<>();
        int unfitted = 0;
        for (Map.Entry<String, ItemAnswer> item : response.answers().items().entrySet()) {
            Audit.Item asked = audit.item(item.getKey());
            for (Map.Entry<String, AnswerValue> part : item.getValue().parts().entrySet()) {
                if (part.getValue().isBlank()) {
                    continue;
                }
                boolean ownEvidence = asked == null && AnswerParts.hasOwnEvidence(audit, item.getKey());
                if (asked != null && fits(asked, part.getKey(), part.getValue(), audit, toolkit)
                        || ownEvidence && AnswerParts.EVIDENCE.equals(part.getKey())) {
                    // A group's or section's own evidence is kept under its id, to be counted (Ratings.others).
                    kept.computeIfAbsent(item.getKey(), k -> new LinkedHashMap<>()).put(part.getKey(), part.getValue());
                } else if (!ownEvidence) {
                    unfitted++;
                }
            }
        }
        List<String> notes = new ArrayList<>(candidate.notes());
        Wording wording = toolkit.wording();
        if (response.version() < audit.version()) {
            notes.add(wording.text("returns.note.older-version", Map.of("version", response.version(), "current", audit.version())));
        }
        if (unfitted > 0) {
            notes.add(wording.text("returns.note.unfitted", Map.of("count", unfitted)));
        }
        List<Ratings.Rating> ratings = Ratings.of(audit, toolkit);
        Map<String, ItemAnswer> fitted = new LinkedHashMap<>();
        kept.forEach((item, parts) -> fitted.put(item, new ItemAnswer(parts)));
        Answers answers = new Answers(fitted);
        Answers latest = Ratings.at(ratings, audit, answers, Ratings.When.LATEST);
        int questions = ratings.size();
        int answered = (int) ratings.stream().filter(r -> !Progress.answer(r.item(), latest).isEmpty()).count();
        if (answered > 0 && answered < questions) {
            notes.add(wording.text("returns.note.partial", Map.of("answered", answered, "questions", questions)));
        }
        Map<String, LocalDate> pointDates = new LinkedHashMap<>();
        for (Audit.AssessmentPoint point : audit.assessmentPoints()) {
            LocalDate at = day(response.header().get(AnswerParts.pointDate(point)));
            if (at != null) {
                pointDates.put(point.id(), at);
            }
        }
        return new Returns.Return(candidate.file(), audit.id(), response.version(), school(response, audit), date(response, audit),
                answers, answered, questions, List.copyOf(notes), java.util.Collections.unmodifiableMap(pointDates));
    }

    /** Whether the current form has a field for {@code key} of {@code item} that can hold {@code value}. */
    private static boolean fits(Audit.Item item, String key, AnswerValue value, Audit audit, Toolkit toolkit) {
        Scale scale = audit.scaleOf(item);
        if (!AnswerParts.of(audit, item, scale, toolkit).contains(key)) {
            return false;
        }
        String text = value.text().strip();
        String base = key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
        Audit.Part part = item.parts().stream().filter(p -> p.id().equals(base)).findFirst().orElse(null);
        if (part != null) {
            return switch (part.type()) {
                case RATING -> options(audit.scales().get(part.scale()), text);
                case TICK -> Audit.Part.TICKED.equals(text);
                case DATE -> ISO_DATE.matcher(text).matches();
                case TEXT -> true;
            };
        }
        return switch (base) {
            case AnswerParts.CHOICE, AnswerParts.SCORE -> options(scale, text);
            case AnswerParts.TEXT, AnswerParts.EVIDENCE -> true;
            default -> PERCENT.matcher(text).matches();
        };
    }

    /** Whether a scale has an option (or score) with the id {@code text}: a radio of the form would take it. */
    private static boolean options(Scale scale, String text) {
        return scale != null && scale.options().stream().anyMatch(o -> o.id().equals(text));
    }

    /** The school: the audit's first header field, as the web form names an export after it. */
    static String school(Response response, Audit audit) {
        if (audit.headerFields().isEmpty()) {
            return "";
        }
        String name = response.header().get(audit.headerFields().get(0).id());
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    /**
     * The return's date: its {@code date} header field when it reads as a day, else the latest
     * assessment point's date ({@code date@<point>}).
     */
    private static LocalDate date(Response response, Audit audit) {
        LocalDate found = day(response.header().get("date"));
        for (Audit.AssessmentPoint point : audit.assessmentPoints()) {
            LocalDate at = day(response.header().get(AnswerParts.pointDate(point)));
            found = at != null ? at : found;
        }
        return found;
    }

    private static LocalDate day(String text) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // the next way of writing a date
            }
        }
        return null;
    }

    /** What makes two returns the same: the school and every answer and header value, in a fixed order. */
    static String identity(Returns.Return r, Response response) {
        return r.school().toLowerCase(Locale.ROOT) + "\n" + new TreeMap<>(response.header()) + "\n" + sorted(r.answers());
    }

    private static String sorted(Answers answers) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        answers.items().forEach((item, parts) -> {
            Map<String, String> p = new TreeMap<>();
            parts.parts().forEach((k, v) -> p.put(k, v.text()));
            out.put(item, p);
        });
        return out.toString();
    }
}
