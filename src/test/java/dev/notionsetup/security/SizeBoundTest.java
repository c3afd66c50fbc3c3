package dev.notionsetup.security;

import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.notionsetup.ExitCode;
import dev.notionsetup.testing.Harness;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 11: a huge env file is one line and exit 5, never an OutOfMemoryError; and an
 * OutOfMemoryError from anywhere is never exit 1 ("rejected by Notion") with a stack trace.
 */
class SizeBoundTest {
    @TempDir
    Path dir;

    @Test
    void aSparse3GibEnvFileIsExit5InOneLineAndStaysAsItWas() throws IOException {
        Path env = dir.resolve(".env");
        try (RandomAccessFile file = new RandomAccessFile(env.toFile(), "rw")) {
            file.setLength(3L << 30); // sparse: no disk used, but 3 GiB to whoever reads it all
        }

        // Generous for a loaded machine; reading it all would take far longer, or run out of memory.
        Harness.Result run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> new Harness(dir).stdin(TOKEN).run("--token-stdin", "--yes", "--skip-validation"));

        assertEquals(ExitCode.ENV_FILE.code(), run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains(env + " is larger than 1 MiB"), run.stderr());
        assertFalse(run.stderr().contains("\tat "), "no stack trace: " + run.stderr());
        assertEquals(3L << 30, Files.size(env));
        assertEquals(1, Files.list(dir).count(), "no temporary file");
    }

    @Test
    void justUnderTheBoundIsStillAnEnvFile() throws IOException {
        Path env = dir.resolve(".env");
        String filler = "# " + "x".repeat(1022) + "\n"; // 1 KiB
        Files.writeString(env, filler.repeat(1023));

        Harness.Result run = new Harness(dir).stdin(TOKEN).run("--token-stdin", "--yes", "--skip-validation");

        assertEquals(ExitCode.OK.code(), run.exitCode(), run.stderr());
        assertTrue(Files.readString(env).endsWith("NOTION_API_KEY=" + TOKEN + "\n"));
    }

    @Test
    void anOutOfMemoryErrorIsNeverExit1NorAStackTrace() {
        InputStream exhausted = new InputStream() {
            @Override
            public int read() {
                throw new OutOfMemoryError("Java heap space");
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw new OutOfMemoryError("Java heap space");
            }
        };

        Harness.Result run = new Harness(dir).stdin(exhausted).run("--token-stdin", "--yes", "--skip-validation");

        assertEquals(ExitCode.INTERNAL_ERROR.code(), run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("ran out of memory"), run.stderr());
        assertFalse(run.stderr().contains("\tat "), "no stack trace: " + run.stderr());
        assertEquals("", run.stdout());
    }
}
