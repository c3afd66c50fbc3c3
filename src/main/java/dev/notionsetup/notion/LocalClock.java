package dev.notionsetup.notion;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the user's time zone, which it looks up only when a time of day is shown ("try again
 * after 13:00"): reading the zone's rules at start-up costs every run a dozen milliseconds, and most never
 * show one.
 */
public final class LocalClock extends Clock {
    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
