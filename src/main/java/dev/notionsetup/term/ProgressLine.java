package dev.notionsetup.term;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Shows that a wait is still going on once it has lasted about a second, so a slow Notion never looks like
 * a hung tool. A terminal that can redraw gets one line counting the seconds, rewritten in place and
 * cleared when the wait ends (or before any other text is shown); a plain terminal ({@code TERM=dumb}) or
 * anything else gets one line per wait and no redraws, which would pile up there as garbage.
 *
 * <p>{@link #tick} is called a few times a second by whoever waits; it reads the clock, so tests drive it
 * with a fixed clock and no sleeping.
 */
public final class ProgressLine {
    /** Shorter waits pass unremarked: most answers arrive well within it. */
    static final Duration SHOWN_AFTER = Duration.ofSeconds(1);
    /** Erase from the cursor to the end of the line: what is left of a longer earlier count. */
    private static final String CLEAR_TO_END = "\u001b[K";

    private final PrintWriter writer;
    private final boolean redraws;
    private final Clock clock;
    private Instant started;
    private String what;
    private boolean shown;
    private long lastCount = -1;

    public ProgressLine(PrintWriter writer, boolean redraws, Clock clock) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.redraws = redraws;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A wait begins; {@code what} names it ("Waiting for Notion"). */
    public synchronized void start(String what) {
        this.what = what;
        this.started = clock.instant();
        this.shown = false;
        this.lastCount = -1;
    }

    /** Shows the wait once it has lasted {@link #SHOWN_AFTER}; on a redrawing terminal, the seconds so far. */
    public synchronized void tick() {
        if (started == null) {
            return;
        }
        Duration waited = Duration.between(started, clock.instant());
        if (waited.compareTo(SHOWN_AFTER) < 0) {
            return;
        }
        if (!redraws) {
            if (!shown) {
                writer.println(what + "\u2026");
                writer.flush();
                shown = true;
            }
            return;
        }
        long seconds = waited.getSeconds();
        if (seconds != lastCount) {
            writer.print("\r" + what + "\u2026 " + seconds + " s" + CLEAR_TO_END);
            writer.flush();
            shown = true;
            lastCount = seconds;
        }
    }

    /** Removes a redrawn line so the next text starts on a clean one; the next tick draws it again. */
    public synchronized void clear() {
        if (redraws && shown) {
            writer.print("\r" + CLEAR_TO_END);
            writer.flush();
            shown = false;
            lastCount = -1;
        }
    }

    /** The wait is over: the line goes, and ticks do nothing until the next {@link #start}. */
    public synchronized void stop() {
        clear();
        started = null;
    }
}
