package dev.notionsetup.term;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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
    private final int width;
    private volatile Supplier<String> exitNotice = () -> null;
    private final Thread onExit = new Thread(this::sayWhyStopped, "notion-setup-exit-notice");

    private PlainConsole(java.io.Console console) {
        this.console = console;
        boolean ascii = AsciiFallback.needed(console.charset());
        this.writer = ascii ? AsciiFallback.writer(console.writer()) : console.writer();
        this.shown = ascii ? AsciiFallback::of : UnaryOperator.identity();
        this.width = columns();
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

    /** The columns when the terminal says (read once), else 0: no wrapping, the terminal wraps by itself. */
    @Override
    public int width() {
        return width;
    }

    /**
     * Asked of the terminal device with stty, as JLine does where it has no native access: the JDK's console
     * cannot tell. A few milliseconds, once; anything unexpected means "unknown".
     */
    private static int columns() {
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(new java.io.File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(stty.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            if (!stty.waitFor(2, java.util.concurrent.TimeUnit.SECONDS) || stty.exitValue() != 0) {
                stty.destroyForcibly();
                return 0;
            }
            String[] rowsAndColumns = out.strip().split(" ");
            return rowsAndColumns.length == 2 ? Integer.parseInt(rowsAndColumns[1]) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    @Override
    public boolean supportsColor() {
        return false;
    }

    @Override
    public String readLine(String prompt) {
        writer.flush();
        String line = console.readLine("%s", shown.apply(wrapped(prompt)));
        if (line == null) {
            throw new UserInterrupt("Input closed (Ctrl-D).");
        }
        return line;
    }

    @Override
    public String readSecret(String prompt) {
        writer.flush();
        char[] typed = console.readPassword("%s", shown.apply(wrapped(prompt)));
        if (typed == null) {
            throw new UserInterrupt("Input closed (Ctrl-D).");
        }
        try {
            return new String(typed);
        } finally {
            java.util.Arrays.fill(typed, '\0');
        }
    }

    /** A long question wrapped at words, as the text before it is: the terminal would cut it mid-word. */
    private String wrapped(String prompt) {
        return width > 20 ? Wrap.wrap(prompt, width - 2) : prompt;
    }

    @Override
    public void onUnexpectedExit(Supplier<String> notice) {
        this.exitNotice = notice;
    }

    /**
     * Ctrl-C on this terminal ends the JVM (exit 130) through its shutdown hooks: say what state things are in.
     * Not through the console's writer: the JDK's console holds that writer's lock for as long as it waits for
     * a line, so at a prompt this hook would wait for it forever, and the process with it. Straight to the
     * terminal instead, in the console's character set.
     */
    private void sayWhyStopped() {
        String notice = exitNotice.get();
        PrintStream terminal = new PrintStream(new FileOutputStream(FileDescriptor.out), false, console.charset());
        terminal.println();
        if (notice != null) {
            terminal.println(shown.apply(notice));
        }
        terminal.flush();
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
