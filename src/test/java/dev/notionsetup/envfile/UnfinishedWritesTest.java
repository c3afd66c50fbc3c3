package dev.notionsetup.envfile;

import dev.notionsetup.testing.FaultyFileOps;
import dev.notionsetup.testing.FaultyFileOps.Step;
import dev.notionsetup.token.Secret;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A signal in the middle of a write: the JVM runs its shutdown hooks, which stop the unfinished writes, while
 * the writing thread goes on. Here the "signal" is a stop at a chosen step of the write. Whatever the step,
 * the env file is the old one or the new one, no temporary file is left, and the stop says which.
 */
class UnfinishedWritesTest {
    private static final String ORIGINAL = "A=1\nNOTION_API_KEY=old\n";

    @TempDir
    Path dir;
    Path env;
    final UnfinishedWrites unfinished = new UnfinishedWrites();
    final AtomicReference<UnfinishedWrites.Stop> stop = new AtomicReference<>();

    @BeforeEach
    void original() throws IOException {
        env = dir.resolve(".env");
        Files.writeString(env, ORIGINAL);
    }

    private FaultyFileOps signalAt(Step step) {
        return new FaultyFileOps().onStep(step, () -> stop.set(unfinished.stop()));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Issue 14 item 5: SIGTERM or SIGINT during the write left .env.tmp-… (the full token) behind. */
    @ParameterizedTest
    @EnumSource(value = Step.class, names = {"WRITE", "SYNC", "ATTRIBUTES", "SET_PERMISSIONS"})
    void aStopBeforeTheRenameRemovesTheTemporaryFileAndTheFileStaysAsItWas(Step step) throws Exception {
        FaultyFileOps ops = signalAt(step);

        assertThrows(EnvFileException.class,
                () -> new EnvFile(env, ops, unfinished).set("NOTION_API_KEY", Secret.of(TOKEN)));

        assertEquals(ORIGINAL, Files.readString(env));
        assertEquals(List.of(".env"), names());
        assertEquals(ops.tempFiles, stop.get().removedTemporaryFiles());
        assertEquals(List.of(), stop.get().replacedFiles());
    }

    /** Issue 14 item 12: a SIGTERM during the folder's sync, after the rename, was reported as "Nothing was written". */
    @Test
    void aStopWhileTheFolderIsSyncedAfterTheRenameCountsTheFileAsSaved() throws Exception {
        FaultyFileOps ops = signalAt(Step.SYNC_DIRECTORY);

        new EnvFile(env, ops, unfinished).set("NOTION_API_KEY", Secret.of(TOKEN));

        assertEquals("A=1\nNOTION_API_KEY=" + TOKEN + "\n", Files.readString(env));
        assertEquals(List.of(".env"), names());
        assertEquals(List.of(env), stop.get().replacedFiles());
        assertEquals(List.of(), stop.get().removedTemporaryFiles());
    }

    @Test
    void afterAStopNoWriteBegins() throws Exception {
        UnfinishedWrites.Stop first = unfinished.stop();

        assertThrows(EnvFileException.class, () -> new EnvFile(env, new FaultyFileOps(), unfinished)
                .set("NOTION_API_KEY", Secret.of(TOKEN)));

        assertEquals(ORIGINAL, Files.readString(env));
        assertEquals(List.of(".env"), names());
        assertTrue(first == unfinished.stop(), "a second stop answers what the first found");
    }
}
