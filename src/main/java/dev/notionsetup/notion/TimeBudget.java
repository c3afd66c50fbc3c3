package dev.notionsetup.notion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One deadline: how long may still be spent waiting on Notion, every request, retry and {@code Retry-After}
 * wait included ({@code --timeout}). An unattended run has one for the whole run; the wizard starts a new
 * one ({@link #restart}) for each check the user asks for, since a person who chose "Try again" after a
 * timeout wants another full try, not what is left of the last one. Only waiting on Notion counts, never
 * the time a person spends reading and typing. Requests are measured with the clock; a wait between tries
 * counts for the time the sleeper was asked to sleep, so tests that do not sleep for real still spend it.
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

    /** A fresh deadline: nothing spent yet. */
    synchronized void restart() {
        spent = Duration.ZERO;
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
