package org.toolkitpress.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.AnswerValue;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Placement;
import org.toolkitpress.model.Progress;
import org.toolkitpress.model.Ratings;
import org.toolkitpress.model.Scale;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.model.Wording;

/**
 * The heat maps of a section: one per scale its questions use. Each question's row counts the
 * schools whose latest return gives each level (each rating at the latest point the school
 * answered it, or at the assessment point the report is made at: {@link School#mapped}) — for a distribution, the stage where the
 * school's largest share falls ({@link Placement#stage}); for a choice, the option; for a
 * score, the score. The section's own row counts the schools by where the section sits
 * ({@link Placement} over its questions) for a distribution, or every answer in the section for
 * a choice or a score.
 */
final class HeatMaps {

    private HeatMaps() {
    }

    static List<AuditReport.HeatMap> of(Audit.Section section, Audit audit, Toolkit toolkit, List<School> schools,
                                        int minimum, Map<String, String> numbers, List<String> suppressed) {
        Wording wording = toolkit.wording();
        Map<Scale, List<Ratings.Rating>> byScale = new LinkedHashMap<>();
        for (Ratings.Rating rating : Ratings.of(section, audit, toolkit)) {
            byScale.computeIfAbsent(rating.scale(), k -> new ArrayList<>()).add(rating);
        }
        Map<String, Audit.Group> groupOf = new LinkedHashMap<>();
        section.groups().forEach(g -> g.items().forEach(i -> groupOf.put(i.id(), g)));
        List<AuditReport.HeatMap> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Scale, List<Ratings.Rating>> group : byScale.entrySet()) {
            Scale scale = group.getKey();
            List<Progress.Item> items = group.getValue().stream().map(Ratings.Rating::item).toList();
            List<String> levels = Ratings.labels(scale, toolkit);
            List<AuditReport.Row> rows = new ArrayList<>();
            int hidden = 0;
            Audit.Group lastGroup = null;
            for (Ratings.Rating rating : group.getValue()) {
                Audit.Group itemGroup = groupOf.get(rating.owner().id());
                if (itemGroup != null && itemGroup != lastGroup) {
                    rows.add(new AuditReport.Row("", itemGroup.title(), false, -1, false, List.of()));
                }
                lastGroup = itemGroup;
                Progress.Item item = rating.item();
                int[] counts = new int[levels.size()];
                int answered = 0;
                for (School school : schools) {
                    int level = level(item, Progress.answer(item, school.mapped()));
                    if (level >= 0) {
                        counts[level]++;
                        answered++;
                    }
                }
                AuditReport.Row row = row(AuditReport.number(rating, numbers), rating.item().label(), false, answered, counts, minimum);
                hidden += row.suppressed() && answered > 0 ? 1 : 0;
                rows.add(row);
            }
            AuditReport.Row whole = whole(scale, items, schools, levels.size(), minimum, wording);
            rows.add(whole);
            if (hidden > 0 || whole.suppressed() && whole.answered() > 0) {
                boolean wholeHidden = whole.suppressed() && whole.answered() > 0;
                Map<String, Object> values = Map.of("section", section.title(), "minimum", AuditReport.MINIMUM_SCHOOLS,
                        "questions", hidden == 0 ? "" : wording.text("report.suppressed.questions", Map.of("count", hidden)));
                suppressed.add(hidden == 0 ? wording.text("report.suppressed.section-whole", values)
                        : wholeHidden ? wording.text("report.suppressed.section-both", values) : wording.text("report.suppressed.section-questions", values));
            }
            String caption = section.title() + (byScale.size() > 1 ? " (" + kind(scale, wording) + ")" : "");
            n++;
            out.add(new AuditReport.HeatMap(section.id() + (n == 1 ? "" : "-" + n), section.title(), caption,
                    scale.isDistribution() ? wording.text("report.unit.stage") : wording.text("report.unit.schools"),
                    levels, List.copyOf(rows)));
        }
        return out;
    }

    /** The section's own row: schools by where the section sits (a distribution), or every answer given in it. */
    private static AuditReport.Row whole(Scale scale, List<Progress.Item> items, List<School> schools, int size, int minimum, Wording wording) {
        int[] counts = new int[size];
        int schoolsAnswering = 0;
        int answers = 0;
        for (School school : schools) {
            List<List<BigDecimal>> shares = new ArrayList<>();
            boolean any = false;
            for (Progress.Item item : items) {
                Progress.Answer answer = Progress.answer(item, school.mapped());
                if (answer.isEmpty()) {
                    continue;
                }
                any = true;
                if (scale.isDistribution()) {
                    shares.add(answer.shares().stream().map(BigDecimal::valueOf).toList());
                } else {
                    counts[level(item, answer)]++;
                    answers++;
                }
            }
            if (any) {
                schoolsAnswering++;
            }
            if (scale.isDistribution() && !shares.isEmpty()) {
                counts[Placement.stage(Placement.shares(shares, size)) - 1]++;
                answers++;
            }
        }
        AuditReport.Row row = row("", scale.isDistribution() ? wording.text("report.row.whole-section") : wording.text("report.row.all-questions"),
                true, answers, counts, minimum);
        return schoolsAnswering >= minimum ? row : new AuditReport.Row("", row.question(), true, schoolsAnswering, true, List.of());
    }

    private static AuditReport.Row row(String number, String question, boolean summary, int answered, int[] counts, int minimum) {
        if (answered < minimum) {
            return new AuditReport.Row(number, question, summary, answered, true, List.of());
        }
        List<AuditReport.Cell> cells = new ArrayList<>();
        for (int count : counts) {
            cells.add(AuditReport.Cell.of(count, answered));
        }
        return new AuditReport.Row(number, question, summary, answered, false, List.copyOf(cells));
    }

    /** The level (0 = first) an answer stands at, or -1 when not answered. */
    static int level(Progress.Item item, Progress.Answer answer) {
        if (answer.isEmpty()) {
            return -1;
        }
        return switch (item.type()) {
            case DISTRIBUTION -> Placement.stage(answer.shares().stream().map(BigDecimal::valueOf).toList()) - 1;
            case CHOICE -> answer.index();
            default -> item.levels().indexOf(AnswerValue.of(answer.score()).text());
        };
    }

    /**
     * The section's written, ticked and dated answers, counted: how many schools' latest returns
     * give each (at any assessment point). What they say is never shown: it may name pupils.
     */
    static AuditReport.Counted counted(Audit.Section section, Audit audit, List<School> schools, int minimum,
                                       Map<String, String> numbers, List<String> suppressed, Wording wording) {
        List<AuditReport.CountRow> rows = new ArrayList<>();
        int hidden = 0;
        for (Ratings.Other other : Ratings.others(section, audit)) {
            int given = (int) schools.stream().filter(s -> Ratings.given(other, s.latestReturn().answers())).count();
            boolean small = schools.size() < minimum;
            hidden += small ? 1 : 0;
            String number = other.item() == null ? "" : numbers.getOrDefault(other.item().id(), "");
            rows.add(new AuditReport.CountRow(number, other.label(), other.type(),
                    AuditReport.CountRow.verb(other.type(), wording), small ? 0 : given, schools.size(), small));
        }
        if (hidden > 0) {
            suppressed.add(wording.text("report.suppressed.counted", Map.of("section", section.title(), "count", hidden,
                    "minimum", AuditReport.MINIMUM_SCHOOLS)));
        }
        return rows.isEmpty() ? null : new AuditReport.Counted(section.id() + "-counted", section.title(), List.copyOf(rows));
    }

    private static String kind(Scale scale, Wording wording) {
        return scale.isScore() ? wording.text("report.kind.scores") : scale.isDistribution() ? wording.text("report.kind.stages") : scale.options().stream()
                .map(Scale.Option::label).reduce((a, b) -> a + ", " + b).orElse(scale.id());
    }
}
