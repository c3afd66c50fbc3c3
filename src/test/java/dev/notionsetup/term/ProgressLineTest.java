package dev.notionsetup.term;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The wait's progress, driven by a hand-moved clock: no thread, no sleeping. */
class ProgressLineTest {
    /** A clock that moves only when told. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final StringWriter screen = new StringWriter();
    private final HandClock clock = new HandClock();

    /** A wait that has just started, drawn on the screen above; {@code ansi}: the terminal can redraw a line. */
    private ProgressLine waitingForNotion(boolean ansi) {
        ProgressLine progress = new ProgressLine(new PrintWriter(screen), ansi, clock);
        progress.start("Waiting for Notion");
        return progress;
    }

    @Test
    void aQuickAnswerShowsNothing() {
        ProgressLine progress = waitingForNotion(true);
        clock.advance(Duration.ofMillis(900));
        progress.tick();
        progress.stop();

        assertEquals("", screen.toString());
    }

    @Test
    void onATerminalTheSecondsAreCountedOnOneLineThatIsClearedAfter() {
        ProgressLine progress = waitingForNotion(true);
        for (int i = 0; i < 12; i++) { // three seconds in quarter seconds
            clock.advance(Duration.ofMillis(250));
            progress.tick();
        }
        progress.stop();

        assertEquals("\rWaiting for Notion\u2026 1 s\u001b[K\rWaiting for Notion\u2026 2 s\u001b[K"
                + "\rWaiting for Notion\u2026 3 s\u001b[K\r\u001b[K", screen.toString());
        assertEquals(-1, screen.toString().indexOf('\n'), "a redrawn count never adds lines");
    }

    @Test
    void otherTextDuringTheWaitStartsOnACleanLineAndTheCountComesBack() {
        ProgressLine progress = waitingForNotion(true);
        clock.advance(Duration.ofSeconds(2));
        progress.tick();
        progress.clear();
        screen.write("Notion is busy; waiting 2 s\n");
        progress.tick();
        progress.stop();

        assertEquals("\rWaiting for Notion\u2026 2 s\u001b[K\r\u001b[KNotion is busy; waiting 2 s\n"
                + "\rWaiting for Notion\u2026 2 s\u001b[K\r\u001b[K", screen.toString());
    }

    @Test
    void aPlainTerminalGetsOneLineAndNoRedraws() {
        ProgressLine progress = waitingForNotion(false);
        for (int i = 0; i < 40; i++) {
            clock.advance(Duration.ofMillis(250));
            progress.tick();
        }
        progress.stop();

        assertEquals("Waiting for Notion\u2026" + System.lineSeparator(), screen.toString());
    }

    @Test
    void ticksAfterTheWaitDoNothing() {
        ProgressLine progress = waitingForNotion(true);
        progress.stop();
        clock.advance(Duration.ofSeconds(5));
        progress.tick();

        assertEquals("", screen.toString());
    }
}
