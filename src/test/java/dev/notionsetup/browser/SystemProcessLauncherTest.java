package dev.notionsetup.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The real launcher, with small POSIX commands standing in for openers. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SystemProcessLauncherTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private final SystemProcessLauncher launcher = SystemProcessLauncher.forPlatform(System.getProperty("os.name"));

    @Test
    void reportsTheExitStatus() throws Exception {
        assertEquals(new LaunchOutcome.Exited(0), launcher.launch(List.of("sh", "-c", "exit 0"), PATIENCE));
        assertEquals(new LaunchOutcome.Exited(4), launcher.launch(List.of("sh", "-c", "exit 4"), PATIENCE));
    }

    @Test
    void aMissingProgramIsAnIOException() {
        assertThrows(IOException.class,
                () -> launcher.launch(List.of("notion-setup-no-such-program-here"), PATIENCE));
    }

    @Test
    void theChildReadsNothingFromOurTerminal() throws Exception {
        // With our stdin it would wait for a line; from the null device it reads end-of-input at once.
        LaunchOutcome outcome = launcher.launch(List.of("sh", "-c", "if read line; then exit 7; else exit 0; fi"), PATIENCE);
        assertEquals(new LaunchOutcome.Exited(0), outcome);
    }

    @Test
    void theChildsOutputIsDiscardedSoItNeverBlocksOnAFullPipe() throws Exception {
        // A megabyte on each stream: an undrained pipe would fill at 64 KiB and the child would never exit.
        LaunchOutcome outcome = launcher.launch(List.of("sh", "-c",
                "head -c 1000000 /dev/zero; head -c 1000000 /dev/zero >&2; exit 0"), PATIENCE);
        assertEquals(new LaunchOutcome.Exited(0), outcome);
    }

    @Test
    void stopsWaitingAfterItsPatienceAndLeavesTheChildRunning() throws Exception {
        Set<ProcessHandle> before = ProcessHandle.current().children().collect(Collectors.toSet());
        // A child that outlives any test run: whatever the machine's speed, the patience runs out first.
        LaunchOutcome outcome = launcher.launch(List.of("sleep", "86400"), Duration.ofSeconds(1));
        List<ProcessHandle> started = ProcessHandle.current().children().filter(p -> !before.contains(p)).toList();
        try {
            assertEquals(new LaunchOutcome.StillRunning(), outcome);
            assertEquals(1, started.size(), "one child: " + started);
            assertTrue(started.get(0).isAlive(), "the child was stopped; it may be the browser itself");
        } finally {
            for (ProcessHandle child : started) {
                child.destroyForcibly();
                child.onExit().get();
            }
        }
    }
}
