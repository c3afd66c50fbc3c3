package dev.notionsetup.notion;

import dev.notionsetup.testing.FakeClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeBudgetTest {
    private final FakeClock clock = new FakeClock(Instant.parse("2025-06-01T12:00:00Z"));
    private final TimeBudget budget = new TimeBudget(Duration.ofSeconds(10), clock);

    @Test
    void timeOnTheClockBetweenTheStartOfARequestAndNowIsSpent() {
        budget.begin();
        clock.advance(Duration.ofSeconds(4));
        budget.end();

        assertEquals(Duration.ofSeconds(6), budget.remaining());
    }

    @Test
    void requestsThatOverlapSpendTheirCommonTimeOnce() {
        budget.begin();
        clock.advance(Duration.ofSeconds(1));
        budget.begin();
        clock.advance(Duration.ofSeconds(3));
        budget.end();
        assertEquals(Duration.ofSeconds(6), budget.remaining(), "time in flight counts while requests are out");
        budget.end();

        assertEquals(Duration.ofSeconds(6), budget.remaining());
    }

    @Test
    void waitsBetweenTriesAreSpentAndAWaitThatLeavesNoTimeForTheRequestIsNotAllowed() {
        budget.spend(Duration.ofSeconds(7));

        assertTrue(budget.allows(Duration.ofSeconds(2)));
        assertFalse(budget.allows(Duration.ofSeconds(3)), "nothing would be left for the request after it");
    }

    @Test
    void overspendingLeavesNothingRatherThanANegativeTime() {
        budget.spend(Duration.ofSeconds(12));

        assertEquals(Duration.ZERO, budget.remaining());
        assertFalse(budget.allows(Duration.ZERO));
    }

    @Test
    void aClockThatGoesBackSpendsNothing() {
        budget.begin();
        clock.advance(Duration.ofSeconds(-5));
        budget.end();

        assertEquals(Duration.ofSeconds(10), budget.remaining());
    }

    @Test
    void aRestartGivesTheWholeTimeAgain() {
        budget.spend(Duration.ofSeconds(10));
        budget.restart();

        assertEquals(Duration.ofSeconds(10), budget.remaining());
        assertEquals(Duration.ofSeconds(10), budget.total());
    }
}
