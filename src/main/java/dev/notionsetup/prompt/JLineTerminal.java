package dev.notionsetup.prompt;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
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

    private JLineTerminal(Terminal terminal) {
        this.terminal = terminal;
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .variable(LineReader.DISABLE_HISTORY, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .build();
    }

    public static JLineTerminal open() {
        JLINE_LOG.setLevel(Level.OFF);
        try {
            Terminal terminal = TerminalBuilder.builder()
                    .system(true)
                    .dumb(true)
                    .name("notion-setup")
                    .build();
            return new JLineTerminal(terminal);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
    }

    @Override
    public PrintWriter writer() {
        return terminal.writer();
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
        try {
            return reader.readLine(prompt, mask);
        } catch (UserInterruptException e) {
            throw new UserInterrupt("Interrupted (Ctrl-C).");
        } catch (EndOfFileException e) {
            throw new UserInterrupt("Input closed (Ctrl-D).");
        }
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException e) {
            // Closing restores the terminal's modes; if that fails there is nothing better to do on the way out.
        }
    }
}
