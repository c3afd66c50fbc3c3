package dev.notionsetup.term;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A value made on another thread: handed over as made, or its failure thrown as if made here. */
class PreparedTest {
    @Test
    void theValueIsMadeOnADaemonThreadOfItsOwn() {
        Prepared<Thread> maker = Prepared.start("test: maker", Thread::currentThread);

        Thread made = maker.get();

        assertEquals("test: maker", made.getName());
        assertTrue(made.isDaemon(), "it must never keep the JVM alive");
        assertSame(made, maker.get(), "made once");
    }

    @Test
    void uncheckedFailuresAndErrorsAreThrownAsTheyWereAndCheckedOnesWrapped() {
        IllegalStateException unchecked = new IllegalStateException("no terminal");
        assertSame(unchecked, assertThrows(IllegalStateException.class,
                () -> Prepared.start("t", () -> { throw unchecked; }).get()));
        StackOverflowError error = new StackOverflowError();
        assertSame(error, assertThrows(StackOverflowError.class,
                () -> Prepared.start("t", () -> { throw error; }).get()));
        IOException checked = new IOException("closed");
        assertSame(checked, assertThrows(IllegalStateException.class,
                () -> Prepared.start("t", () -> { throw checked; }).get()).getCause());
    }

    @Test
    void anInterruptWhileWaitingIsKeptForTheCallerAndTheValueStillArrives() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Prepared<String> slow = Prepared.start("t", () -> {
            release.await();
            return "ready";
        });
        String[] got = new String[1];
        boolean[] stillInterrupted = new boolean[1];
        Thread waiter = new Thread(() -> {
            Thread.currentThread().interrupt(); // as a signal handler might, while the wizard waits
            got[0] = slow.get();
            stillInterrupted[0] = Thread.currentThread().isInterrupted();
        });
        waiter.start();
        release.countDown();
        waiter.join();

        assertEquals("ready", got[0]);
        assertTrue(stillInterrupted[0], "the interrupt belongs to the caller");
    }
}
