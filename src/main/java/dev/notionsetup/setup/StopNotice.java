package dev.notionsetup.setup;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.envfile.UnfinishedWrites;
import dev.notionsetup.term.UserInterrupt;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to say when a signal ends a run, from what is on disk at that moment: a file replaced during this run
 * is saved (even when the signal came while the folder was still being synced), and a temporary copy of
 * the token that the stop removed is named.
 */
public final class StopNotice {
    private StopNotice() {
    }

    /**
     * The one wording for a stop, whether Ctrl-C came at a prompt or a signal ended a request: that it
     * stopped, then whether anything was written.
     */
    public static String stopped(Optional<Path> savedTo) {
        return UserInterrupt.STOPPED + " " + written(savedTo);
    }

    /** What to say when Ctrl-C or Ctrl-D ends a question: that it stopped (or how), then whether anything was written. */
    public static String atPrompt(UserInterrupt interrupt, Optional<Path> savedTo) {
        return interrupt.getMessage().equals(UserInterrupt.STOPPED) ? stopped(savedTo)
                : interrupt.getMessage() + " " + written(savedTo);
    }

    /** Whether anything was written: "Nothing was written." or where the token already is. */
    public static String written(Optional<Path> savedTo) {
        return savedTo.map(p -> "The token was already saved to " + p + ".").orElse("Nothing was written.");
    }

    /** The wizard's notice: {@code planned} is what the wizard expected to say at this point of the walk. */
    public static String forWizard(UnfinishedWrites.Stop stop, String planned) {
        if (!stop.replacedFiles().isEmpty()) {
            return stopped(Optional.of(last(stop)));
        }
        return planned + removed(stop).map(name -> " Removed the unfinished temporary file " + name + ".").orElse("");
    }

    /**
     * For a run without a terminal: a line when the stop found something on disk, the token already saved
     * (the signal came after the write) or a temporary file it removed; none when nothing was written.
     */
    public static Optional<String> forUnattended(UnfinishedWrites.Stop stop) {
        if (!stop.replacedFiles().isEmpty()) {
            return Optional.of("notion-setup: stopped after the token was saved to " + last(stop)
                    + "; that file is complete.");
        }
        return removed(stop).map(name -> "notion-setup: stopped while writing the env file; removed the unfinished"
                + " temporary file " + name + ". Nothing was written.");
    }

    /** For --json: the "interrupted" object's words, which say whether the token was already saved. */
    public static UserError forJson(UnfinishedWrites.Stop stop) {
        if (!stop.replacedFiles().isEmpty()) {
            return new UserError("Interrupted after the token was saved to " + last(stop) + ".",
                    "That file is complete; nothing needs to be run again.", ExitCode.INTERRUPTED);
        }
        return new UserError("Interrupted before the run finished.", "Run it again; the env file is written in"
                + " one step, so it is either as it was or complete.", ExitCode.INTERRUPTED);
    }

    private static Path last(UnfinishedWrites.Stop stop) {
        return stop.replacedFiles().get(stop.replacedFiles().size() - 1);
    }

    private static Optional<Path> removed(UnfinishedWrites.Stop stop) {
        return stop.removedTemporaryFiles().stream().findFirst();
    }
}
