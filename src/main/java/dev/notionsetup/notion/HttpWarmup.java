package dev.notionsetup.notion;

import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

import java.security.Security;
import java.util.List;

/**
 * Does on background threads, at start-up, the one-time work of the first request through OkHttp: loading
 * and initialising OkHttp's and Kotlin's classes, the JDK's security providers (OkHttp's platform check lists
 * them even for plain http) and, for https, the JDK's trust store and TLS context. It runs while picocli
 * parses and the command sets up, instead of after them, on a core that would otherwise wait.
 *
 * <p>Two threads initialising the same classes from different ends can deadlock: a subclass waits for its
 * superclass while the superclass's initialiser, on the other thread, waits for the subclass. So the client
 * never touches OkHttp while the warm-up runs: {@link NotionClient} calls {@link #awaitDone()} before it
 * creates its {@link Transport}.
 */
public final class HttpWarmup {
    private static final Object LOCK = new Object();
    private static List<Thread> threads = List.of(); // guarded by LOCK; empty until start()

    private HttpWarmup() {
    }

    /**
     * Starts the warm-up once, on two daemon threads (never what keeps the JVM alive), so the two parts overlap
     * each other as well as the parse. With {@code tls} (the base URL will be https, as every real run's is)
     * the http thread also builds a TLS client: the JDK keeps the CA certificates and TLS context it loads,
     * ready for the real client.
     */
    public static void start(boolean tls) {
        synchronized (LOCK) {
            if (threads.isEmpty()) {
                threads = List.of(daemon("notion-setup warm-up: security providers", Security::getProviders),
                        daemon("notion-setup warm-up: http client", () -> buildClients(tls)));
            }
        }
    }

    private static void buildClients(boolean tls) {
        HttpUrl url = HttpUrl.get("http://127.0.0.1/");
        new OkHttpClient.Builder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build();
        new Request.Builder().url(url).build();
        if (tls) {
            // On this thread, after the classes above: OkHttp's classes are never initialised from two
            // warm-up threads at once either.
            new OkHttpClient.Builder().build();
        }
    }

    /** Returns once the warm-up (if one was started) has finished; keeps waiting through interrupts. */
    static void awaitDone() {
        List<Thread> running;
        synchronized (LOCK) {
            running = threads;
        }
        boolean interrupted = false;
        for (Thread thread : running) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A warm-up part never fails the run and never prints: the client repeats this work and reports any real
     * problem itself (an unreadable trust store, for one, which OkHttp throws as the JDK's checked
     * KeyStoreException without declaring it). Hence Throwable: an uncaught one would have the JVM print its
     * stack trace on the user's screen.
     */
    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                // Nothing is lost: see above.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
