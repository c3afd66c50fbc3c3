package dev.notionsetup.term;

import java.util.Map;

/** Picks the console the terminal can take: JLine's line editor, or plain lines on a minimal terminal. */
public final class Consoles {
    private Consoles() {
    }

    public static Console open(Map<String, String> env) {
        if (PlainConsole.suits(env)) {
            PlainConsole plain = PlainConsole.open();
            if (plain != null) {
                return plain;
            }
        }
        JLineTerminal terminal = JLineTerminal.open();
        if (terminal.isDumb()) {
            // JLine could not reach the terminal's modes (it fell back to a dumb one): it could not hide a secret.
            PlainConsole plain = PlainConsole.open();
            if (plain != null) {
                terminal.close();
                return plain;
            }
        }
        return terminal;
    }
}
