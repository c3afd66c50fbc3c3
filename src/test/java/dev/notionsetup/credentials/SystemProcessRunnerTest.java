package dev.notionsetup.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.notionsetup.token.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(value = OS.WINDOWS, disabledReason = "sh (POSIX shell)")
class SystemProcessRunnerTest {
    private static final Duration PLENTY = Duration.ofSeconds(30);
    private final SystemProcessRunner runner = new SystemProcessRunner();

    @Test
    void givesTheProgramItsStdinAndOnlyTheGivenEnvironment() {
        ProcessRunner.Outcome outcome = runner.run(new ProcessRunner.Command(
                List.of("/bin/sh", "-c", "read -r line; printf '%s|%s|%s' \"$line\" \"$ONLY\" \"${HOME:-unset}\";"
                        + " echo oops >&2; exit 3"),
                Map.of("ONLY", "this"), Secret.of("from stdin\n"), PLENTY));
        ProcessRunner.Finished finished = assertInstanceOf(ProcessRunner.Finished.class, outcome);
        assertEquals(3, finished.exitCode());
        assertEquals("from stdin|this|unset", finished.stdout().reveal());
        assertEquals("oops\n", finished.stderr());
    }

    @Test
    void aProgramThatIsNotInstalledIsNotStarted() {
        assertInstanceOf(ProcessRunner.NotStarted.class, runner.run(new ProcessRunner.Command(
                List.of("no-such-program-notion-setup-test"), Map.of(), Secret.none(), PLENTY)));
    }

    @Test
    void aProgramThatIgnoresStdinStillEndsNormally() {
        ProcessRunner.Outcome outcome = runner.run(new ProcessRunner.Command(List.of("/bin/sh", "-c", "exec 0<&-; exit 0"),
                Map.of(), Secret.of("unread"), PLENTY));
        assertEquals(0, assertInstanceOf(ProcessRunner.Finished.class, outcome).exitCode());
    }

    @Test
    @Timeout(60) // a safety net only: without the bound the child would sleep for ten minutes
    void aProgramThatOutlivesTheBoundIsKilledWithEverythingItStarted(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("pid");
        ProcessRunner.Outcome outcome = runner.run(new ProcessRunner.Command(
                List.of("/bin/sh", "-c", "sleep 600 & echo $! > \"$1\"; wait", "sh", pidFile.toString()),
                Map.of(), Secret.none(), Duration.ofSeconds(3)));

        assertInstanceOf(ProcessRunner.TimedOut.class, outcome);
        long grandchild = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle.of(grandchild).ifPresent(handle -> {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("the background sleep still runs", e);
            }
        });
        assertFalse(ProcessHandle.of(grandchild).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void theCommandPrintsAsItsArgumentsOnly() {
        String shown = new ProcessRunner.Command(List.of("secret-tool", "lookup"), Map.of("AWS_SECRET", "x"),
                Secret.of("ntn_" + "test".repeat(10)), PLENTY).toString();
        assertEquals("secret-tool lookup", shown);
        assertTrue(new ProcessRunner.Finished(0, Secret.of("ntn_" + "test".repeat(10)), "").toString()
                .contains("ntn_\u2026test"));
    }
}
