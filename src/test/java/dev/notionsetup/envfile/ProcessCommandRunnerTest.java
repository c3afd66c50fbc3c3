package dev.notionsetup.envfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ProcessCommandRunnerTest {
    @TempDir
    Path dir;

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "sh (POSIX shell)")
    void reportsExitCodeAndStdout() {
        var runner = new ProcessCommandRunner(Duration.ofSeconds(20), Map.of());
        assertEquals(Optional.of(new CommandRunner.Result(3, "hello\n")),
                runner.run(List.of("sh", "-c", "echo hello; echo noise >&2; exit 3"), dir));
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "sh and pwd -P (POSIX shell and paths)")
    void runsInTheGivenFolderWithTheExtraEnvironment() throws java.io.IOException {
        var runner = new ProcessCommandRunner(Duration.ofSeconds(20), Map.of("EXTRA", "yes"));
        var result = runner.run(List.of("sh", "-c", "printf '%s %s' \"$EXTRA\" \"$(pwd -P)\""), dir).orElseThrow();
        assertEquals("yes " + dir.toRealPath(), result.stdout());
    }

    @Test
    void missingProgramIsNotAnError() {
        var runner = new ProcessCommandRunner();
        assertEquals(Optional.empty(), runner.run(List.of("no-such-program-notion-setup-test"), dir));
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "cat")
    void stdinIsClosedSoAPromptCannotWait() {
        var runner = new ProcessCommandRunner(Duration.ofSeconds(20), Map.of());
        assertEquals(Optional.of(new CommandRunner.Result(0, "")), runner.run(List.of("cat"), dir));
    }

    @Test
    @Timeout(10) // a safety net only: with a zero limit the run returns at once
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "sleep")
    void commandThatOutlivesTheLimitIsKilledAndReportedAsNotRun() {
        var runner = new ProcessCommandRunner(Duration.ZERO, Map.of());
        assertEquals(Optional.empty(), runner.run(List.of("sleep", "60"), dir));
    }
}
