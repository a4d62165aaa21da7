package org.toolkitpress.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.ActionPlan;
import org.toolkitpress.model.Answers;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Progress;
import org.toolkitpress.model.Ratings;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.model.Wording;
import org.toolkitpress.returns.Returns;
import org.toolkitpress.view.FormView;

/**
 * The local authority's report across the returns of one audit: how schools answered each
 * question and section, where each school stands, the questions most often furthest from the
 * goal, what changed between two returns of a school, and which files were read. Every figure
 * drawn from fewer than {@link #MINIMUM_SCHOOLS} schools is suppressed unless asked for.
 * Figures use the model's one definition of each rule ({@code Placement}, {@code Scoring},
 * {@code ActionPlan}, {@code Progress}); this class only counts schools.
 */
public final class AuditReport {

    /** The fewest schools a figure across schools may be drawn from, unless small groups are shown. */
    public static final int MINIMUM_SCHOOLS = 5;

    private AuditReport() {
    }

    /**
     * How the report is made: small groups shown, school names replaced by codes keyed by
     * {@code key} (64 hexadecimal digits; {@link SchoolKey}), and the assessment point the heat
     * maps count ({@code point}, an id of the audit's points; null for each school's latest answers).
     */
    public record Options(boolean showSmallGroups, boolean anonymise, String key, String point) {
        public Options {
            if (anonymise && (key == null || !SchoolKey.isKey(key))) {
                throw new IllegalArgumentException("an anonymised report needs a key of 64 hexadecimal digits");
            }
        }

        /** At each school's latest answers. */
        public Options(boolean showSmallGroups, boolean anonymise, String key) {
            this(showSmallGroups, anonymise, key, null);
        }
    }

    /**
     * The assessment point the heat maps count, for an audit answered at points: one point
     * ({@code id}, its {@code label}), or each school's latest answers ({@code id} null, the label
     * saying so). {@code points}: every point of the audit, in order, to choose another.
     */
    public record Counting(String id, String label, List<Audit.AssessmentPoint> points) {

        /** What answers.csv's point column says: the point's id, or "latest". */
        public String column() {
            return id == null ? "latest" : id;
        }

        static Counting of(Audit audit, String point, Wording wording) {
            if (audit == null || !audit.hasAssessmentPoints()) {
                return null;
            }
            String label = audit.assessmentPoints().stream().filter(p -> p.id().equals(point)).map(Audit.AssessmentPoint::label)
                    .findFirst().orElse(wording.text("report.point.latest"));
            return new Counting(point, label, audit.assessmentPoints());
        }
    }

    /**
     * The whole report, ready for the templates and the CSV files.
     *
     * @param schools    how many schools are reported (a school's latest return counts)
     * @param tables     the heat maps: one per section and scale
     * @param schoolRows the per-school table, one column per section in {@code sectionTitles}
     * @param suppressed what was left out for coming from fewer than the minimum of schools
     * @param counting   the assessment point the heat maps count; null for an audit without points
     * @param schoolLines schools.csv's rows, its header first ({@link SchoolLines})
     */
    public record Report(String title, String audit, int version, Options options, Counting counting, int minimum, int schools,
                         List<HeatMap> tables, List<Counted> counted, List<String> sectionTitles, boolean scored, List<SchoolRow> schoolRows,
                         List<List<String>> schoolLines, List<Furthest> furthest, List<ChangeRow> changes, List<FileRow> files, int read, int skipped,
                         List<String> suppressed) {
    }

    /** A section's written, ticked and dated answers: how many schools gave each (never what they say). */
    public record Counted(String id, String section, List<CountRow> rows) {
    }

    /**
     * One counted part: its question's number ("" when none) and its label, its type (text, tick,
     * date), what the count means for the reader ("ticked", "written", "dated": {@link #verb(String,
     * Wording)}), how many schools gave it of how many.
     */
    public record CountRow(String number, String question, String type, String verb, int given, int schools, boolean suppressed) {

        /** As the page shows it: the number, then the question. */
        public String label() {
            return labelled(number, question);
        }

        /** What counting a part of this type means, in the interface strings ({@code report.verb.*}), as audit-report.js says it. */
        static String verb(String type, Wording wording) {
            return switch (type) {
                case "tick" -> wording.text("report.verb.ticked");
                case "date" -> wording.text("report.verb.dated");
                default -> wording.text("report.verb.written");
            };
        }
    }

    /** One heat map: the answers to the questions of a section on one scale, counted over schools. */
    public record HeatMap(String id, String section, String caption, String unit, List<String> levels, List<Row> rows) {
    }

    /**
     * A row of a heat map: a question (its number, "" when none, and its text) or the whole
     * section, how many schools answered it, and per level how many chose it. {@code suppressed}
     * rows carry no counts.
     */
    public record Row(String number, String question, boolean summary, int answered, boolean suppressed, List<Cell> cells) {

