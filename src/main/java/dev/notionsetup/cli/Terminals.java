package dev.notionsetup.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether stdin and stdout are both a terminal, without opening one (that is JLine's job, and slower). */
final class Terminals {
    private Terminals() {
    }

    static boolean stdinAndStdoutAreTerminals() {
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
}
