package dev.notionsetup.prompt;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The terminal for minimal terminals ({@code TERM=dumb}, unset or {@code unknown}: Emacs shell buffers, some
 * IDE consoles, serial lines): plain line-by-line prompts through the JDK's console. The terminal's own line
 * discipline echoes what is typed and handles backspace; a secret is read with echo off and nothing is
 * redrawn. (JLine's line reader on such a terminal has no real terminal underneath, so it can neither hide
 * input nor keep from repainting the prompt hundreds of times a second.)
 */
public final class PlainConsole implements Console {
    private final java.io.Console console;
    private final PrintWriter writer;
    private final UnaryOperator<String> shown;
    private volatile Supplier<String> exitNotice = () -> null;
    private final Thread onExit = new Thread(this::sayWhyStopped, "notion-setup-exit-notice");

    private PlainConsole(java.io.Console console) {
        this.console = console;
        boolean ascii = AsciiFallback.needed(console.charset());
        this.writer = ascii ? AsciiFallback.writer(console.writer()) : console.writer();
        this.shown = ascii ? AsciiFallback::of : UnaryOperator.identity();
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    /** Whether {@code TERM} names a terminal without cursor movement, where a line editor cannot work. */
    public static boolean suits(Map<String, String> env) {
        String term = env.get("TERM");
        return term == null || term.isBlank() || term.equals("dumb") || term.startsWith("dumb-")
                || term.equals("unknown");
    }

    /** The JDK's console; null when there is none (stdin or stdout redirected). */
    public static PlainConsole open() {
        java.io.Console console = System.console();
        return console == null ? null : new PlainConsole(console);
    }

    @Override
    public PrintWriter writer() {
        return writer;
    }

    /** Unknown: such terminals (and the people using them) wrap long lines themselves. */
    @Override
    public int width() {
        return 0;
    }

    @Override
    public boolean supportsColor() {
        return false;
    }

    @Override
    public String readLine(String prompt) {
        writer.flush();
        String line = console.readLine("%s", shown.apply(prompt));
        if (line == null) {
            throw new UserInterrupt("Input closed (Ctrl-D).");
        }
        return line;
    }

    @Override
    public String readSecret(String prompt) {
        writer.flush();
        char[] typed = console.readPassword("%s", shown.apply(prompt));
        if (typed == null) {
            throw new UserInterrupt("Input closed (Ctrl-D).");
        }
        try {
            return new String(typed);
        } finally {
            java.util.Arrays.fill(typed, '\0');
        }
    }

    @Override
    public void onUnexpectedExit(Supplier<String> notice) {
        this.exitNotice = notice;
    }

    /** Ctrl-C on this terminal ends the JVM (exit 130) through its shutdown hooks: say what state things are in. */
    private void sayWhyStopped() {
        writer.println();
        String notice = exitNotice.get();
        if (notice != null) {
            writer.println(notice);
        }
        writer.flush();
    }

    @Override
    public void close() {
        writer.flush();
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs, which is what should happen then.
        }
    }
}