        /** As the page shows it: the number, then the question. */
        public String label() {
            return labelled(number, question);
        }

        /** A group's heading row: its title, no figures. */
        public boolean group() {
            return answered < 0;
        }
    }

    /** A count, its share of the row's answers (whole per cent) and its shade, 0 (none) to 4 (most). */
    public record Cell(int count, int percent, int heat) {

        static Cell of(int count, int of) {
            int percent = of == 0 ? 0 : (int) Math.round(100.0 * count / of);
            int heat = count == 0 ? 0 : Math.min(4, 1 + percent / 25);
            return new Cell(count, percent, heat);
        }
    }

    /** A school's line: its name (or code), how many returns, its latest return's date and answers, and each section. */
    public record SchoolRow(String school, int returns, String date, String answered, List<Figure> sections, Figure total,
                            Figure change) {
    }

    /** A figure as shown, and the value a sortable table sorts it by. */
    public record Figure(String text, String sort) {
        static final Figure NONE = new Figure("–", "");
    }

    /** A question most often furthest from the goal: in how many schools' proposed plans, of how many that answered it. */
    public record Furthest(String number, String question, String section, int schools, int answered, int percent) {

        /** As the page shows it: the number, then the question. */
        public String label() {
            return labelled(number, question);
        }
    }

    /**
     * A section's change over the schools with two or more returns, first to latest, in progress
     * points (0 = everything at the first level, 100 = at the last): how many moved up, stayed,
     * moved down, and the mean change. {@code suppressed} when fewer than the minimum of schools.
     */
    public record ChangeRow(String section, int schools, int up, int same, int down, String mean, boolean suppressed) {
    }

    /** A file of the folder: read or skipped, and why. */
    public record FileRow(String file, boolean read, String note) {
    }

    /** Whether {@code point} is the id of one of the audit's assessment points. */
    public static boolean hasPoint(Audit audit, String point) {
        return audit != null && audit.assessmentPoints().stream().anyMatch(p -> p.id().equals(point));
    }

    /** The report of {@code folder}'s returns of its audit. */
    public static Report of(Returns.Folder folder, Toolkit toolkit, Options options) {
        Audit audit = folder.audit();
        List<Ratings.Rating> ratings = audit == null ? List.of() : Ratings.of(audit, toolkit);
        Wording wording = toolkit.wording();
        List<School> schools = School.group(folder.read(), audit, ratings, options.point(), options.anonymise() ? options.key() : null, wording);
        List<String> suppressed = new ArrayList<>();
        int minimum = options.showSmallGroups() ? 1 : MINIMUM_SCHOOLS;
        List<HeatMap> tables = new ArrayList<>();
        List<Counted> counted = new ArrayList<>();
        List<String> sectionTitles = new ArrayList<>();
        List<Furthest> furthest = new ArrayList<>();
        boolean scored = false;
        Map<String, String> numbers = audit == null ? Map.of() : FormView.numbers(audit);
        if (audit != null) {
            for (Audit.Section section : audit.sections()) {
                sectionTitles.add(section.title());
                tables.addAll(HeatMaps.of(section, audit, toolkit, schools, minimum, numbers, suppressed));
                Counted count = HeatMaps.counted(section, audit, schools, minimum, numbers, suppressed, wording);
                if (count != null) {
                    counted.add(count);
                }
            }
            furthest = furthest(ratings, audit, schools, minimum, wording, numbers, suppressed);
            scored = Standing.scored(audit);
        }
        List<SchoolRow> rows = audit == null ? List.of() : Standing.rows(schools, audit, toolkit);
        List<ChangeRow> changes = audit == null ? List.of() : Standing.changes(schools, audit, toolkit, minimum, suppressed);
        List<FileRow> files = new ArrayList<>();
        Map<String, String> codes = new LinkedHashMap<>();
        schools.forEach(s -> s.returns().forEach(r -> codes.put(r.file(), s.name())));
        List<Object> all = new ArrayList<>();
        all.addAll(folder.read());
        all.addAll(folder.skipped());
        all.sort(Comparator.comparing(AuditReport::fileOf));
        // Anonymised, a file is "File 3": export names carry the school's name.
        Map<String, String> shown = new LinkedHashMap<>();
        for (Object o : all) {
            String file = fileOf(o);
            shown.put(file, !options.anonymise() ? file
                    : "File " + (shown.size() + 1) + (codes.containsKey(file) ? " (" + codes.get(file) + ")" : ""));
        }
        Map<String, String> pointsFrom = pointsFrom(schools, audit);
        for (Object o : all) {
            String note = o instanceof Returns.Return r ? notes(r, pointsFrom, wording) : ((Returns.Skipped) o).reason();
            if (options.anonymise()) {
                for (Map.Entry<String, String> name : shown.entrySet()) {
                    note = note.replace(name.getKey(), name.getValue().replaceFirst(" \\(.*", ""));
                }
            }
            files.add(new FileRow(shown.get(fileOf(o)), o instanceof Returns.Return, note));
        }
        return new Report(audit == null ? "" : audit.title(), audit == null ? "" : audit.id(), audit == null ? 0 : audit.version(),
                options, Counting.of(audit, options.point(), wording), MINIMUM_SCHOOLS, schools.size(), List.copyOf(tables), List.copyOf(counted), List.copyOf(sectionTitles), scored, rows,
                audit == null ? List.of() : SchoolLines.of(schools, rows, audit, toolkit), furthest, changes, List.copyOf(files), folder.read().size(), folder.skipped().size(), List.copyOf(suppressed));
    }

