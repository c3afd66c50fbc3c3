package dev.notionsetup.term;

import dev.notionsetup.notion.TerminalText;
import dev.notionsetup.token.Secrets;

import java.io.PrintWriter;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;

/**
 * Human text to a writer (stderr, or the terminal's writer), styled, word-wrapped to the terminal width
 * so the guide's long step texts stay readable. {@code quiet} (--quiet) keeps only errors, each with the line of what to
 * do that follows it: an error without its fix is half the message.
 *
 * <p>Every line is made safe here, whatever its source (our messages, file names, option values, server
 * text): {@link TerminalText#forDisplay} removes what could fake output, then {@code redaction} masks the
 * run's secrets. Only then is our own styling (colour, symbols) added, so it is the one escape sequence
 * that reaches the terminal.
 */
public final class WriterOutput implements Output {
    private final PrintWriter writer;
    private final Style style;
    private final IntSupplier width;
    private final boolean quiet;
    private boolean afterError;
    private final UnaryOperator<String> redaction;

    public WriterOutput(PrintWriter writer, Style style, IntSupplier width, boolean quiet) {
        this(writer, style, width, quiet, Secrets::redact);
    }

    /** {@code redaction} masks the secrets the run knows of (see {@code Redaction}). */
    public WriterOutput(PrintWriter writer, Style style, IntSupplier width, boolean quiet,
                        UnaryOperator<String> redaction) {
        this.writer = writer;
        this.style = style;
        this.width = width;
        this.quiet = quiet;
        this.redaction = redaction;
    }

    @Override
    public void show(Tone tone, String text) {
        boolean fixOfTheError = afterError && tone == Tone.HINT;
        afterError = tone == Tone.ERROR;
        if (quiet && tone != Tone.ERROR && !fixOfTheError) {
            return;
        }
        if (tone == Tone.HEADING) {
            writer.println();
        }
        int columns = Math.min(width.getAsInt(), 100);
        for (String raw : text.split("\n", -1)) {
            String line = redaction.apply(TerminalText.forDisplay(raw));
            boolean wrap = columns > 20 && tone != Tone.COMMAND;
            writer.println(style.render(tone, wrap ? Wrap.wrap(line, columns - 2 - style.decorationWidth(tone)) : line));
        }
        writer.flush();
    }
}
