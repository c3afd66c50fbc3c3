package dev.notionsetup.browser;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts real processes. The child reads from the null device and its output is discarded: the wizard owns
 * the terminal (JLine may have it in raw mode), and an opener's chatter or a prompt for input would
 * corrupt the screen or steal keystrokes.
 */
public final class SystemProcessLauncher implements ProcessLauncher {
    private final File nullDevice;

    /** {@code nullDevice}: {@code /dev/null}, or {@code NUL} on Windows. */
    public SystemProcessLauncher(File nullDevice) {
        this.nullDevice = nullDevice;
    }

    /** For the platform named by {@code osName} (the {@code os.name} system property). */
    public static SystemProcessLauncher forPlatform(String osName) {
        return new SystemProcessLauncher(new File(Platform.of(osName) == Platform.WINDOWS ? "NUL" : "/dev/null"));
    }

    @Override
    public LaunchOutcome launch(List<String> command, Duration patience) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        // Not destroyed when still running: that may be the browser itself, now showing the page.
        if (process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            return new LaunchOutcome.Exited(process.exitValue());
        }
        return new LaunchOutcome.StillRunning();
    }
}