    /**
     * The questions that appear most often in the plans the action-plan rule proposes from each
     * school's latest return (the audit's own {@code action_plan:} rule, or the defaults), most
     * schools first, ties in the audit's order; a question answered by fewer than the minimum of
     * schools is left out and said so.
     */
    private static List<Furthest> furthest(List<Ratings.Rating> ratings, Audit audit, List<School> schools, int minimum, Wording wording,
                                           Map<String, String> numbers, List<String> suppressed) {
        ActionPlan rule = audit.actionPlan() != null ? audit.actionPlan() : ActionPlan.DEFAULTS;
        List<Progress.Item> items = ratings.stream().map(Ratings.Rating::item).toList();
        Map<String, String> sectionOf = new LinkedHashMap<>();
        for (Audit.Section section : audit.sections()) {
            section.allItems().forEach(i -> sectionOf.put(i.id(), section.title()));
        }
        Map<String, Integer> proposed = new LinkedHashMap<>();
        Map<String, Integer> answered = new LinkedHashMap<>();
        for (School school : schools) {
            Answers answers = school.latest();
            rule.propose(items, answers).forEach(id -> proposed.merge(id, 1, Integer::sum));
            items.stream().filter(i -> !Progress.answer(i, answers).isEmpty()).forEach(i -> answered.merge(i.id(), 1, Integer::sum));
        }
        List<Furthest> out = new ArrayList<>();
        int hidden = 0;
        for (Ratings.Rating rating : ratings) {
            Progress.Item item = rating.item();
            int count = proposed.getOrDefault(item.id(), 0);
            int of = answered.getOrDefault(item.id(), 0);
            if (count == 0) {
                continue;
            }
            if (of < minimum) {
                hidden++;
                continue;
            }
            out.add(new Furthest(number(rating, numbers), rating.item().label(), sectionOf.get(rating.owner().id()), count, of, (int) Math.round(100.0 * count / of)));
        }
        if (hidden > 0) {
            suppressed.add(wording.text("report.suppressed.furthest", Map.of("count", hidden, "minimum", MINIMUM_SCHOOLS)));
        }
        List<Furthest> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(Furthest::schools).reversed());
        return List.copyOf(sorted.subList(0, Math.min(10, sorted.size())));
    }

    /**
     * An earlier return that a school's answers at an assessment point are read from (a later
     * return rates no question there; {@link School#returnsAt}), by file: the points' names.
     */
    private static Map<String, String> pointsFrom(List<School> schools, Audit audit) {
        Map<String, String> out = new LinkedHashMap<>();
        for (School school : schools) {
            for (Audit.AssessmentPoint point : audit == null ? List.<Audit.AssessmentPoint>of() : audit.assessmentPoints()) {
                Returns.Return from = school.atPoints().get(point.id());
                if (from != school.latestReturn()) {
                    out.merge(from.file(), point.label(), (a, b) -> a + ", " + b);
                }
            }
        }
        return out;
    }

    /** A read file's notes, and the assessment points whose answers are read from it when it is not its school's latest. */
    private static String notes(Returns.Return read, Map<String, String> pointsFrom, Wording wording) {
        List<String> notes = new ArrayList<>(read.notes());
        if (pointsFrom.containsKey(read.file())) {
            notes.add(wording.text("report.note.points-from", Map.of("points", pointsFrom.get(read.file()))));
        }
        return String.join("; ", notes);
    }

    /** A question's number as the form prints it, or "" when the audit does not number it. */
    static String number(Ratings.Rating rating, Map<String, String> numbers) {
        return numbers.getOrDefault(rating.owner().id(), "");
    }

    /**
     * A question as the page names it: its number (as the form prints it) and its text. The CSV
     * files keep the two apart ({@code number}, {@code question}), so a spreadsheet sorts by the number.
     */
    static String labelled(String number, String question) {
        return number.isEmpty() ? question : number + " " + question;
    }

    private static String fileOf(Object readOrSkipped) {
        return readOrSkipped instanceof Returns.Return r ? r.file() : ((Returns.Skipped) readOrSkipped).file();
    }
}
