package dev.notionsetup.setup;

import dev.notionsetup.envfile.UnfinishedWrites.Stop;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words a signal gets follow the disk (UnfinishedWritesTest stops writes at each step), not the plan. */
class StopNoticeTest {
    private static final String BEFORE_SAVE = "Stopped. Nothing was written.";
    private static final Path ENV = Path.of("/work/app/.env");
    private static final Path TEMP = Path.of("/work/app/.env.tmp-4021123456789");

    /** Issue 14 item 12: the signal came after the rename, while the folder was synced: the token is saved. */
    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "expects the /-separated path in the message")
    void aFileReplacedBeforeTheSignalIsSavedWhatever() {
        assertEquals("Stopped. The token was already saved to /work/app/.env.",
                StopNotice.forWizard(new Stop(List.of(), List.of(ENV)), BEFORE_SAVE));
        assertEquals(Optional.of("notion-setup: stopped after the token was saved to /work/app/.env; that file is"
                + " complete."), StopNotice.forUnattended(new Stop(List.of(), List.of(ENV))));
        assertEquals("Interrupted after the token was saved to /work/app/.env.",
                StopNotice.forJson(new Stop(List.of(), List.of(ENV))).what());
    }

    @Test
    void aRemovedTemporaryFileIsNamed() {
        Stop stop = new Stop(List.of(TEMP), List.of());

        assertEquals(BEFORE_SAVE + " Removed the unfinished temporary file " + TEMP + ".",
                StopNotice.forWizard(stop, BEFORE_SAVE));
        assertEquals(Optional.of("notion-setup: stopped while writing the env file; removed the unfinished temporary"
                + " file " + TEMP + ". Nothing was written."), StopNotice.forUnattended(stop));
    }

    @Test
    void nothingOnDiskLeavesThePlannedNotice() {
        Stop stop = new Stop(List.of(), List.of());

        assertEquals(BEFORE_SAVE, StopNotice.forWizard(stop, BEFORE_SAVE));
        assertEquals(Optional.empty(), StopNotice.forUnattended(stop));
        assertEquals("Interrupted before the run finished.", StopNotice.forJson(stop).what());
    }
}
