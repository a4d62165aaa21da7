package org.toolkitpress.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.model.Wording;
import org.toolkitpress.theme.BrandStyle;
import org.toolkitpress.theme.Theme;

/**
 * The report as files: {@code index.html} (through the theme's Freemarker configuration, so a
 * brand may override {@code report/audits.ftlh}), its stylesheets and script, and one CSV per
 * table. Nothing is written here; the build publishes the files.
 */
public final class AuditReportFiles {

    static final String DASH = "–";

    private AuditReportFiles() {
    }

    public static List<OutputFile> render(AuditReport.Report report, Toolkit toolkit, Theme theme) {
        theme = theme.speaking(toolkit.wording());
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("toolkitTitle", toolkit.info().title());
        model.put("language", toolkit.info().language());
        List<OutputFile> out = new ArrayList<>();
        out.add(text("index.html", theme.render("report/audits.ftlh", model)));
        out.add(asset(theme, "assets/site.css", "css/site.css"));
        out.add(text("assets/brand.css", BrandStyle.stylesheet(toolkit)));
        out.add(asset(theme, "assets/report.css", "css/report.css"));
        out.add(asset(theme, "assets/report-print.css", "css/report-print.css"));
        out.add(asset(theme, "assets/report-table.js", "js/report-table.js"));
        Wording wording = toolkit.wording();
        out.add(text("answers.csv", answers(report, wording)));
        out.add(text("schools.csv", schools(report)));
        out.add(text("furthest.csv", furthest(report)));
        if (!report.changes().isEmpty()) {
            out.add(text("change.csv", changes(report, wording)));
        }
        out.add(text("files.csv", files(report)));
        return out;
    }

    /**
     * Every heat-map cell, one row per question and answer; a left-out row says so instead of its
     * counts. {@code level} is the answer's place in its scale (1 = the first option, score or
     * stage), so a spreadsheet sorts Red, Amber, Green in the scale's order, in any language. For an audit answered at assessment points, a last column says which point the row
     * counts ("latest", or the point's id; empty for the counted answers, given at any point).
     */
    static String answers(AuditReport.Report report, Wording wording) {
        List<List<String>> rows = new ArrayList<>();
        String leftOut = wording.text("report.csv.left-out", Map.of("minimum", report.minimum()));
        AuditReport.Counting counting = report.counting();
        rows.add(point(List.of("section", "number", "question", "answered", "answer", "level", "schools", "percent", "note"), counting, "point"));
        String at = counting == null ? null : counting.column();
        for (AuditReport.HeatMap table : report.tables()) {
            for (AuditReport.Row row : table.rows()) {
                if (row.group()) {
                    continue;
                }
                if (row.suppressed()) {
                    rows.add(point(List.of(table.caption(), row.number(), row.question(), String.valueOf(row.answered()), "", "", "", "",
                            row.answered() == 0 ? wording.text("report.csv.no-answers") : leftOut), counting, at));
                    continue;
                }
                for (int i = 0; i < row.cells().size(); i++) {
                    AuditReport.Cell cell = row.cells().get(i);
                    rows.add(point(List.of(table.caption(), row.number(), row.question(), String.valueOf(row.answered()), table.levels().get(i),
                            String.valueOf(i + 1), String.valueOf(cell.count()), String.valueOf(cell.percent()), row.summary() ? table.unit() : ""), counting, at));
                }
            }
        }
        for (AuditReport.Counted counted : report.counted()) {
            for (AuditReport.CountRow row : counted.rows()) {
                rows.add(point(row.suppressed()
                        ? List.of(counted.section(), row.number(), row.question(), String.valueOf(row.schools()), row.verb(), "", "", "",
                                leftOut)
                        : List.of(counted.section(), row.number(), row.question(), String.valueOf(row.schools()), row.verb(), "", String.valueOf(row.given()),
                                String.valueOf(Math.round(100.0 * row.given() / row.schools())), wording.text("report.csv.counted")), counting, ""));
            }
        }
        return Csv.of(rows);
    }

    /** A row of answers.csv or schools.csv with its point column when the audit has points. */
    private static List<String> point(List<String> row, AuditReport.Counting counting, String point) {
        if (counting == null) {
            return row;
        }
        List<String> out = new ArrayList<>(row);
        out.add(point);
        return out;
    }

    /** Where each school stands, as numbers ({@link SchoolLines}). */
    static String schools(AuditReport.Report report) {
        return Csv.of(report.schoolLines());
    }

    static String furthest(AuditReport.Report report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("number", "question", "section", "schools", "answered", "percent"));
        report.furthest().forEach(f -> rows.add(List.of(f.number(), f.question(), f.section(), String.valueOf(f.schools()),
                String.valueOf(f.answered()), String.valueOf(f.percent()))));
        return Csv.of(rows);
    }

    static String changes(AuditReport.Report report, Wording wording) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("section", "schools", "moved_up", "no_change", "moved_down", "mean_change", "note"));
        for (AuditReport.ChangeRow c : report.changes()) {
            rows.add(c.suppressed()
                    ? List.of(c.section(), String.valueOf(c.schools()), "", "", "", "", wording.text("report.csv.left-out", Map.of("minimum", report.minimum())))
                    : List.of(c.section(), String.valueOf(c.schools()), String.valueOf(c.up()), String.valueOf(c.same()),
                            String.valueOf(c.down()), c.mean().replace("+", "").replace('\u2212', '-'), ""));
        }
        return Csv.of(rows);
    }

    static String files(AuditReport.Report report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("file", "status", "note"));
        report.files().forEach(f -> rows.add(List.of(f.file(), f.read() ? "read" : "skipped", f.note())));
        return Csv.of(rows);
    }

    private static String blank(String text) {
        return DASH.equals(text) ? "" : text.replace('\u2212', '-');
    }

    private static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static OutputFile asset(Theme theme, String path, String themePath) {
        Path file = theme.files().find(Theme.FOLDER + "assets/" + themePath)
                .orElseThrow(() -> new IllegalStateException("the theme has no " + themePath));
        try {
            return new OutputFile(path, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
