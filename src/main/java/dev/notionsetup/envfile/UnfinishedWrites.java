package dev.notionsetup.envfile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The env-file writes of this process that have begun and not finished. A signal (SIGTERM, SIGINT, SIGHUP)
 * makes the JVM run its shutdown hooks while the writing thread goes on; {@link #stop()}, run by a hook, then
 * deletes the temporary files (each a copy of the token) and refuses any further step, so the run leaves the
 * old file or the new one and nothing else. It also says which files had already been replaced, so a stop
 * notice can follow what is on disk: the rename is the moment a write counts, and it happens under this
 * object's lock, so a stop sees it either done or never to be done.
 */
public final class UnfinishedWrites {
    private static final UnfinishedWrites PROCESS = new UnfinishedWrites(true);

    private final boolean stopOnExit;
    private final Map<Path, FileOps> temporaryFiles = new LinkedHashMap<>();
    private final List<Path> replaced = new ArrayList<>();
    private Stop stopped;
    private boolean hookAdded;

    /** What a stop found: the temporary files it removed, and the files already replaced by this process. */
    public record Stop(List<Path> removedTemporaryFiles, List<Path> replacedFiles) {
        public Stop {
            removedTemporaryFiles = List.copyOf(removedTemporaryFiles);
            replacedFiles = List.copyOf(replacedFiles);
        }
    }

    /** Writes not tied to the JVM's exit: whoever holds them calls {@link #stop()} (tests, an embedding). */
    public UnfinishedWrites() {
        this(false);
    }

    private UnfinishedWrites(boolean stopOnExit) {
        this.stopOnExit = stopOnExit;
    }

    /** The writes of this JVM; stopped by a shutdown hook, added with the first write. */
    public static UnfinishedWrites ofThisProcess() {
        return PROCESS;
    }

    /** Creates a temporary file through {@code ops} and records it; refused once stopping. */
    synchronized FileOps.TempFile begin(FileOps ops, Path directory, String prefix) throws IOException {
        refuseWhenStopped();
        if (stopOnExit && !hookAdded) {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "notion-setup: unfinished writes"));
            } catch (IllegalStateException e) {
                throw new IOException("the program is stopping", e); // a signal came before the first write
            }
            hookAdded = true;
        }
        FileOps.TempFile temp = ops.createPrivateTempFile(directory, prefix);
        temporaryFiles.put(temp.path(), ops);
        return temp;
    }

    /** Whether {@code file} is a temporary file this process is writing (the sweep must not touch it). */
    synchronized boolean isOurs(Path file) {
        return temporaryFiles.containsKey(file);
    }

    /** Renames {@code temp} over {@code target} unless stopping; from then on the target counts as replaced. */
    synchronized void replace(FileOps ops, Path temp, Path target) throws IOException {
        refuseWhenStopped();
        ops.replace(temp, target);
        temporaryFiles.remove(temp);
        replaced.add(target);
    }

    /** The write of {@code temp} is over (replaced, or given up and deleted). */
    synchronized void end(Path temp) {
        temporaryFiles.remove(temp);
    }

    /**
     * Deletes the temporary files of writes in progress and stops every write from going further. Idempotent:
     * a second call (the terminal's notice asks too) returns what the first found.
     */
    public synchronized Stop stop() {
        if (stopped == null) {
            List<Path> removed = new ArrayList<>();
            temporaryFiles.forEach((temp, ops) -> {
                try {
                    ops.deleteIfExists(temp);
                    removed.add(temp);
                } catch (IOException | RuntimeException e) {
                    // On the way out; nothing better to do. The next run's sweep removes it once it is stale.
                }
            });
            temporaryFiles.clear();
            stopped = new Stop(removed, replaced);
        }
        return stopped;
    }

    /** Whether {@link #stop()} has run: every write step is refused from now on. */
    public synchronized boolean isStopped() {
        return stopped != null;
    }

    private void refuseWhenStopped() throws IOException {
        if (stopped != null) {
            throw new IOException("the program is stopping");
        }
    }
}
