package dev.notionsetup.browser;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** Starts a program without a shell; the seam that lets tests run every branch without starting anything. */
@FunctionalInterface
public interface ProcessLauncher {
    /**
     * Starts {@code command} (program first, each argument separate) detached from our terminal and waits
     * at most {@code patience} for it to finish.
     *
     * @throws IOException when the program cannot be started, usually because it is not installed
     * @throws InterruptedException when the wait is interrupted; the program may still be running
     */
    LaunchOutcome launch(List<String> command, Duration patience) throws IOException, InterruptedException;
}
