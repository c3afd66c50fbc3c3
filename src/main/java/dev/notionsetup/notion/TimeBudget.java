package dev.notionsetup.notion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One deadline per run: how long the run may still spend waiting on Notion, every request, retry and
 * {@code Retry-After} wait included ({@code --timeout}). Only waiting on Notion counts: in the wizard, the
 * time a person spends reading and typing is not Notion's to use up. Requests are measured with the clock;
 * a wait between tries counts for the time the sleeper was asked to sleep, so tests that do not sleep for
 * real still spend it.
 */
final class TimeBudget {
    private final Duration total;
    private final Clock clock;
    private Duration spent = Duration.ZERO;

    TimeBudget(Duration total, Clock clock) {
        this.total = total;
        this.clock = clock;
    }

    Duration total() {
        return total;
    }

    synchronized Duration remaining() {
        Duration left = total.minus(spent);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Whether a wait of {@code wait} leaves time for the request after it. */
    synchronized boolean allows(Duration wait) {
        return wait.compareTo(remaining()) < 0;
    }

    synchronized void spend(Duration d) {
        spent = spent.plus(d);
    }

    /** Now, from the clock that measures the requests. */
    Instant now() {
        return clock.instant();
    }

    /** Counts the time from {@code started} to now. */
    void spendSince(Instant started) {
        Duration took = Duration.between(started, clock.instant());
        spend(took.isNegative() ? Duration.ZERO : took);
    }
}
