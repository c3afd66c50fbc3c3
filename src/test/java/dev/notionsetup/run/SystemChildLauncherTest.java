package dev.notionsetup.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real children: the status as a shell reports it, and the shell's two ways of not starting. */
@EnabledOnOs(value = {OS.LINUX, OS.MAC}, disabledReason = "POSIX shells and signals")
class SystemChildLauncherTest {
    @TempDir
    Path dir;

    private final SystemChildLauncher launcher = new SystemChildLauncher();
    private final Map<String, String> env = Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));

    @Test
    void theExitStatusIsPassedThrough() throws Exception {
        assertEquals(0, launcher.run(List.of("sh", "-c", "exit 0"), env, dir));
        assertEquals(42, launcher.run(List.of("sh", "-c", "exit 42"), env, dir));
    }

    @Test
    void aChildKilledBySignalNIs128PlusN() throws Exception {
        assertEquals(128 + 15, launcher.run(List.of("sh", "-c", "kill -TERM $$"), env, dir));
        assertEquals(128 + 9, launcher.run(List.of("sh", "-c", "kill -KILL $$"), env, dir));
    }

    @Test
    void theChildGetsExactlyTheEnvironmentItIsGiven() throws Exception {
        assertEquals(0, launcher.run(List.of("sh", "-c", "test \"$ONLY\" = this && test -z \"$HOME\""),
                Map.of("PATH", env.get("PATH"), "ONLY", "this"), dir));
    }

    @Test
    void aMissingCommandAndOneThatMayNotBeRunAreToldApart() throws Exception {
        ChildLauncher.NotStarted missing = assertThrows(ChildLauncher.NotStarted.class,
                () -> launcher.run(List.of("no-such-command-here"), env, dir));
        assertFalse(missing.notExecutable());

        Path script = java.nio.file.Files.writeString(dir.resolve("script.sh"), "echo hi\n");
        ChildLauncher.NotStarted denied = assertThrows(ChildLauncher.NotStarted.class,
                () -> launcher.run(List.of(script.toString()), env, dir));
        assertTrue(denied.notExecutable());
    }
}
