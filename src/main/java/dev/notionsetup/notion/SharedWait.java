package dev.notionsetup.notion;

import java.time.Duration;

/**
 * The wait before retrying, shared by every call of one client. When Notion asks one request to wait
 * (a 429 with Retry-After, a 503), it says so about the client: the calls in flight then wait once,
 * together, rather than each sleeping in turn, and no call sends while the wait lasts. A call whose request
 * went out before a wait began was answered under the same limit, so that wait serves it too.
 */
final class SharedWait {
    private final Sleeper sleeper;
    private boolean waiting;
    private long waitsBegun;

    SharedWait(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /**
     * Returns once no wait is under way (a request sent now would only be asked to wait too), with the
     * ticket to give {@link #await} should its answer ask for one.
     */
    synchronized long clear() throws InterruptedException {
        while (waiting) {
            wait();
        }
        return waitsBegun;
    }

    /**
     * Waits {@code wait}, unless a wait began since {@code ticket} was taken (then joins it, if it still
     * lasts); true when this call did the waiting, after running {@code announce}.
     */
    boolean await(Duration wait, long ticket, Runnable announce) throws InterruptedException {
        synchronized (this) {
            if (waiting || waitsBegun != ticket) {
                clear();
                return false;
            }
            waiting = true;
            waitsBegun++;
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
}
