package dev.notionsetup.cli;

import dev.notionsetup.prompt.Console;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a run that crashes shows: two lines and exit 70, the --json error object of kind "internal", and
 * never the token, whether the crash is a bug's exception (whose message may quote anything) or an Error such
 * as OutOfMemoryError, which picocli alone would let escape as a raw trace with exit 1 ("rejected").
 */
class FailureHandlerTest {
    @TempDir
    Path dir;

    private record Run(int exitCode, String stdout, String stderr) {
    }

    /** The wizard's console is where the crash happens: the first thing an interactive run opens. */
    private Run crashingWith(Supplier<Console> console, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Dependencies deps = new Dependencies(Map.of("TERM", "xterm"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                dir, true, console, env -> null, d -> { }, null, true, Clock.systemDefaultZone());
        int code = CommandLineFactory.create(deps).execute(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anOutOfMemoryErrorIsExit70WithTheJsonErrorObject() {
        Run run = crashingWith(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, "--json");

        assertEquals(CommandLineFactory.INTERNAL_ERROR, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("notion-setup ran out of memory."), run.stderr());
        assertFalse(run.stderr().contains("\tat "), "no trace without --verbose: " + run.stderr());
        assertTrue(run.stdout().startsWith("{\"ok\":false,\"error\":{\"kind\":\"internal\""), run.stdout());
    }

    @Test
    void aCrashWhoseMessageHoldsTheTokenDoesNotPrintIt() {
        String token = "ntn_Crash5Fake9Kq7vXw2mPz9rTb4nYs8dLc3hJg6fNa1wxyz";
        String bare = token.substring("ntn_".length());
        Run run = crashingWith(() -> {
            throw new IllegalStateException("boom with " + token + " and " + bare + "\u001b[2K");
        }, "--json", "--verbose");

        assertEquals(CommandLineFactory.INTERNAL_ERROR, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("\tat dev.notionsetup"), "--verbose prints the trace: " + run.stderr());
        for (String shown : new String[] {run.stdout(), run.stderr()}) {
            assertFalse(shown.contains(bare.substring(0, 12)) || shown.contains(bare.substring(30, 42)), shown);
            assertFalse(shown.contains("\u001b[2K"), shown);
        }
        assertTrue(run.stdout().contains("\"kind\":\"internal\""), run.stdout());
    }
}
