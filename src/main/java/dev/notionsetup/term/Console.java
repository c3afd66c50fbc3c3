package dev.notionsetup.term;

import java.io.PrintWriter;
import java.util.function.Supplier;

/** An interactive terminal session: reads lines, writes text, knows its width. JLine for people, scripts in tests. */
public interface Console extends LineSource, AutoCloseable {
    PrintWriter writer();

    /** Columns, or 0 when unknown (no wrapping then). */
    int width();

    boolean supportsColor();

    /** Whether a line may be rewritten in place (a progress count): not on plain terminals or in scripts. */
    default boolean redraws() {
        return false;
    }

    /**
     * What to print if the process is ended by a signal (Ctrl-C outside a prompt, SIGTERM) while this console
     * is still open; asked at that moment, so it can say whether anything was already saved.
     */
    void onUnexpectedExit(Supplier<String> notice);

    @Override
    void close();
}
