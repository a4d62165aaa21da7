package org.toolkitpress.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.toolkitpress.configure.BuildSettings;
import org.toolkitpress.load.Load;
import org.toolkitpress.markdown.Markdown;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.ReviewStatus;
import org.toolkitpress.model.Toolkit;

/**
 * Every page with its last-reviewed and review-by dates and where it stands today, most urgent
 * first: overdue, then due soon, then the rest by date, then pages with no date.
 */
public final class ReviewReport {

    /** One page's line in the report. {@code daysLeft} is negative when overdue, null without a date. */
    public record Row(String file, String title, LocalDate lastReviewed, LocalDate reviewBy, ReviewStatus status,
                      Long daysLeft) {
    }

    /** The rows, and the problems met while loading (the report lists what could be read). */
    public record Result(List<Row> rows, Diagnostics diagnostics) {
    }

    private ReviewReport() {
    }

    public static Result of(BuildSettings settings) {
        Diagnostics diagnostics = new Diagnostics();
        Toolkit toolkit = Load.toolkit(settings, Markdown.create(), diagnostics);
        return new Result(rows(toolkit, settings.today()), diagnostics);
    }

    static List<Row> rows(Toolkit toolkit, LocalDate today) {
        return toolkit.pages().stream()
                .map(p -> row(p, today))
                .sorted(Comparator.comparing(Row::status)
                        .thenComparing(Row::reviewBy, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Row::file))
                .toList();
    }

    private static Row row(Page page, LocalDate today) {
        LocalDate reviewBy = page.front().reviewBy();
        return new Row(page.pos().path(), page.title() == null ? "" : page.title(), page.front().lastReviewed(), reviewBy,
                ReviewStatus.of(reviewBy, today), reviewBy == null ? null : ChronoUnit.DAYS.between(today, reviewBy));
    }

    /** A table for the terminal. */
    public static String text(List<Row> rows, LocalDate today) {
        StringBuilder out = new StringBuilder();
        out.append("Review dates on ").append(today).append('\n');
        int width = Math.max("file".length(), rows.stream().mapToInt(r -> r.file().length()).max().orElse(0));
        String line = "%-9s  %-13s  %-13s  %-" + width + "s  %s%n";
        out.append(String.format(Locale.ROOT, line, "status", "last reviewed", "review by", "file", "title"));
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, line, r.status().label(), orDash(r.lastReviewed()), orDash(r.reviewBy()),
                    r.file(), r.title()));
        }
        long overdue = rows.stream().filter(r -> r.status() == ReviewStatus.OVERDUE).count();
        long soon = rows.stream().filter(r -> r.status() == ReviewStatus.DUE_SOON).count();
        long none = rows.stream().filter(r -> r.status() == ReviewStatus.NOT_SET).count();
        out.append(String.format(Locale.ROOT, "%d pages: %d overdue, %d due within %d days, %d without a review date%n",
                rows.size(), overdue, soon, ReviewStatus.WARNING_DAYS, none));
        return out.toString();
    }

    /** RFC 4180 CSV with a header row, for a spreadsheet. */
    public static String csv(List<Row> rows) {
        StringBuilder out = new StringBuilder("file,title,last_reviewed,review_by,status,days_left\r\n");
        for (Row r : rows) {
            out.append(cell(r.file())).append(',').append(cell(r.title())).append(',')
                    .append(r.lastReviewed() == null ? "" : r.lastReviewed()).append(',')
                    .append(r.reviewBy() == null ? "" : r.reviewBy()).append(',')
                    .append(r.status().label()).append(',')
                    .append(r.daysLeft() == null ? "" : r.daysLeft()).append("\r\n");
        }
        return out.toString();
    }

    private static String orDash(LocalDate date) {
        return date == null ? "-" : date.toString();
    }

    private static String cell(String text) {
        return Csv.cell(text);
    }
}
