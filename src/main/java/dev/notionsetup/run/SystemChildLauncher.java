package dev.notionsetup.run;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Real child processes, started as a shell starts a foreground command: the same three standard streams,
 * and the JVM waits for the child however the wait is disturbed.
 *
 * <p>Signals: a Ctrl-C at a terminal reaches the whole foreground process group, the child included, so
 * the JVM ignores SIGINT meanwhile (as a shell does) and leaves the child to decide; the child's own
 * status (130 when it died of it) is then this run's. SIGTERM and SIGHUP are sent to this process alone by
 * whoever stops it (a supervisor, a closed terminal), so they are passed on to the child, and the JVM again
 * waits for it and exits with its status. A Java handler, not SIG_IGN: an ignored signal would stay ignored
 * in the child, while a handled one is reset to the default when the child starts.
 */
public final class SystemChildLauncher implements ChildLauncher {
    /** Linux and macOS say this for a program that exists but may not be run; a shell exits 126 for it. */
    private static final String PERMISSION_DENIED = "error=13";

    @Override
    public int run(List<String> argv, Map<String, String> environment, Path directory) throws NotStarted {
        ProcessBuilder builder = new ProcessBuilder(argv).directory(directory.toFile()).inheritIO();
        builder.environment().clear();
        builder.environment().putAll(environment);
        // The handlers go in before the child starts: a SIGTERM in between must not end the JVM and orphan it.
        AtomicReference<Process> running = new AtomicReference<>();
        AtomicBoolean stopAsked = new AtomicBoolean();
        SignalHandler passOn = signal -> {
            stopAsked.set(true);
            Process child = running.get();
            if (child != null) {
                child.destroy();
            }
        };
        List<Runnable> restore = new ArrayList<>();
        handle("INT", signal -> { }, restore);
        handle("TERM", passOn, restore);
        handle("HUP", passOn, restore);
        try {
            Process child;
            try {
                child = builder.start();
            } catch (IOException | RuntimeException e) {
                boolean denied = String.valueOf(e.getMessage()).contains(PERMISSION_DENIED);
                throw new NotStarted(denied && exists(argv.get(0), directory));
            }
            running.set(child);
            if (stopAsked.get()) {
                child.destroy();
            }
            return waitFor(child);
        } finally {
            restore.forEach(Runnable::run);
        }
    }

    /**
     * Whether the command names a file at all. The search along PATH (this JVM's own PATH: that is the one
     * ProcessBuilder searches) also says "permission denied" when it only met a folder it may not enter, such
     * as another user's on an inherited PATH, and never found the command.
     */
    private static boolean exists(String command, Path directory) {
        if (command.contains("/")) {
            return Files.exists(directory.resolve(command));
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":", -1)) {
            if (Files.exists(directory.resolve(folder.isEmpty() ? "." : folder).resolve(command))) {
                return true;
            }
        }
        return false;
    }

    /** Process.exitValue is already 128 + n on Unix for a child ended by signal n. */
    private static int waitFor(Process child) {
        boolean interrupted = false;
        while (true) {
            try {
                int status = child.waitFor();
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return status;
            } catch (InterruptedException e) {
                interrupted = true;
                child.destroy();
            }
        }
    }

    /** Where the platform has no such signal, or the JVM keeps it (-Xrs), its default stays. */
    private static void handle(String name, SignalHandler handler, List<Runnable> restore) {
        try {
            Signal signal = new Signal(name);
            SignalHandler previous = Signal.handle(signal, handler);
            restore.add(() -> Signal.handle(signal, previous));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // Not on this platform, or not ours to handle.
        }
    }
}
