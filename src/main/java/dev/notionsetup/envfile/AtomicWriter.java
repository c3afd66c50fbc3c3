package dev.notionsetup.envfile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replaces a file so that no reader, crash or full disk ever sees half of it: the new bytes go to a private
 * temporary file in the same folder (a rename is only atomic within one file system), are synced to disk,
 * get the old file's mode and owner, and are then renamed over the target. On any failure the temporary
 * file is deleted and the target is exactly as it was.
 */
final class AtomicWriter {
    static final Set<PosixFilePermission> NEW_FILE_MODE = PosixFilePermissions.fromString("rw-------");
    /** Temporary files are named {@code <file>.tmp-<random digits>}. */
    static final String TEMP_MARK = ".tmp-";
    /**
     * Ours, after the mark: random digits, or (written by earlier versions) pid, start tick and random digits.
     */
    private static final Pattern OUR_SUFFIX = Pattern.compile("\\d{1,20}(-\\d{1,19}-\\d{1,20})?");
    /**
     * A temporary file is stale once no process holds its lock and it is older than this. The age covers
     * the moment between a writer creating its file and locking it, and file systems without locks, where
     * it is all there is: no write takes this long, and removing a live writer's file only makes its rename
     * fail (exit 5, the env file unchanged).
     */
    static final Duration STALE_AFTER = Duration.ofSeconds(10);

    private final FileOps ops;
    private final UnfinishedWrites unfinished;

    AtomicWriter(FileOps ops, UnfinishedWrites unfinished) {
        this.ops = Objects.requireNonNull(ops, "ops");
        this.unfinished = Objects.requireNonNull(unfinished, "unfinished");
    }

    /**
     * Writes {@code content} to {@code target}. The caller removes stale temporary files first
     * ({@link #removeStaleTemps}), also when it then has nothing to write.
     *
     * @param existing  the target's current attributes, whose mode and owner the new file keeps; empty for
     *                  a new file (mode 600) or a file system without modes
     * @param shownPath how to name the file in messages (the path the user gave)
     * @return warnings for the user (e.g. the owner could not be kept)
     * @throws EnvFileException when the file could not be replaced; then nothing changed
     */
    List<String> write(Path target, byte[] content, Optional<PosixFileAttributes> existing, String shownPath) {
        Path directory = Objects.requireNonNull(target.getParent(), "target must be an absolute path");
        FileOps.TempFile file = createTemp(directory, target.getFileName() + TEMP_MARK, shownPath);
        Path temp = file.path();
        boolean replaced = false;
        try {
            List<String> warnings = new ArrayList<>();
            step(() -> file.write(content), "Could not write " + shownPath, shownPath);
            step(file::sync, "Could not save " + shownPath + " to disk", shownPath);
            Set<PosixFilePermission> mode = existing.map(PosixFileAttributes::permissions).orElse(NEW_FILE_MODE);
            Optional<PosixFileAttributes> tempAttributes;
            try {
                tempAttributes = ops.posixAttributes(temp);
            } catch (IOException e) {
                throw failure("Could not read the permissions of the new " + shownPath, e, shownPath);
            }
            if (tempAttributes.isPresent()) {
                step(() -> ops.setPermissions(temp, mode), "Could not set the permissions of the new " + shownPath,
                        shownPath);
                existing.flatMap(old -> keepOwner(temp, old, tempAttributes.get(), shownPath)).ifPresent(warnings::add);
            }
            step(() -> unfinished.replace(ops, temp, target), "Could not replace " + shownPath, shownPath);
            replaced = true;
            syncDirectory(directory);
            return warnings;
        } finally {
            closeQuietly(file); // releases its lock: only now may a sweep take it for stale
            if (!replaced) {
                deleteQuietly(temp);
            }
            unfinished.end(temp);
        }
    }

    /**
     * Creates and removes one temporary file where {@link #write} would: the only sure test that the folder
     * exists and takes new files (permissions, a read-only mount, an immutable folder, root included).
     */
    void requireCanCreateIn(Path target, String shownPath) {
        Path directory = Objects.requireNonNull(target.getParent(), "target must be an absolute path");
        FileOps.TempFile file = createTemp(directory, target.getFileName() + TEMP_MARK, shownPath);
        closeQuietly(file);
        deleteQuietly(file.path());
        unfinished.end(file.path());
    }

