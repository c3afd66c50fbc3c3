package dev.notionsetup.envfile;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Whose temporary file is it, and is that writer still running? Found flaky in EnvFileKillIT on a loaded
 * machine: a killed writer's pid was already in use again (pid_max 32768), and the file it left (a copy of
 * the token) was kept as if its writer were still at work.
 */
class StaleTemporaryFileTest {
    private static final String STAT = "4242 (java) S 1 4242 4242 0 -1 4194560 1 0 0 0 3 1 0 0 20 0 19 0 "
            + "123456789 1000 100 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

    @Test
    void theStartTickIsField22EvenWhenTheCommandNameHasSpacesAndParentheses() {
        assertEquals(OptionalLong.of(123456789), WriterIdentity.startTicksOf(STAT));
        assertEquals(OptionalLong.of(123456789),
                WriterIdentity.startTicksOf(STAT.replace("(java)", "(my (odd) name)")));
    }

    @Test
    void aZombieIsNotRunning() {
        assertEquals(OptionalLong.empty(), WriterIdentity.startTicksOf(STAT.replace(") S ", ") Z ")));
    }

    @Test
    void thisProcessIsRunningAndAReusedPidIsNot() {
        WriterIdentity me = WriterIdentity.current();
        assumeTrue(me.startTicks() != 0, "no /proc here");
        assertTrue(me.isRunning());
        assertFalse(new WriterIdentity(me.pid(), me.startTicks() + 1).isRunning(), "same pid, later start: reused");
        assertFalse(new WriterIdentity(me.pid(), me.startTicks() - 1).isRunning(), "same pid, earlier start: gone");
    }

    @Test
    void onlyOurNamesCarryAWriter() {
        assertEquals(Optional.of(new WriterIdentity(25099, 987654)),
                WriterIdentity.fromName(".env.tmp-25099-987654-17185548870402519253", ".env.tmp-"));
        assertEquals(Optional.empty(), WriterIdentity.fromName(".env.tmp-25099-6540108953211607468", ".env.tmp-"));
        assertEquals(Optional.empty(), WriterIdentity.fromName(".env.tmp-backup", ".env.tmp-"));
        assertEquals(Optional.empty(), WriterIdentity.fromName(".env.bak", ".env.tmp-"));
    }
}
