package dev.notionsetup.prompt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Whether a file descriptor of this process is a terminal, read from /proc (Linux). */
public final class TerminalDevice {
    private TerminalDevice() {
    }

    /** Whether {@code fd} is open on a terminal; empty where this system has no /proc to say. */
    public static Optional<Boolean> isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return Optional.of(isTerminal(target));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code target} ("/dev/pts/3", "pipe:[123]") is a pseudo-terminal, a tty or the console. */
    static boolean isTerminal(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
