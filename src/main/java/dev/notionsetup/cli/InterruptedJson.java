package dev.notionsetup.cli;

import dev.notionsetup.envfile.UnfinishedWrites;
import dev.notionsetup.report.JsonReport;
import dev.notionsetup.setup.StopNotice;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * --json promises one object on stdout whatever happens, and a script reading it should not get an empty
 * string when the run is stopped by Ctrl-C or SIGTERM (the JVM then only runs its shutdown hooks). So, while
 * a --json run is under way, a hook stands ready to print the "interrupted" object, unless the run has
 * already printed its own. The object says what the stop left on disk: a signal just after the write finds
 * the token saved, and a script must not be told otherwise.
 */
final class InterruptedJson implements AutoCloseable {
    private final PrintStream stdout;
    private final PrintStream watched;
    private final Thread hook = new Thread(this::printIfNothingWas, "notion-setup-json-on-interrupt");
    private final Supplier<UnfinishedWrites.Stop> stop;
    private volatile boolean written;

    /** {@code stop} stops the run's writes and says what they left (idempotent: the other hooks ask too). */
    InterruptedJson(PrintStream stdout, Supplier<UnfinishedWrites.Stop> stop) {
        this.stdout = stdout;
        this.stop = stop;
        this.watched = new PrintStream(new FilterOutputStream(stdout) {
            @Override
            public void write(int b) throws IOException {
                written = true;
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written = true;
                out.write(b, off, len);
            }
        }, true);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** stdout for the run's JsonReport: what goes through it counts as the run's object. */
    PrintStream stdout() {
        return watched;
    }

    /** The hook's work: the "interrupted" object, unless the run printed its own. */
    void printIfNothingWas() {
        if (!written) {
            new JsonReport(stdout).error("interrupted", StopNotice.forJson(stop.get())).print();
        }
    }

    /** The run ended by itself: whatever it printed (or not) stands. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook decides.
        }
    }
}
