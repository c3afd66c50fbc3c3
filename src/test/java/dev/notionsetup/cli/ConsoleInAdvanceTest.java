package dev.notionsetup.cli;

import dev.notionsetup.testing.ScriptedConsole;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wizard's console opened ahead: handed over once open, closed when the run did not use it. */
class ConsoleInAdvanceTest {
    @Test
    void theWizardGetsTheConsoleThatWasOpenedAndOnlyItClosesIt() {
        ScriptedConsole opened = new ScriptedConsole();
        AtomicInteger opens = new AtomicInteger();
        ConsoleInAdvance console = ConsoleInAdvance.start(() -> {
            opens.incrementAndGet();
            return opened;
        });

        assertSame(opened, console.get());
        console.closeIfUnused();

        assertEquals(1, opens.get());
        assertFalse(opened.closed(), "closing a console in use is the wizard's job");
    }

    @Test
    void aRunThatNeverAskedForItWaitsForTheOpeningAndClosesIt() throws InterruptedException {
        ScriptedConsole opened = new ScriptedConsole();
        CountDownLatch release = new CountDownLatch(1);
        ConsoleInAdvance console = ConsoleInAdvance.start(() -> {
            try {
                release.await(); // still opening when the run ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return opened;
        });
        Thread ender = new Thread(console::closeIfUnused);
        ender.start();
        release.countDown();
        ender.join();

        assertTrue(opened.closed(), "an unused terminal must give back what it took");
    }

    @Test
    void whatOpeningThrewIsThrownToTheWizardAndAnUnusedFailureIsQuiet() {
        UncheckedIOException failure = new UncheckedIOException("cannot open the terminal", new IOException("no tty"));
        ConsoleInAdvance used = ConsoleInAdvance.start(() -> {
            throw failure;
        });
        assertSame(failure, assertThrows(UncheckedIOException.class, used::get));

        // Nothing opened, nothing to close, and nothing said: the run that did not need a terminal is not told
        // that one could not be opened, neither here nor by the thread that tried (it has ended once
        // closeIfUnused returns).
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(new PrintStream(said, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            ConsoleInAdvance unused = ConsoleInAdvance.start(() -> {
                throw failure;
            });
            unused.closeIfUnused();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", said.toString(StandardCharsets.UTF_8));
    }
}
