package dev.notionsetup.notion;

import java.time.Duration;

/**
 * The wait before retrying, shared by every call of one client. When Notion asks one request to wait
 * (a 429 with Retry-After, a 503), it asks the client: the calls in flight then wait once, together, rather
 * than each sleeping in turn, and no call sends while the wait lasts.
 */
final class SharedWait {
    private final Sleeper sleeper;
    private boolean waiting;

    SharedWait(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /**
     * Waits {@code wait}, or joins the wait already under way; true when this call did the waiting (and ran
     * {@code announce} first), false when it only joined another's.
     */
    boolean await(Duration wait, Runnable announce) throws InterruptedException {
        synchronized (this) {
            if (waiting) {
                holdWhileWaiting();
                return false;
            }
            waiting = true;
        }
        try {
            announce.run();
            sleeper.sleep(wait);
            return true;
        } finally {
            synchronized (this) {
                waiting = false;
                notifyAll();
            }
        }
    }

    /** Returns once no wait is under way: a request sent now would only be asked to wait too. */
    synchronized void holdWhileWaiting() throws InterruptedException {
        while (waiting) {
            wait();
        }
    }
}
