package dev.notionsetup.browser;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays a scripted part for each program and records every launch; nothing is started and nothing waits,
 * so "still running after the wait" is simply an answer.
 */
final class FakeLauncher implements ProcessLauncher {
    /** What a program does when launched. */
    @FunctionalInterface
    interface Part {
        LaunchOutcome play() throws IOException, InterruptedException;
    }

    static Part exits(int status) {
        return () -> new LaunchOutcome.Exited(status);
    }

    static Part keepsRunning() {
        return LaunchOutcome.StillRunning::new;
    }

    static Part notInstalled() {
        return () -> {
            throw new IOException("Cannot run program: error=2, No such file or directory");
        };
    }

    static Part interrupted() {
        return () -> {
            throw new InterruptedException();
        };
    }

    static Part breaksUnexpectedly() {
        return () -> {
            throw new IllegalStateException("unexpected");
        };
    }

    record Launch(List<String> command, Duration patience) {
    }

    private final Map<String, Part> parts = new HashMap<>();
    final List<Launch> launches = new ArrayList<>();

    /** Programs without a part are not installed. */
    FakeLauncher with(String program, Part part) {
        parts.put(program, part);
        return this;
    }

    @Override
    public LaunchOutcome launch(List<String> command, Duration patience) throws IOException, InterruptedException {
        launches.add(new Launch(List.copyOf(command), patience));
        return parts.getOrDefault(command.get(0), notInstalled()).play();
    }

    List<List<String>> commands() {
        return launches.stream().map(Launch::command).toList();
    }
}
