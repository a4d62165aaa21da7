package org.toolkitpress.report;

import java.math.BigDecimal;
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

/**
 * schools.csv: where each school stands, as numbers a spreadsheet sorts, filters and adds up —
 * never "7 of 9 (78%)" or "2 Green, 1 Amber", which are words of the page and of its language.
 * A section's columns follow the section's shape, named by its id (stable whatever the title
 * says, in any language): a scored section's {@code <id>_score}, {@code _max} and
 * {@code _percent} ({@link Scoring}); a section of stages {@code <id>_stage} (its number, {@link
 * Placement}) and {@code <id>_stage_name}; a section of options one count per option,
 * {@code <id>_<option id>}. For an audit answered at assessment points there is a row per school
 * for its latest answers (the page's table: {@code point} "latest") and one per point
 * ({@code point} the point's id, {@code point_date} the date the school gave it): the latest row
 * from the school's latest return, each point's from the newest return that rates a question at
 * that point ({@link School#returnsAt}), so the figures at the first and the last assessment sit
 * side by side even when each came in a return of its own.
 * {@code audit-report.js} ({@code schoolLines}) writes the same rows.
 */
final class SchoolLines {

    private enum Kind { SCORE, STAGE, CHOICE, NONE }

    /** A section's columns: what kind of figure, its main ratings, and for options, the options counted. */
    private record Columns(Audit.Section section, Kind kind, List<Ratings.Rating> ratings, List<String> options) {
    }

    private SchoolLines() {
    }

    static List<List<String>> of(List<School> schools, List<AuditReport.SchoolRow> rows, Audit audit, Toolkit toolkit) {
        List<Ratings.Rating> all = Ratings.of(audit, toolkit);
        List<Columns> columns = new ArrayList<>();
        audit.sections().forEach(s -> columns.add(columns(s, audit, toolkit)));
        boolean scored = Standing.scored(audit);
        boolean points = audit.hasAssessmentPoints();
        List<String> head = new ArrayList<>(List.of("school", "returns", "latest_return"));
        if (points) {
            head.addAll(List.of("point", "point_date"));
        }
        head.addAll(List.of("answered", "questions"));
        for (Columns c : columns) {
            String id = c.section().id();
            switch (c.kind()) {
                case SCORE -> head.addAll(List.of(id + "_score", id + "_max", id + "_percent"));
                case STAGE -> head.addAll(List.of(id + "_stage", id + "_stage_name"));
                case CHOICE -> c.options().forEach(o -> head.add(id + "_" + o));
                default -> { }
            }
        }
        if (scored) {
            head.addAll(List.of("total_score", "total_max", "total_percent"));
        }
        head.add("change");
        List<List<String>> out = new ArrayList<>();
        out.add(head);
        for (int i = 0; i < schools.size(); i++) {
            School school = schools.get(i);
            AuditReport.SchoolRow row = rows.get(i);
            List<String> start = List.of(row.school(), String.valueOf(row.returns()), AuditReportFiles.DASH.equals(row.date()) ? "" : row.date());
            if (!points) {
                out.add(line(start, List.of(), school.latest(), all, columns, scored, toolkit, row.change().sort()));
                continue;
            }
            out.add(line(start, List.of("latest", ""), school.latest(), all, columns, scored, toolkit, row.change().sort()));
            for (Audit.AssessmentPoint point : audit.assessmentPoints()) {
                // The point's answers and date come from the newest return that rates a question there (School.returnsAt).
                java.time.LocalDate day = school.atPoints().get(point.id()).pointDates().get(point.id());
                out.add(line(start, List.of(point.id(), day == null ? "" : day.toString()), school.at(all, audit, point.id()),
                        all, columns, scored, toolkit, row.change().sort()));
            }
        }
        return out;
    }

    private static List<String> line(List<String> start, List<String> point, Answers answers, List<Ratings.Rating> all, List<Columns> columns,
                                     boolean scored, Toolkit toolkit, String change) {
        List<String> line = new ArrayList<>(start);
        line.addAll(point);
        line.add(String.valueOf(all.stream().filter(r -> !Progress.answer(r.item(), answers).isEmpty()).count()));
        line.add(String.valueOf(all.size()));
        List<Scoring.Score> scores = new ArrayList<>();
        for (Columns c : columns) {
            line.addAll(cells(c, answers, toolkit, scores));
        }
        if (scored) {
            Scoring.Figures total = Scoring.figures(scores);
            line.addAll(List.of(total.total(), total.maximum(), total.percentage()));
        }
        line.add(change);
        return line;
    }

    /** A section's cells from the answers; its main scores are added to {@code scores} for the total. */
    private static List<String> cells(Columns c, Answers answers, Toolkit toolkit, List<Scoring.Score> scores) {
        List<Scoring.Score> own = new ArrayList<>();
        List<List<BigDecimal>> shares = new ArrayList<>();
        Map<String, Integer> chosen = new LinkedHashMap<>();
        c.options().forEach(o -> chosen.put(o, 0));
        boolean answered = false;
        for (Ratings.Rating rating : c.ratings()) {
            Progress.Answer answer = Progress.answer(rating.item(), answers);
            if (answer.isEmpty()) {
                continue;
            }
            answered = true;
            Scale scale = rating.scale();
            switch (scale.type()) {
                case SCORE -> own.add(new Scoring.Score((int) Math.round(answer.score()), scale.maxPoint()));
                case DISTRIBUTION -> shares.add(answer.shares().stream().map(BigDecimal::valueOf).toList());
                default -> chosen.computeIfPresent(scale.options().get(answer.index()).id(), (k, n) -> n + 1);
            }
        }
        scores.addAll(own);
        boolean rated = answered;
        return switch (c.kind()) {
            case SCORE -> {
                Scoring.Figures f = Scoring.figures(own);
                yield List.of(f.total(), f.maximum(), f.percentage());
            }
            case STAGE -> {
                if (shares.isEmpty()) {
                    yield List.of("", "");
                }
                Continuum continuum = toolkit.continua().get(c.ratings().get(0).scale().continuum());
                int stage = Placement.stage(Placement.shares(shares, continuum.stages().size()));
                yield List.of(String.valueOf(stage), continuum.stages().get(stage - 1).label());
            }
            // A section the school has not rated is blank, not a row of noughts.
            case CHOICE -> chosen.values().stream().map(n -> rated ? String.valueOf(n) : "").toList();
            default -> List.of();
        };
    }

    /** The kind of a section's figure, by the main ratings it asks, as Standing shows it: scores first, then stages, then options. */
    private static Columns columns(Audit.Section section, Audit audit, Toolkit toolkit) {
        List<Ratings.Rating> main = Ratings.of(section, audit, toolkit).stream().filter(r -> r.part() == null).toList();
        for (Scale.Type type : List.of(Scale.Type.SCORE, Scale.Type.DISTRIBUTION)) {
            List<Ratings.Rating> of = main.stream().filter(r -> r.scale().type() == type).toList();
            if (!of.isEmpty()) {
                return new Columns(section, type == Scale.Type.SCORE ? Kind.SCORE : Kind.STAGE, of, List.of());
            }
        }
        List<String> options = new ArrayList<>();
        main.forEach(r -> r.scale().options().forEach(o -> {
            if (!options.contains(o.id())) {
                options.add(o.id());
            }
        }));
        return new Columns(section, main.isEmpty() ? Kind.NONE : Kind.CHOICE, main, List.copyOf(options));
    }
}
