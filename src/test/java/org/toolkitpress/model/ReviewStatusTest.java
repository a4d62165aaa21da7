package org.toolkitpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

    @Test
    void aDateInThePastIsOverdue() {
        assertEquals(ReviewStatus.OVERDUE, ReviewStatus.of(TODAY.minusDays(1), TODAY));
    }

    @Test
    void todayAndTheNextThirtyDaysAreDueSoon() {
        assertEquals(ReviewStatus.DUE_SOON, ReviewStatus.of(TODAY, TODAY));
        assertEquals(ReviewStatus.DUE_SOON, ReviewStatus.of(TODAY.plusDays(30), TODAY));
        assertEquals(ReviewStatus.CURRENT, ReviewStatus.of(TODAY.plusDays(31), TODAY));
    }

    @Test
    void noDateIsNotSet() {
        assertEquals(ReviewStatus.NOT_SET, ReviewStatus.of((LocalDate) null, TODAY));
    }
}
