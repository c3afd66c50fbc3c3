package dev.notionsetup.notion;

import java.time.Duration;

/** How the client waits between retries; tests pass a recording fake so no test waits for real. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());
}
