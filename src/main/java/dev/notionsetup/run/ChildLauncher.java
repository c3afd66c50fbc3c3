package dev.notionsetup.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Starts the command of {@code notion-setup run}; the seam tests use to see what would be started. */
@FunctionalInterface
public interface ChildLauncher {
    /**
     * Runs {@code argv} with exactly {@code environment}, in {@code directory}, on this process's own stdin,
     * stdout and stderr, and waits for it.
     *
     * @return its exit status as a shell reports it: 128 + n when signal n ended it
     * @throws NotStarted when it could not be started (not found, not executable)
     */
    int run(List<String> argv, Map<String, String> environment, Path directory) throws NotStarted;

    /** The command could not be started; {@code notExecutable}: it exists but may not be run (a shell's 126). */
    final class NotStarted extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean notExecutable;

        public NotStarted(boolean notExecutable) {
            super(null, null, false, false);
            this.notExecutable = notExecutable;
        }

        public boolean notExecutable() {
            return notExecutable;
        }
    }
}
