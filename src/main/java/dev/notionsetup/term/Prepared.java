package dev.notionsetup.term;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A value made on a daemon thread of its own, for a caller that needs it a little later: the terminal and its
 * line editor, which take longer to set up than anything else before the wizard's first screen
 * (docs/performance.md).
 */
public final class Prepared<T> {
    private final FutureTask<T> making;

    private Prepared(Callable<T> make) {
        this.making = new FutureTask<>(make);
    }

    /** Starts making the value with {@code make} on a daemon thread named {@code thread}. */
    public static <T> Prepared<T> start(String thread, Callable<T> make) {
        Prepared<T> prepared = new Prepared<>(make);
        Thread maker = new Thread(prepared.making, thread);
        maker.setDaemon(true);
        maker.start();
        return prepared;
    }

    /**
     * The value, once made; what making it threw (unchecked), thrown here as if it had been made on this
     * thread. Waits through interrupts, and keeps the interrupt for the caller.
     */
    public T get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return making.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
