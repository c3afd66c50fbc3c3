package dev.notionsetup.cli;

import dev.notionsetup.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;


import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

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

    /** Standard input is where the crash happens: --token-stdin reads it first thing. */
    private Run crashingWith(Supplier<Throwable> crash, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream stdin = new InputStream() {
            @Override
            public int read() {
                throw sneaky(crash.get());
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw sneaky(crash.get());
            }
        };
        Dependencies deps = Dependencies.builder(Map.of("TERM", "xterm")).streams(stdin,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .workingDir(dir).console(() -> null).browsers(env -> null).sleeper(d -> { })
                .clock(Clock.systemDefaultZone()).build();
        String[] all = new String[args.length + 1];
        all[0] = "--token-stdin";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = CommandLineFactory.create(deps).execute(all);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }

    /** Out of memory, or any other Error: e.g. the jar replaced under a running wizard (a LinkageError). */
    static Stream<Arguments> anErrorIsExit70WithTheJsonErrorObjectNotARawTraceWithExit1() {
        Supplier<Throwable> outOfMemory = () -> new OutOfMemoryError("Java heap space");
        Supplier<Throwable> classMissing = () -> new NoClassDefFoundError("dev/notionsetup/report/NextSteps");
        return Stream.of(
                Arguments.of("OutOfMemoryError", outOfMemory, "notion-setup ran out of memory."),
                Arguments.of("NoClassDefFoundError", classMissing, "Unexpected error (NoClassDefFoundError)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void anErrorIsExit70WithTheJsonErrorObjectNotARawTraceWithExit1(String error, Supplier<Throwable> crash,
            String said) {
        Run run = crashingWith(crash, "--json");

        assertEquals(ExitCode.INTERNAL_ERROR.code(), run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains(said), run.stderr());
        assertFalse(run.stderr().contains("\tat "), "no trace without --verbose: " + run.stderr());
        assertTrue(run.stdout().startsWith("{\"ok\":false,\"error\":{\"kind\":\"internal\""), run.stdout());
    }

    @Test
    void aCrashWhoseMessageHoldsTheTokenDoesNotPrintIt() {
        String token = "ntn_Crash5Fake9Kq7vXw2mPz9rTb4nYs8dLc3hJg6fNa1wxyz";
        String bare = token.substring("ntn_".length());
        Run run = crashingWith(() -> new IllegalStateException("boom with " + token + " and " + bare + "\u001b[2K"),
                "--json", "--verbose");

        assertEquals(ExitCode.INTERNAL_ERROR.code(), run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("\tat dev.notionsetup"), "--verbose prints the trace: " + run.stderr());
        for (String shown : new String[] {run.stdout(), run.stderr()}) {
            assertFalse(shown.contains(bare.substring(0, 12)) || shown.contains(bare.substring(30, 42)), shown);
            assertFalse(shown.contains("\u001b[2K"), shown);
        }
        assertTrue(run.stdout().contains("\"kind\":\"internal\""), run.stdout());
    }
}
