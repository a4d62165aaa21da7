package org.toolkitpress.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.Placement;
import org.toolkitpress.model.Progress;
import org.toolkitpress.model.Scale;
import org.toolkitpress.model.Scoring;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.returns.Returns;

/**
 * Where each school stands, section by section, from its latest return — the figure its own
 * form shows: a scored section's total and percentage of the maximum ({@link Scoring}), a
 * distribution section's placement ({@link Placement}), a choice section's count of each option —
 * and what changed between a school's first and latest returns ({@link Progress}).
 */
final class Standing {

    private Standing() {
    }

    static List<AuditReport.SchoolRow> rows(List<School> schools, Audit audit, Toolkit toolkit) {
        List<AuditReport.SchoolRow> out = new ArrayList<>();
        boolean scored = audit.allItems().stream().anyMatch(i -> scale(audit, i.scale()).isScore());
        for (School school : schools) {
            Returns.Return latest = school.latest();
            List<AuditReport.Figure> sections = new ArrayList<>();
            List<Scoring.Score> all = new ArrayList<>();
            for (Audit.Section section : audit.sections()) {
                sections.add(section(section, audit, toolkit, latest.answers(), all));
            }
            AuditReport.Figure total = scored ? score(Scoring.figures(all)) : AuditReport.Figure.NONE;
            out.add(new AuditReport.SchoolRow(school.name(), school.returns().size(),
                    latest.date() == null ? "–" : latest.date().toString(),
                    latest.answered() + " of " + latest.questions(), List.copyOf(sections), total,
                    school.returns().size() < 2 ? AuditReport.Figure.NONE
                            : change(Progress.change(progress(audit, toolkit, school.first()), progress(audit, toolkit, latest)))));
        }
        return List.copyOf(out);
    }

    /** A section's figure for one return; the scores it holds are added to {@code all}. */
    private static AuditReport.Figure section(Audit.Section section, Audit audit, Toolkit toolkit,
                                              Map<String, Map<String, Object>> answers, List<Scoring.Score> all) {
        List<Progress.Item> items = Progress.items(section, audit, toolkit);
        List<Scoring.Score> scores = new ArrayList<>();
        List<List<BigDecimal>> shares = new ArrayList<>();
        Map<String, Integer> chosen = new java.util.LinkedHashMap<>();
        Scale distribution = null;
        Scale choice = null;
        for (Progress.Item item : items) {
            Progress.Answer answer = Progress.answer(item, answers);
            if (answer.isEmpty()) {
                continue;
            }
            Scale scale = scale(audit, audit.item(item.id()).scale());
            switch (item.type()) {
                case SCORE -> scores.add(new Scoring.Score((int) Math.round(answer.score()), scale.maxPoint()));
                case DISTRIBUTION -> {
                    distribution = scale;
                    shares.add(answer.shares().stream().map(BigDecimal::valueOf).toList());
                }
                default -> {
                    choice = scale;
                    chosen.merge(scale.options().get(answer.index()).label(), 1, Integer::sum);
                }
            }
        }
        all.addAll(scores);
        if (!scores.isEmpty()) {
            return score(Scoring.figures(scores));
        }
        if (distribution != null) {
            Continuum continuum = toolkit.continua().get(distribution.continuum());
            int stage = Placement.stage(Placement.shares(shares, continuum.stages().size()));
            return new AuditReport.Figure(continuum.stages().get(stage - 1).label(), String.valueOf(stage));
        }
        if (choice != null) {
            StringBuilder text = new StringBuilder();
            for (Scale.Option option : choice.options()) {
                Integer count = chosen.get(option.label());
                if (count != null) {
                    text.append(text.length() == 0 ? "" : ", ").append(count).append(' ').append(option.label());
                }
            }
            Integer mean = Progress.mean(items.stream().map(i -> Progress.of(i, Progress.answer(i, answers))).toList());
            return new AuditReport.Figure(text.toString(), String.valueOf(mean));
        }
        return AuditReport.Figure.NONE;
    }

    /** "7 of 9 (78%)", sorted by the percentage. */
    private static AuditReport.Figure score(Scoring.Figures figures) {
        if (figures.total().isEmpty()) {
            return AuditReport.Figure.NONE;
        }
        return new AuditReport.Figure(figures.text("total") + " (" + figures.text("percentage") + ")", figures.percentage());
    }

    /** A change in progress points as written: "+12", "−5", "no change"; a dash when either return lacks it. */
    private static AuditReport.Figure change(Integer points) {
        if (points == null) {
            return AuditReport.Figure.NONE;
        }
        String text = points > 0 ? "+" + points : points < 0 ? "\u2212" + (-points) : "no change";
        return new AuditReport.Figure(text, String.valueOf(points));
    }

    /** A return's progress over the whole audit: the mean over every question it answers. */
    private static Integer progress(Audit audit, Toolkit toolkit, Returns.Return r) {
        List<Integer> all = new ArrayList<>();
        audit.sections().forEach(s -> Progress.items(s, audit, toolkit).forEach(i -> all.add(Progress.of(i, Progress.answer(i, r.answers())))));
        return Progress.mean(all);
    }

    /** Per section, the change between first and latest returns over the schools that sent two or more. */
    static List<AuditReport.ChangeRow> changes(List<School> schools, Audit audit, Toolkit toolkit, int minimum, List<String> suppressed) {
        List<School> twice = schools.stream().filter(s -> s.returns().size() > 1).toList();
        List<AuditReport.ChangeRow> out = new ArrayList<>();
        if (twice.isEmpty()) {
            return out;
        }
        int hidden = 0;
        for (Audit.Section section : audit.sections()) {
            List<Progress.Item> items = Progress.items(section, audit, toolkit);
            if (items.isEmpty()) {
                continue;
            }
            int up = 0;
            int same = 0;
            int down = 0;
            int sum = 0;
            for (School school : twice) {
                Integer change = Progress.change(mean(items, school.first()), mean(items, school.latest()));
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
            suppressed.add("Change between returns: " + hidden + (hidden == 1 ? " section" : " sections")
                    + " with fewer than " + AuditReport.MINIMUM_SCHOOLS + " schools that sent two returns");
        }
        return List.copyOf(out);
    }

    private static String signed(String mean) {
        return mean.startsWith("-") ? "\u2212" + mean.substring(1) : mean.equals("0") || mean.equals("–") ? mean : "+" + mean;
    }

    private static Integer mean(List<Progress.Item> items, Returns.Return r) {
        return Progress.mean(items.stream().map(i -> Progress.of(i, Progress.answer(i, r.answers()))).toList());
    }

    private static Scale scale(Audit audit, String id) {
        Scale scale = audit.scales().get(id);
        return scale != null ? scale : new Scale(id, Scale.Type.TEXT, null, Map.of(), List.of(), null, null, null);
    }
}
