package dev.notionsetup.envfile;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where there is no /proc (macOS, Windows) a writer is recorded with start time 0, and "still running" falls
 * back to the process id alone. Identities with 0 are what such a system produces; this checks the fallback on
 * any system.
 */
class WriterIdentityWithoutProcTest {
    @Test
    void aLiveProcessRecordedWithoutAStartTimeIsRunning() {
        assertTrue(new WriterIdentity(ProcessHandle.current().pid(), 0).isRunning());
    }

    @Test
    void anEndedProcessRecordedWithoutAStartTimeIsNot() throws Exception {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM ends");
        assertFalse(new WriterIdentity(child.pid(), 0).isRunning());
    }

    @Test
    void theNameCarriesTheZeroAndReadsBack() {
        WriterIdentity writer = new WriterIdentity(4242, 0);
        assertEquals(java.util.Optional.of(writer),
                WriterIdentity.fromName(".env.tmp-" + writer.nameSuffix() + "123", ".env.tmp-"));
    }
}
