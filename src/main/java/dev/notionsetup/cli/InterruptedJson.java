package dev.notionsetup.cli;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.report.JsonReport;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;

/**
 * --json promises one object on stdout whatever happens, and a script reading it should not get an empty
 * string when the run is stopped by Ctrl-C or SIGTERM (the JVM then only runs its shutdown hooks). So, while
 * a --json run is under way, a hook stands ready to print the "interrupted" object, unless the run has
 * already printed its own.
 */
final class InterruptedJson implements AutoCloseable {
    private final PrintStream stdout;
    private final PrintStream watched;
    private final Thread hook = new Thread(this::printIfNothingWas, "notion-setup-json-on-interrupt");
    private volatile boolean written;

    InterruptedJson(PrintStream stdout) {
        this.stdout = stdout;
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

    private void printIfNothingWas() {
        if (!written) {
            new JsonReport(stdout).error("interrupted", new UserError("Interrupted before the run finished.",
                    "Run it again; the env file is written in one step, so it is either as it was or complete.",
                    ExitCode.INTERRUPTED)).print();
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
