package org.toolkitpress.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.Answers;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.Placement;
import org.toolkitpress.model.Progress;
import org.toolkitpress.model.Ratings;
import org.toolkitpress.model.Scale;
import org.toolkitpress.model.Scoring;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.model.Wording;
import org.toolkitpress.returns.Returns;

/**
 * Where each school stands, section by section, from its latest answers — the figure its own
 * form shows: a scored section's total and percentage of the maximum ({@link Scoring}, over the
 * items' main scores), a distribution section's placement ({@link Placement}), a choice section's
 * count of each option — and what changed from its first answers (the first assessment point of
 * its first return) to its latest ({@link Progress}). Only "Answered" follows the point the report
 * counts, as the heat maps do.
 */
final class Standing {

    private Standing() {
    }

    /** True when any item of the audit is scored on its main scale: the report then shows totals. */
    static boolean scored(Audit audit) {
        return audit.allItems().stream().map(audit::scaleOf).anyMatch(s -> s != null && s.isScore());
    }

    static List<AuditReport.SchoolRow> rows(List<School> schools, Audit audit, Toolkit toolkit) {
        List<AuditReport.SchoolRow> out = new ArrayList<>();
        boolean scored = scored(audit);
        List<Ratings.Rating> all = Ratings.of(audit, toolkit);
        for (School school : schools) {
            Returns.Return latest = school.latestReturn();
            List<AuditReport.Figure> sections = new ArrayList<>();
            List<Scoring.Score> scores = new ArrayList<>();
            for (Audit.Section section : audit.sections()) {
                sections.add(section(Ratings.of(section, audit, toolkit), toolkit, school.latest(), scores));
            }
            AuditReport.Figure total = scored ? score(Scoring.figures(scores), toolkit.wording()) : AuditReport.Figure.NONE;
            out.add(new AuditReport.SchoolRow(school.name(), school.returns().size(),
                    latest.date() == null ? "–" : latest.date().toString(),
                    toolkit.wording().text("report.answered", Map.of("answered", answered(all, school), "questions", all.size())),
                    List.copyOf(sections), total,
                    !school.changed(audit) ? AuditReport.Figure.NONE
                            : change(Progress.change(mean(all, school.first()), mean(all, school.latest())), toolkit.wording())));
        }
        return List.copyOf(out);
    }

    /**
     * How many of the audit's ratings the school answered at the point the report counts
     * ({@link School#mapped}): at a chosen assessment point, the questions rated there (the
     * 12-month point not yet rated is not answered, however complete the earlier ones are);
     * without one, each at the latest point the school rated it. audit-report.js counts the same.
     */
    private static int answered(List<Ratings.Rating> all, School school) {
        return (int) all.stream().filter(r -> !Progress.answer(r.item(), school.mapped()).isEmpty()).count();
    }

    /** A section's figure from a school's answers; the main scores it holds are added to {@code scores}. */
    private static AuditReport.Figure section(List<Ratings.Rating> ratings, Toolkit toolkit,
                                              Answers answers, List<Scoring.Score> scores) {
        List<Scoring.Score> own = new ArrayList<>();
        List<List<BigDecimal>> shares = new ArrayList<>();
        Map<String, Integer> chosen = new LinkedHashMap<>();
        Scale distribution = null;
        Scale choice = null;
        for (Ratings.Rating rating : ratings) {
            Progress.Answer answer = Progress.answer(rating.item(), answers);
            if (answer.isEmpty() || rating.part() != null) {
                continue;
            }
            Scale scale = rating.scale();
            switch (scale.type()) {
                case SCORE -> own.add(new Scoring.Score((int) Math.round(answer.score()), scale.maxPoint()));
                case DISTRIBUTION -> {
                    distribution = scale;
                    shares.add(answer.shares().stream().map(BigDecimal::valueOf).toList());
                }
                default -> {
                    choice = choice == null ? scale : choice;
                    chosen.merge(scale.options().get(answer.index()).label(), 1, Integer::sum);
                }
            }
        }
        scores.addAll(own);
        if (!own.isEmpty()) {
            return score(Scoring.figures(own), toolkit.wording());
        }
        if (distribution != null) {
            Continuum continuum = toolkit.continua().get(distribution.continuum());
            int stage = Placement.stage(Placement.shares(shares, continuum.stages().size()));
            return new AuditReport.Figure(continuum.stages().get(stage - 1).label(), String.valueOf(stage));
        }
        if (choice != null) {
            StringBuilder text = new StringBuilder();
            for (Scale.Option option : choice.options()) {
                Integer count = chosen.remove(option.label());
                if (count != null) {
                    text.append(text.length() == 0 ? "" : ", ").append(count).append(' ').append(option.label());
                }
            }
            // Options of a second choice scale in the same section, in the order met.
            chosen.forEach((label, count) -> text.append(", ").append(count).append(' ').append(label));
            return new AuditReport.Figure(text.toString(), String.valueOf(mean(ratings, answers)));
        }
        return AuditReport.Figure.NONE;
    }

