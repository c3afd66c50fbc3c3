package dev.notionsetup.prompt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a file descriptor of this process is open on, read from /proc (Linux): no process to run, no native
 * call, and none of System.console()'s set-up.
 */
public final class TerminalDevice {
    private TerminalDevice() {
    }

    /**
     * Where {@code fd} points ("/dev/pts/3", "pipe:[123]"); null where this system has no /proc to say. (Not an
     * Optional: every run asks, and its lambdas would be linked at start-up.)
     */
    public static String of(int fd) {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    /** Whether {@code target} (from {@link #of}) is a terminal: a pseudo-terminal, a tty or the console. */
    public static boolean isTerminal(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
