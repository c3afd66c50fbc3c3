package dev.notionsetup.prompt;

import java.io.PrintWriter;

/** An interactive terminal session: reads lines, writes text, knows its width. JLine for people, scripts in tests. */
public interface Console extends LineSource, AutoCloseable {
    PrintWriter writer();

    /** Columns, or 0 when unknown (no wrapping then). */
    int width();

    boolean supportsColor();

    @Override
    void close();
}
