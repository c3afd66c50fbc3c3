package dev.notionsetup.notion;

import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

import java.security.Security;
import java.util.List;

/**
 * Does on a background thread, at start-up, the one-time work of the first request through OkHttp: loading
 * and initialising OkHttp's and Kotlin's classes, and the JDK's security providers (OkHttp's platform check
 * lists them even for plain http). On a loopback `validate` that is ~40 ms which now runs while picocli
 * builds the command line, instead of after it (docs/performance.md).
 *
 * <p>Two threads initialising the same classes from different ends can deadlock: a subclass waits for its
 * superclass while the superclass's initialiser, on the other thread, waits for the subclass. So the client
 * never touches OkHttp while the warm-up runs: {@link NotionClient} calls {@link #awaitDone()} before it
 * creates its {@link Transport}.
 */
public final class HttpWarmup {
    private static final Object LOCK = new Object();
    private static Thread thread; // guarded by LOCK; null until start()

    private HttpWarmup() {
    }

    /** Starts the warm-up once. A daemon thread: it never keeps the JVM alive. */
    public static void start() {
        synchronized (LOCK) {
            if (thread == null) {
                thread = new Thread(HttpWarmup::warm, "notion-setup http warm-up");
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    /** Returns once the warm-up (if one was started) has finished; keeps waiting through interrupts. */
    static void awaitDone() {
        Thread running;
        synchronized (LOCK) {
            running = thread;
        }
        if (running == null) {
            return;
        }
        boolean interrupted = false;
        while (running.isAlive()) {
            try {
                running.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void warm() {
        try {
            Security.getProviders();
            HttpUrl url = HttpUrl.get("http://127.0.0.1/");
            new OkHttpClient.Builder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build();
            new Request.Builder().url(url).build();
        } catch (RuntimeException | LinkageError e) {
            // Nothing is lost: the first request does the same work itself and reports any real problem.
        }
    }
}
