package dev.notionsetup.term;

import dev.notionsetup.ExitCode;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;
import org.jline.utils.ShutdownHooks;

import java.io.IOError;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
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

    /** How long a signal takes at most to reach its Java handler after it killed a child process (generous). */
    private static final Duration SIGNAL_ARRIVES_WITHIN = Duration.ofMillis(500);
    /** The terminal emulator's control sequence that ends bracketed paste, which the line reader turns on. */
    private static final String BRACKETED_PASTE_OFF = "\u001b[?2004l";

    private final Terminal terminal;
    /**
     * The line editor, built on a thread of its own: it takes as long as the rest of the first screen, and is
     * needed only at the first question (docs/performance.md).
     */
    private final Prepared<LineReader> reader;
    /** The terminal's writer, through {@link AsciiFallback} when its character set cannot show our symbols. */
    private final PrintWriter writer;
    private final boolean ascii;
    /** True while the reader has the terminal in its line-editing modes (see {@link #restoreModesOnExit}). */
    private volatile boolean reading;
    private final ShutdownHooks.Task restoreModes = this::restoreModesOnExit;
    private volatile Supplier<String> exitNotice = () -> null;
    /** Set by our Ctrl-C handler as it ends the JVM: from then on the shutdown task speaks for this run. */
    private volatile boolean exiting;
    /**
     * The terminal's width, read once and again only after a resize: JLine's exec provider runs {@code stty}
     * as a process for every read, and every line of text is wrapped to it. -1 until read. A resize outside a
     * question clears it (our WINCH handler); during a question the line reader takes that signal, so the
     * end of every question clears it too.
     */
    private volatile int width = -1;

    /** Over {@code terminal}, opened by {@link #open()} (or a test). */
    JLineTerminal(Terminal terminal) {
        this.terminal = terminal;
        this.ascii = AsciiFallback.needed(terminal.encoding());
        this.writer = ascii ? AsciiFallback.writer(terminal.writer()) : terminal.writer();
        this.reader = Prepared.start("notion-setup: line reader", () -> LineReaderBuilder.builder()
                .terminal(terminal)
                .variable(LineReader.DISABLE_HISTORY, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .build());
        // Outside a prompt JLine leaves Ctrl-C at the operating system's default, which kills the JVM
        // without running shutdown tasks: no terminal clean-up, no word to the user. Exit through the JVM
        // instead (130, as documented); the shutdown task says what state things are in. While a line is read,
        // JLine's reader installs its own handler, which becomes a UserInterrupt.
        terminal.handle(Terminal.Signal.INT, signal -> {
            exiting = true;
            System.exit(ExitCode.INTERRUPTED.code());
        });
        terminal.handle(Terminal.Signal.WINCH, signal -> width = -1);
        // Runs after JLine's own task, which puts the tty's attributes (raw mode) back.
        ShutdownHooks.add(restoreModes);
    }

    /**
     * The terminal through JLine's builder and its exec provider (which runs {@code stty}), falling back to a
     * dumb one. JLine's JNI and FFM providers are left out on purpose: in JLine 3 they set the line speed to 0
     * (B0) at every mode change, which hangs up a serial line (jline/jline3#2170, fixed in JLine 4).
     */
    public static JLineTerminal open() {
        JLINE_LOG.setLevel(Level.OFF); // before JLine can log anything
        useBundledDescription(System.getenv("TERM"));
        try {
            Terminal terminal = TerminalBuilder.builder()
                    .system(true)
                    .dumb(true)
                    .name("notion-setup")
                    .jni(false)
                    .ffm(false)
                    .build();
            return new JLineTerminal(terminal);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
    }

    /**
     * For the terminal types JLine carries a description of (xterm, xterm-256color, screen, rxvt, ansi and a few
     * more), that description, rather than the system's read by running {@code infocmp}: the line reader uses
     * only the basics (cursor moves, clearing, keypad), which the two have alike.
     */
    private static void useBundledDescription(String type) {
        if (type == null || type.isEmpty() || InfoCmp.getLoadedInfoCmp(type) != null) {
            return;
        }
        String bundled = InfoCmp.getDefaultInfoCmp(type);
        if (bundled != null) {
            InfoCmp.setLoadedInfoCmp(type, bundled);
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
        int columns = width;
        if (columns < 0) {
            try {
                columns = terminal.getWidth();
            } catch (IOError e) {
                throw stopOr(e); // stty, like the line reader's (see there)
            }
            width = columns;
        }
        return columns;
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
            return reader.get().readLine(lines[lines.length - 1], mask);
        } catch (UserInterruptException e) {
            throw new UserInterrupt(UserInterrupt.STOPPED);
        } catch (EndOfFileException e) {
            throw new UserInterrupt("Input closed (Ctrl-D).");
        } catch (IOError e) {
            throw stopOr(e);
        } finally {
            reading = false;
            width = -1; // a resize during the question went to the line reader, not to our handler
        }
    }

    /**
     * An I/O error from the terminal: most likely a Ctrl-C as a question began or ended. JLine runs {@code stty}
     * for the terminal's modes and size while Ctrl-C still raises a signal, and the signal reaches the whole
     * foreground process group: the JDK's helper that starts {@code stty} dies of it, and JLine reports that as
     * an I/O error rather than as the stop it is. Our thread learns of the signal itself a moment later
     * (Java runs signal handlers on a thread of their own): JLine's handler interrupts this thread, ours ends
     * the JVM. So wait that moment. A stop becomes the UserInterrupt that a Ctrl-C at the prompt gives; when
     * our handler is ending the JVM, this thread says nothing (the shutdown task prints the one notice) and
     * waits for the end. Any other I/O error is what it is. (JLine's handler may also have interrupted a wait
     * for {@code stty}, which JLine reports as an I/O error too.)
     */
    private Error stopOr(IOError error) {
        boolean stopped = Thread.interrupted() || interruptedIn(error);
        if (!stopped) {
            try {
                Thread.sleep(SIGNAL_ARRIVES_WITHIN.toMillis());
            } catch (InterruptedException e) {
                stopped = true;
            }
        }
        if (exiting) {
            awaitExit();
        }
        if (stopped) {
            throw new UserInterrupt(UserInterrupt.STOPPED);
        }
        return error;
    }

    /** Whether {@code error} came of this thread being interrupted (the interrupt itself is then spent). */
    private static boolean interruptedIn(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException || cause instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    /** Blocks for good: another thread is running System.exit, which ends the JVM once the shutdown tasks ran. */
    private static void awaitExit() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // keep waiting: the JVM is ending
            }
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
            terminal.writer().write(BRACKETED_PASTE_OFF);
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
        if (!exiting) {
            // Unless our Ctrl-C handler is ending the JVM: this thread may be closing because of that very
            // signal (the line reader failed under it), and the shutdown task must still print the notice.
            ShutdownHooks.remove(restoreModes);
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // Closing restores the terminal's modes; if that fails there is nothing better to do on the way out.
        }
    }
}
