package dev.notionsetup.notion;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The warm-up is invisible: the client works the same after it, and waiting for it keeps an interrupt. */
class HttpWarmupTest extends MockNotionTest {
    @Test
    void theClientVerifiesAfterTheWarmupAsWithout() throws Exception {
        HttpWarmup.start(true);
        HttpWarmup.start(false); // a second start is a no-op, not more threads
        server.enqueue(json(200, bot("My Script", "Acme")));

        ApiResult<BotIdentity> result = client().verify(TOKEN);

        assertTrue(result instanceof ApiResult.Ok, String.valueOf(result));
        assertEquals(1, server.getRequestCount());
        assertEquals(0, Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("notion-setup warm-up")).count(), "warm-up still running");
    }

    @Test
    void waitingForTheWarmupKeepsTheCallersInterrupt() {
        HttpWarmup.start(false);
        Thread.currentThread().interrupt();
        try {
            HttpWarmup.awaitDone();
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }
}
