package dev.notionsetup.prompt;

import java.io.PrintWriter;
import java.util.function.IntSupplier;

/**
 * Human text to a writer (stderr, or the terminal's writer), styled, word-wrapped to the terminal width
 * so long seed texts stay readable. {@code minimum} drops lower tones for --quiet.
 */
public final class WriterOutput implements Output {
    private final PrintWriter writer;
    private final Style style;
    private final IntSupplier width;
    private final boolean quiet;

    public WriterOutput(PrintWriter writer, Style style, IntSupplier width, boolean quiet) {
        this.writer = writer;
        this.style = style;
        this.width = width;
        this.quiet = quiet;
    }

    @Override
    public void show(Tone tone, String text) {
        if (quiet && tone != Tone.ERROR) {
            return;
        }
        if (tone == Tone.HEADING) {
            writer.println();
        }
        int columns = Math.min(width.getAsInt(), 100);
        for (String line : text.split("\n", -1)) {
            writer.println(style.render(tone, columns > 20 ? Wrap.wrap(line, columns - 2) : line));
        }
        writer.flush();
    }
}
