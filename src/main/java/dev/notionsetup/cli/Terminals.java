package dev.notionsetup.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether stdin and stdout are terminals, without opening one (that is JLine's job, and slower): read once per
 * run from /proc on Linux; a field is null where this system cannot say.
 */
record Terminals(Boolean stdin, Boolean stdout) {
    static Terminals read() {
        return new Terminals(isTerminal(0), isTerminal(1));
    }

    boolean bothAreTerminals() {
        if (stdin != null && stdout != null) {
            return stdin && stdout;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // On JDK 22+ System.console() exists even when redirected; isTerminal() then tells the truth.
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 17-21: a non-null console already means both ends are a terminal
        }
    }

    /**
     * When they are not both terminals, which one is not, for the message that says why nothing is asked.
     * Without /proc the JDK cannot tell the two apart without a native call.
     */
    String whichIsNot() {
        if (Boolean.FALSE.equals(stdin)) {
            return "standard input";
        }
        if (Boolean.FALSE.equals(stdout)) {
            return "standard output";
        }
        return stdin == null || stdout == null ? "standard input or output" : "standard input";
    }

    /**
     * Whether stdin alone is a terminal, whatever stdout is (`notion-setup --token-stdin --json > out` typed
     * at a prompt): what is typed there is echoed. Where this system cannot say, whether both ends are.
     */
    boolean stdinIsTerminal(boolean bothAre) {
        return stdin != null ? stdin : bothAre;
    }

    /**
     * Whether file descriptor {@code fd} is a terminal device (a pseudo-terminal, a tty or the console), as /proc
     * tells on Linux; null when this system cannot say.
     */
    private static Boolean isTerminal(int fd) {
        String target;
        try {
            target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