    private FileOps.TempFile createTemp(Path directory, String prefix, String shownPath) {
        try {
            return unfinished.begin(ops, directory, prefix);
        } catch (AccessDeniedException e) {
            throw new EnvFileException("Cannot create files in the folder " + directory + ": permission denied.",
                    "Make the folder writable or choose another --env-file; " + shownPath + " was not changed.", e);
        } catch (NoSuchFileException e) {
            throw new EnvFileException("The folder " + directory + " does not exist.",
                    "Create it first or choose another --env-file.", e);
        } catch (IOException e) {
            throw new EnvFileException("Cannot create a file in the folder " + directory + ": " + IoReasons.of(e) + ".",
                    "Check the folder and the disk, or choose another --env-file; " + shownPath + " was not changed.", e);
        }
    }

    /**
     * A writer killed mid-write (SIGKILL, power loss) leaves its temporary file behind: a copy of the token
     * under a name that a ".env" entry in .gitignore does not cover. Before writing, remove those that are
     * stale: no process holds their lock (a live writer does, whatever pid namespace it runs in) and they are
     * older than {@link #STALE_AFTER}. This process's own files, anything not named like ours and anything
     * but a regular file are left alone. Best effort: a failure here must not stop the write it precedes.
     */
    void removeStaleTemps(Path target) {
        Path directory = Objects.requireNonNull(target.getParent(), "target must be an absolute path");
        String prefix = target.getFileName() + TEMP_MARK;
        List<Path> entries;
        try {
            entries = ops.list(directory);
        } catch (IOException | RuntimeException e) {
            return;
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(prefix) && OUR_SUFFIX.matcher(name.substring(prefix.length())).matches()
                    && !unfinished.isOurs(entry) && isStale(entry)) {
                deleteQuietly(entry);
            }
        }
    }

    private boolean isStale(Path file) {
        try {
            if (ops.kind(file) != FileOps.Kind.REGULAR_FILE
                    || ops.lastModified(file).isAfter(Instant.now().minus(STALE_AFTER))) {
                return false;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        try {
            Optional<Closeable> lock = ops.tryLock(file);
            if (lock.isEmpty()) {
                return false; // its writer is still at it
            }
            lock.get().close();
            return true;
        } catch (AccessDeniedException e) {
            return false; // another user's: not ours to judge
        } catch (IOException | RuntimeException e) {
            return true; // a file system without locks: the age is all there is
        }
    }

    /**
     * Only root may give a file to someone else; otherwise the new file stays ours and the user is told, as
     * refusing would leave them with no way to update a file they can write.
     */
    private Optional<String> keepOwner(Path temp, PosixFileAttributes old, PosixFileAttributes now, String shownPath) {
        if (old.owner().equals(now.owner()) && old.group().equals(now.group())) {
            return Optional.empty();
        }
        try {
            ops.setOwnerAndGroup(temp, old.owner(), old.group());
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(shownPath + " now belongs to " + now.owner().getName() + ":" + now.group().getName()
                    + " instead of " + old.owner().getName() + ":" + old.group().getName()
                    + "; run `chown " + old.owner().getName() + ":" + old.group().getName() + " " + shownPath
                    + "` as root to restore it.");
        }
    }

    /** Without this the rename may be lost in a crash although the file's data was synced. */
    private void syncDirectory(Path directory) {
        try {
            ops.syncDirectory(directory);
        } catch (IOException | RuntimeException e) {
            // Best effort: some systems cannot sync a folder; the file is already complete and in place.
        }
    }

    private static void closeQuietly(Closeable file) {
        try {
            file.close();
        } catch (IOException | RuntimeException e) {
            // The outcome is settled; a lock that outlives its file is released when the process ends.
        }
    }

    private void deleteQuietly(Path temp) {
        try {
            ops.deleteIfExists(temp);
        } catch (IOException | RuntimeException e) {
            // Nothing more can be done; the failure being reported matters more than this one.
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void step(IoAction action, String what, String shownPath) {
        try {
            action.run();
        } catch (IOException e) {
            throw failure(what, e, shownPath);
        }
    }

    private static EnvFileException failure(String what, IOException e, String shownPath) {
        return new EnvFileException(what + ": " + IoReasons.of(e) + ".",
                "Check free space and permissions, then run again; " + shownPath + " was not changed.", e);
    }
}
