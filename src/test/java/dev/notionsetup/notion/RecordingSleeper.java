package dev.notionsetup.notion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A Sleeper that only writes down how long it was asked to wait, so no test waits for real. */
final class RecordingSleeper implements Sleeper {
    final List<Duration> waits = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
    }

    List<Long> seconds() {
        return waits.stream().map(Duration::toMillis).map(ms -> ms / 1000).toList();
    }
}
