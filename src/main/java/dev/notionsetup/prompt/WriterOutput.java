package dev.notionsetup.prompt;

import java.io.PrintWriter;
import java.util.function.IntSupplier;

/**
 * Human text to a writer (stderr, or the terminal's writer), styled, word-wrapped to the terminal width
 * so the guide's long step texts stay readable. {@code quiet} (--quiet) keeps only errors, each with the line
 * of what to do that follows it: an error without its fix is half the message.
 */
public final class WriterOutput implements Output {
    private final PrintWriter writer;
    private final Style style;
    private final IntSupplier width;
    private final boolean quiet;
    private boolean afterError;

    public WriterOutput(PrintWriter writer, Style style, IntSupplier width, boolean quiet) {
        this.writer = writer;
        this.style = style;
        this.width = width;
        this.quiet = quiet;
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
        for (String line : text.split("\n", -1)) {
            boolean wrap = columns > 20 && tone != Tone.COMMAND;
            writer.println(style.render(tone, wrap ? Wrap.wrap(line, columns - 2 - style.decorationWidth(tone)) : line));
        }
        writer.flush();
    }
}
