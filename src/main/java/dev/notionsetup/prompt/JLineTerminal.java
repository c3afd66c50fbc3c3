package dev.notionsetup.prompt;

import dev.notionsetup.ExitCode;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;
import org.jline.utils.ShutdownHooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The real terminal, through JLine. Opened only by the wizard (so --help, --version and validate never pay
 * for it). History is disabled: a pasted secret must not linger in memory or on disk.
 */
public final class JLineTerminal implements Console {
    /** Held so JLine's logger keeps our level: its fallback messages must never reach the user's screen. */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    private final Terminal terminal;
    private final LineReader reader;
    /** The terminal's writer, through {@link AsciiFallback} when its character set cannot show our symbols. */
    private final PrintWriter writer;
    private final boolean ascii;
    /** True while the reader has the terminal in its line-editing modes (see {@link #restoreModesOnExit}). */
    private volatile boolean reading;
    private final ShutdownHooks.Task restoreModes = this::restoreModesOnExit;
    private volatile Supplier<String> exitNotice = () -> null;

    private JLineTerminal(Terminal terminal) {
        this.terminal = terminal;
        this.ascii = AsciiFallback.needed(terminal.encoding());
        this.writer = ascii ? AsciiFallback.writer(terminal.writer()) : terminal.writer();
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .variable(LineReader.DISABLE_HISTORY, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .build();
        // Runs after JLine's own task, which puts the tty's attributes (raw mode) back.
        ShutdownHooks.add(restoreModes);
    }

    public static JLineTerminal open() {
        JLINE_LOG.setLevel(Level.OFF);
        try {
            Terminal terminal = TerminalBuilder.builder()
                    .system(true)
                    .dumb(true)
                    .name("notion-setup")
                    .build();
            // Outside a prompt JLine leaves Ctrl-C at the operating system's default, which kills the JVM
            // without running shutdown tasks: no terminal clean-up, no word to the user. Exit through the JVM
            // instead (130, as documented). While a line is read, JLine's reader installs its own handler,
            // which becomes a UserInterrupt.
            terminal.handle(Terminal.Signal.INT, signal -> System.exit(ExitCode.INTERRUPTED.code()));
            return new JLineTerminal(terminal);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
    }

    @Override
    public PrintWriter writer() {
        return writer;
    }

    @Override
    public boolean redraws() {
        return !isDumb();
    }

    /**
     * Moves the cursor up over the echoed prompt and answer (as many rows as they took at this width),
     * clears from there down, and writes them again with the answer as {@code shown}.
     */
    @Override
    public boolean replaceEchoedLine(String prompt, String line, String shown) {
        if (isDumb()) {
            return false;
        }
        String[] lines = wrapped(prompt);
        String last = lines[lines.length - 1];
        int columns = width();
        int length = last.codePointCount(0, last.length()) + line.codePointCount(0, line.length());
        int rows = lines.length - 1 + (columns <= 0 ? 1 : Math.max(1, (length + columns - 1) / columns));
        writer.print("\u001b[" + rows + "A\r\u001b[J");
        for (int i = 0; i < lines.length - 1; i++) {
            writer.println(lines[i]);
        }
        writer.print(last + shown);
        writer.println();
        writer.flush();
        return true;
    }

    /**
     * The question wrapped at words, as the text before it is (the terminal would cut it mid-word): the lines
     * before the last are printed, the last is the line editor's prompt.
     */
    private String[] wrapped(String prompt) {
        String shown = ascii ? AsciiFallback.of(prompt) : prompt;
        int columns = width();
        return (columns > 20 ? Wrap.wrap(shown, columns - 2) : shown).split("\n", -1);
    }

    /** A terminal JLine cannot drive (no access to its modes, or TERM=dumb): see {@link Consoles}. */
    boolean isDumb() {
        return terminal.getType().startsWith(Terminal.TYPE_DUMB);
    }

    @Override
    public int width() {
        return terminal.getWidth();
    }

    @Override
    public boolean supportsColor() {
        return !Terminal.TYPE_DUMB.equals(terminal.getType());
    }

    @Override
    public String readLine(String prompt) {
        return read(prompt, null);
    }

    @Override
    public String readSecret(String prompt) {
        return read(prompt, '*');
    }

    private String read(String prompt, Character mask) {
        reading = true;
        try {
            String[] lines = wrapped(prompt);
            for (int i = 0; i < lines.length - 1; i++) {
                writer.println(lines[i]);
            }
            writer.flush();
            return reader.readLine(lines[lines.length - 1], mask);
        } catch (UserInterruptException e) {
            throw new UserInterrupt(UserInterrupt.STOPPED);
        } catch (EndOfFileException e) {
            throw new UserInterrupt("Input closed (Ctrl-D).");
        } finally {
            reading = false;
        }
    }

    @Override
    public void onUnexpectedExit(Supplier<String> notice) {
        this.exitNotice = notice;
    }

    /**
     * Runs only when the JVM ends while this terminal is open, i.e. a signal stopped the wizard (a normal
     * end closes the terminal first, which removes this task).
     * While reading a line, JLine switches the terminal emulator into application-keypad and bracketed-paste
     * modes and switches them off when the line ends. A SIGTERM at a prompt ends the JVM without that cleanup,
     * which would leave the user's shell with a keypad that sends odd codes and pastes wrapped in
     * ESC[200~ … ESC[201~. So on the way out, mid-read, switch them off. Then say what state things are in:
     * a Ctrl-C during a request would otherwise end the program without a word.
     */
    private void restoreModesOnExit() {
        if (reading) {
            terminal.puts(InfoCmp.Capability.keypad_local);
            terminal.writer().write(LineReaderImpl.BRACKETED_PASTE_OFF);
        }
        terminal.writer().write("\r\n");
        String notice = exitNotice.get();
        if (notice != null) {
            writer.write(notice + "\r\n");
            writer.flush();
        }
        terminal.writer().flush();
    }

    @Override
    public void close() {
        ShutdownHooks.remove(restoreModes);
        try {
            terminal.close();
        } catch (IOException e) {
            // Closing restores the terminal's modes; if that fails there is nothing better to do on the way out.
        }
    }
}
