package dev.notionsetup.notion;

import dev.notionsetup.testing.FakeClock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Sleeper that writes down how long it was asked to wait and moves the test's clock on by that much, so
 * no test waits for real and the waits still count wherever the clock is read.
 */
final class RecordingSleeper implements Sleeper {
    final List<Duration> waits = new ArrayList<>();
    private final FakeClock clock;

    RecordingSleeper(FakeClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        clock.advance(duration);
    }

    List<Long> seconds() {
        return waits.stream().map(Duration::toMillis).map(ms -> ms / 1000).toList();
    }
}
