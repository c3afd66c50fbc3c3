package dev.notionsetup.envfile;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whose temporary file is it? Found flaky in EnvFileKillIT on a loaded machine: a killed writer's pid was
 * already in use again, and the file it left was kept as if its writer were still running.
 */
class StaleTemporaryFileTest {
    private static final Instant WRITTEN = Instant.parse("2026-11-21T07:30:00Z");

    @Test
    void aProcessThatStartedAfterTheFileWasWrittenIsNotItsWriter() {
        assertFalse(AtomicWriter.couldBeTheWriter(Optional.of(WRITTEN.plusMillis(5)), Optional.of(WRITTEN)));
    }

    @Test
    void aProcessThatStartedBeforeMayStillBeWriting() {
        assertTrue(AtomicWriter.couldBeTheWriter(Optional.of(WRITTEN.minusSeconds(1)), Optional.of(WRITTEN)));
    }

    @Test
    void unknownTimesKeepTheFile() {
        assertTrue(AtomicWriter.couldBeTheWriter(Optional.empty(), Optional.of(WRITTEN)));
        assertTrue(AtomicWriter.couldBeTheWriter(Optional.of(WRITTEN.plusSeconds(1)), Optional.empty()));
    }

    @Test
    void onlyOurNamesCarryAWriter() {
        assertEquals(OptionalLong.of(25099), AtomicWriter.writerOf(".env.tmp-25099-6540108953211607468", ".env.tmp-"));
        assertEquals(OptionalLong.empty(), AtomicWriter.writerOf(".env.tmp-backup", ".env.tmp-"));
        assertEquals(OptionalLong.empty(), AtomicWriter.writerOf(".env.bak", ".env.tmp-"));
    }
}
