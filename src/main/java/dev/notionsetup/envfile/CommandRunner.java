package dev.notionsetup.envfile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Runs an external command (here: git) to completion; the seam that lets tests stand in for git. */
@FunctionalInterface
public interface CommandRunner {

    /** How a finished command ended: its exit code and what it printed on stdout. */
    record Result(int exitCode, String stdout) {
    }

    /**
     * Runs {@code command} in {@code directory}. Empty when it could not be started (not installed) or did
     * not finish in time; an implementation must never block indefinitely and never throw for those.
     */
    Optional<Result> run(List<String> command, Path directory);
}
