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
 * Requests that overlap count once: the time from the first one starting until none is in flight.
 */
final class TimeBudget {
    private final Duration total;
    private final Clock clock;
    private Duration spent = Duration.ZERO;
    private int inFlight;
    private Instant busySince;

    TimeBudget(Duration total, Clock clock) {
        this.total = total;
        this.clock = clock;
    }

    Duration total() {
        return total;
    }

    synchronized Duration remaining() {
        Duration left = total.minus(spent).minus(busy());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Whether a wait of {@code wait} leaves time for the request after it. */
    synchronized boolean allows(Duration wait) {
        return wait.compareTo(remaining()) < 0;
    }

    /** A fresh deadline: nothing spent yet. */
    synchronized void restart() {
        spent = Duration.ZERO;
        busySince = clock.instant();
    }

    synchronized void spend(Duration d) {
        spent = spent.plus(d);
    }

    /** A request starts. */
    synchronized void begin() {
        if (inFlight++ == 0) {
            busySince = clock.instant();
        }
    }

    /** A request has ended: when it was the last in flight, the time since the first began is spent. */
    synchronized void end() {
        if (inFlight == 1) {
            spend(busy());
        }
        inFlight--;
    }

    private Duration busy() {
        if (inFlight == 0) {
            return Duration.ZERO;
        }
        Duration took = Duration.between(busySince, clock.instant());
        return took.isNegative() ? Duration.ZERO : took;
    }

    /** Now, from the clock that measures the requests. */
    Instant now() {
        return clock.instant();
    }
}
