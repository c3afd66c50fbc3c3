package dev.notionsetup.envfile;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Replaces a file so that no reader, crash or full disk ever sees half of it: the new bytes go to a private
 * temporary file in the same folder (a rename is only atomic within one file system), are synced to disk,
 * get the old file's mode and owner, and are then renamed over the target. On any failure the temporary
 * file is deleted and the target is exactly as it was.
 */
final class AtomicWriter {
    static final Set<PosixFilePermission> NEW_FILE_MODE = PosixFilePermissions.fromString("rw-------");
    /**
     * Temporary files are named {@code <file>.tmp-<pid>-<start ticks>-<random>}, so a later run can tell
     * whose they are and whether that writer still runs ({@link WriterIdentity}).
     */
    static final String TEMP_MARK = ".tmp-";

    private final FileOps ops;

    AtomicWriter(FileOps ops) {
        this.ops = Objects.requireNonNull(ops, "ops");
    }

    /**
     * Writes {@code content} to {@code target}.
     *
     * @param existing  the target's current attributes, whose mode and owner the new file keeps; empty for
     *                  a new file (mode 600) or a file system without modes
     * @param shownPath how to name the file in messages (the path the user gave)
     * @return warnings for the user (e.g. the owner could not be kept)
     * @throws EnvFileException when the file could not be replaced; then nothing changed
     */
    List<String> write(Path target, byte[] content, Optional<PosixFileAttributes> existing, String shownPath) {
        Path directory = Objects.requireNonNull(target.getParent(), "target must be an absolute path");
        String tempPrefix = target.getFileName() + TEMP_MARK;
        removeStaleTemps(target);
        Path temp = createTemp(directory, tempPrefix + WriterIdentity.current().nameSuffix(), shownPath);
        boolean replaced = false;
        try {
            List<String> warnings = new ArrayList<>();
            step(() -> ops.write(temp, content), "Could not write " + shownPath, shownPath);
            step(() -> ops.sync(temp), "Could not save " + shownPath + " to disk", shownPath);
            Set<PosixFilePermission> mode = existing.map(PosixFileAttributes::permissions).orElse(NEW_FILE_MODE);
            Optional<PosixFileAttributes> tempAttributes = obtain(() -> ops.posixAttributes(temp),
                    "Could not read the permissions of the new " + shownPath, shownPath);
            if (tempAttributes.isPresent()) {
                step(() -> ops.setPermissions(temp, mode), "Could not set the permissions of the new " + shownPath,
                        shownPath);
                existing.flatMap(old -> keepOwner(temp, old, tempAttributes.get(), shownPath)).ifPresent(warnings::add);
            }
            step(() -> ops.replace(temp, target), "Could not replace " + shownPath, shownPath);
            replaced = true;
            syncDirectory(directory);
            return warnings;
        } finally {
            if (!replaced) {
                deleteQuietly(temp);
            }
        }
    }

    private Path createTemp(Path directory, String prefix, String shownPath) {
        try {
            return ops.createPrivateTempFile(directory, prefix);
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
     * under a name that a ".env" entry in .gitignore does not cover. Before writing, remove those whose
     * writer is no longer running. A running writer's file (another notion-setup writing the same file at
     * this moment) is left alone, and so is anything not named like ours. Best effort: a failure here must
     * not stop the write it precedes.
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
            Optional<WriterIdentity> writer = WriterIdentity.fromName(entry.getFileName().toString(), prefix);
            if (writer.isPresent() && !writer.get().isRunning()) {
                deleteQuietly(entry);
            }
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

    private void deleteQuietly(Path temp) {
        try {
            ops.deleteIfExists(temp);
        } catch (IOException | RuntimeException e) {
            // Nothing more can be done; the failure being reported matters more than this one.
        }
    }

    private interface IoStep<T> {
        T run() throws IOException;
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static <T> T obtain(IoStep<T> step, String what, String shownPath) {
        try {
            return step.run();
        } catch (IOException e) {
            throw failure(what, e, shownPath);
        }
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
