package dev.notionsetup.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until something "takes time": the test sleeper when it is asked to wait, the
 * fake Notion when an answer is slow. Time spent waiting on Notion then counts against --timeout as it
 * would for real, with no test waiting for real; a frozen clock would hide every deadline.
 */
public final class FakeClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public FakeClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.zone = zone;
    }

    public FakeClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    /** Moves time on, as a wait or a slow answer would. */
    public void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("one zone per fake clock");
    }
}
