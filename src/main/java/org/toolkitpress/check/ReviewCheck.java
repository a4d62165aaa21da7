package org.toolkitpress.check;

import org.toolkitpress.model.DisplayDate;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.Page;
import org.toolkitpress.model.ReviewStatus;
import org.toolkitpress.model.SourcePos;
import org.toolkitpress.model.Toolkit;

/**
 * Warns about pages whose review date has passed or falls within the next 30 days. Warnings,
 * not errors: an overdue review must not stop a school getting the rest of the toolkit.
 */
final class ReviewCheck {


    private final Toolkit toolkit;
    private final LocalDate today;
    private final Diagnostics diagnostics;

    ReviewCheck(Toolkit toolkit, LocalDate today, Diagnostics diagnostics) {
        this.toolkit = toolkit;
        this.today = today;
        this.diagnostics = diagnostics;
    }

    void run() {
        List<Page> due = toolkit.pages().stream()
                .filter(p -> ReviewStatus.of(p, today).needsAttention())
                .sorted(Comparator.comparing((Page p) -> p.front().reviewBy()).thenComparing(Page::sourcePath))
                .toList();
        for (Page page : due) {
            LocalDate reviewBy = page.front().reviewBy();
            String when = DisplayDate.of(reviewBy);
            SourcePos pos = page.front().reviewByPos() != null ? page.front().reviewByPos() : page.pos();
            if (ReviewStatus.of(page, today) == ReviewStatus.OVERDUE) {
                diagnostics.warning(pos, "the page was due for review on " + when,
                        "review it, then set `last_reviewed:` to today and `review_by:` to the next review date");
            } else {
                diagnostics.warning(pos, "the page is due for review on " + when
                        + (reviewBy.equals(today) ? " (today)" : ""), "plan the review; `./toolkit report reviews` lists every page's dates");
            }
        }
    }
}
