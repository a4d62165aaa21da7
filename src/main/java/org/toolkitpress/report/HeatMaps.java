package org.toolkitpress.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Continuum;
import org.toolkitpress.model.Placement;
import org.toolkitpress.model.Progress;
import org.toolkitpress.model.Scale;
import org.toolkitpress.model.Toolkit;

/**
 * The heat maps of a section: one per scale its questions use. Each question's row counts the
 * schools whose latest return gives each level — for a distribution, the stage where the
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
        Map<String, List<Progress.Item>> byScale = new LinkedHashMap<>();
        Map<String, Audit.Item> asked = new LinkedHashMap<>();
        section.allItems().forEach(i -> asked.put(i.id(), i));
        Map<String, Audit.Group> groupOf = new LinkedHashMap<>();
        section.groups().forEach(g -> g.items().forEach(i -> groupOf.put(i.id(), g)));
        for (Progress.Item item : Progress.items(section, audit, toolkit)) {
            byScale.computeIfAbsent(asked.get(item.id()).scale(), k -> new ArrayList<>()).add(item);
        }
        List<AuditReport.HeatMap> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Progress.Item>> group : byScale.entrySet()) {
            Scale scale = audit.scales().get(group.getKey());
            List<Progress.Item> items = group.getValue();
            List<String> levels = labels(scale, toolkit);
            List<AuditReport.Row> rows = new ArrayList<>();
            int hidden = 0;
            Audit.Group lastGroup = null;
            for (Progress.Item item : items) {
                Audit.Group itemGroup = groupOf.get(item.id());
                if (itemGroup != null && itemGroup != lastGroup) {
                    rows.add(new AuditReport.Row(itemGroup.title(), false, -1, false, List.of()));
                }
                lastGroup = itemGroup;
                int[] counts = new int[levels.size()];
                int answered = 0;
                for (School school : schools) {
                    int level = level(item, Progress.answer(item, school.latest().answers()));
                    if (level >= 0) {
                        counts[level]++;
                        answered++;
                    }
                }
                AuditReport.Row row = row(AuditReport.label(item, numbers), false, answered, counts, minimum);
                hidden += row.suppressed() && answered > 0 ? 1 : 0;
                rows.add(row);
            }
            AuditReport.Row whole = whole(scale, items, schools, levels.size(), minimum);
            rows.add(whole);
            if (hidden > 0 || whole.suppressed() && whole.answered() > 0) {
                suppressed.add(section.title() + ": " + (hidden > 0 ? hidden + (hidden == 1 ? " question" : " questions") : "")
                        + (hidden > 0 && whole.suppressed() && whole.answered() > 0 ? " and " : "")
                        + (whole.suppressed() && whole.answered() > 0 ? "the whole section" : "")
                        + " answered by fewer than " + AuditReport.MINIMUM_SCHOOLS + " schools");
            }
            String caption = section.title() + (byScale.size() > 1 ? " (" + kind(scale) + ")" : "");
            out.add(new AuditReport.HeatMap(section.id() + (n++ == 0 ? "" : "-" + n), section.title(), caption,
                    scale.isDistribution() ? "schools by the stage where their largest share falls" : "schools",
                    levels, List.copyOf(rows)));
        }
        return out;
    }

    /** The section's own row: schools by where the section sits (a distribution), or every answer given in it. */
    private static AuditReport.Row whole(Scale scale, List<Progress.Item> items, List<School> schools, int size, int minimum) {
        int[] counts = new int[size];
        int schoolsAnswering = 0;
        int answers = 0;
        for (School school : schools) {
            List<List<BigDecimal>> shares = new ArrayList<>();
            boolean any = false;
            for (Progress.Item item : items) {
                Progress.Answer answer = Progress.answer(item, school.latest().answers());
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
        AuditReport.Row row = row(scale.isDistribution() ? "Whole section" : "All questions in the section (answers)",
                true, answers, counts, minimum);
        return schoolsAnswering >= minimum ? row : new AuditReport.Row(row.label(), true, schoolsAnswering, true, List.of());
    }

    private static AuditReport.Row row(String label, boolean summary, int answered, int[] counts, int minimum) {
        if (answered < minimum) {
            return new AuditReport.Row(label, summary, answered, true, List.of());
        }
        List<AuditReport.Cell> cells = new ArrayList<>();
        for (int count : counts) {
            cells.add(AuditReport.Cell.of(count, answered));
        }
        return new AuditReport.Row(label, summary, answered, false, List.copyOf(cells));
    }

    /** The level (0 = first) an answer stands at, or -1 when not answered. */
    static int level(Progress.Item item, Progress.Answer answer) {
        if (answer.isEmpty()) {
            return -1;
        }
        return switch (item.type()) {
            case DISTRIBUTION -> Placement.stage(answer.shares().stream().map(BigDecimal::valueOf).toList()) - 1;
            case CHOICE -> answer.index();
            default -> item.levels().indexOf(Progress.text(answer.score()));
        };
    }

    /** The column headings: a distribution's stage labels, a choice's option labels, a score's points (with their labels). */
    static List<String> labels(Scale scale, Toolkit toolkit) {
        if (scale.isDistribution()) {
            Continuum continuum = toolkit.continua().get(scale.continuum());
            return continuum.stages().stream().map(Continuum.Stage::label).toList();
        }
        return scale.options().stream()
                .map(o -> scale.isScore() && o.meaning() != null && !o.meaning().isBlank() ? o.label() + " " + o.meaning() : o.label())
                .toList();
    }

    private static String kind(Scale scale) {
        return scale.isScore() ? "scores" : scale.isDistribution() ? "stages" : scale.options().stream()
                .map(Scale.Option::label).reduce((a, b) -> a + ", " + b).orElse(scale.id());
    }
}