    /** "7 of 9 (78%)", sorted by the percentage. */
    private static AuditReport.Figure score(Scoring.Figures figures, Wording wording) {
        if (figures.total().isEmpty()) {
            return AuditReport.Figure.NONE;
        }
        return new AuditReport.Figure(figures.text("total", wording)
                + (figures.percentage().isEmpty() ? "" : " (" + figures.text("percentage", wording) + ")"),
                figures.percentage());
    }

    /** A change in progress points as written: "+12", "−5", "no change"; a dash when either side lacks it. */
    private static AuditReport.Figure change(Integer points, Wording wording) {
        if (points == null) {
            return AuditReport.Figure.NONE;
        }
        String text = points > 0 ? "+" + points : points < 0 ? "\u2212" + (-points) : wording.text("report.change.none");
        return new AuditReport.Figure(text, String.valueOf(points));
    }

    /** The mean progress over the ratings answered, or null. */
    private static Integer mean(List<Ratings.Rating> ratings, Answers answers) {
        return Progress.mean(ratings.stream().map(r -> Progress.of(r.item(), Progress.answer(r.item(), answers))).toList());
    }

    /** Per section, the change from first to latest answers over the schools that have both. */
    static List<AuditReport.ChangeRow> changes(List<School> schools, Audit audit, Toolkit toolkit, int minimum, List<String> suppressed) {
        List<School> changed = schools.stream().filter(s -> s.changed(audit)).toList();
        List<AuditReport.ChangeRow> out = new ArrayList<>();
        if (changed.isEmpty()) {
            return out;
        }
        int hidden = 0;
        for (Audit.Section section : audit.sections()) {
            List<Ratings.Rating> ratings = Ratings.of(section, audit, toolkit);
            if (ratings.isEmpty()) {
                continue;
            }
            int up = 0;
            int same = 0;
            int down = 0;
            int sum = 0;
            for (School school : changed) {
                Integer change = Progress.change(mean(ratings, school.first()), mean(ratings, school.latest()));
                if (change == null) {
                    continue;
                }
                sum += change;
                if (change > 0) {
                    up++;
                } else if (change < 0) {
                    down++;
                } else {
                    same++;
                }
            }
            int counted = up + same + down;
            boolean small = counted < minimum;
            hidden += small ? 1 : 0;
            String mean = counted == 0 ? "–" : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(counted), 0, RoundingMode.HALF_UP).toPlainString();
            out.add(small ? new AuditReport.ChangeRow(section.title(), counted, 0, 0, 0, "", true)
                    : new AuditReport.ChangeRow(section.title(), counted, up, same, down, signed(mean), false));
        }
        if (hidden > 0) {
            suppressed.add(toolkit.wording().text("report.suppressed.change", Map.of("count", hidden, "minimum", AuditReport.MINIMUM_SCHOOLS)));
        }
        return List.copyOf(out);
    }

    private static String signed(String mean) {
        return mean.startsWith("-") ? "\u2212" + mean.substring(1) : mean.equals("0") || mean.equals("–") ? mean : "+" + mean;
    }
}
