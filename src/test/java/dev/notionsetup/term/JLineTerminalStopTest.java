package dev.notionsetup.term;

import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOError;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A Ctrl-C as a question begins or ends also stops the stty that JLine runs for the terminal's size and modes,
 * which JLine reports as an I/O error: that is the stop, with its one notice, not "a bug in notion-setup".
 * (PlainTerminalIT and InterruptIT drive the real thing; the moment is too narrow to hit on purpose there.)
 */
class JLineTerminalStopTest {
    @Test
    void aSttyWaitInterruptedByTheSignalIsAStop() throws IOException {
        IOError interrupted = new IOError(new InterruptedIOException("Command interrupted"));
        try (JLineTerminal terminal = new JLineTerminal(new FailingSize(() -> interrupted))) {
            UserInterrupt stop = assertThrows(UserInterrupt.class, terminal::width);
            assertEquals(UserInterrupt.STOPPED, stop.getMessage());
        }
    }

    @Test
    void aFailedProcessStartWithTheSignalDeliveredIsAStopToo() throws IOException {
        IOError helperKilled = new IOError(new IOException("Cannot run program \"sh\": Failed to exec spawn helper"));
        // JLine's handler interrupts the reading thread when the same Ctrl-C reaches Java.
        try (JLineTerminal terminal = new JLineTerminal(new FailingSize(() -> {
            Thread.currentThread().interrupt();
            return helperKilled;
        }))) {
            UserInterrupt stop = assertThrows(UserInterrupt.class, terminal::width);
            assertEquals(UserInterrupt.STOPPED, stop.getMessage());
        }
        assertFalse(Thread.interrupted(), "the interrupt is spent on the stop");
    }

    @Test
    void anyOtherIoErrorIsReportedAsItIsAfterTheWaitForASignal() throws IOException {
        IOError broken = new IOError(new IOException("Error executing 'stty -a': stty: standard input: I/O error"));
        try (JLineTerminal terminal = new JLineTerminal(new FailingSize(() -> broken))) {
            assertSame(broken, assertThrows(IOError.class, terminal::width));
        }
    }

    /** A terminal whose size cannot be read, as when the stty that JLine runs for it fails. */
    private static final class FailingSize extends DumbTerminal {
        private final Supplier<IOError> failure;

        FailingSize(Supplier<IOError> failure) throws IOException {
            super(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream());
            this.failure = failure;
        }

        @Override
        public Size getSize() {
            throw failure.get();
        }
    }
}
