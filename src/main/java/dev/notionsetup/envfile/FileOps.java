package dev.notionsetup.envfile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The file-system operations EnvFile needs, one method per step that can fail on its own, so tests can
 * inject faults (disk full while writing, fsync or rename failing, permission denied) and check that the
 * original file is intact and no temporary file is left. {@link #system()} is the real file system.
 */
public interface FileOps {

    static FileOps system() {
        return new SystemFileOps();
    }

    /** What a path names, without following a final symbolic link. */
    enum Kind { MISSING, REGULAR_FILE, DIRECTORY, SYMBOLIC_LINK, OTHER }

    Kind kind(Path path) throws IOException;

    /** The target of a symbolic link, exactly as stored (possibly relative to the link's folder). */
    Path readSymbolicLink(Path link) throws IOException;

    /**
     * The file's bytes, at most {@code maxBytes} of them: a longer file is read no further, so a huge or
     * endless file costs no more than that (its length is then {@code maxBytes}).
     */
    byte[] read(Path file, int maxBytes) throws IOException;

    /** Whether this process may write the file (root may write anything). */
    boolean isWritable(Path file);

    /** Mode, owner and group; empty on file systems without POSIX permissions. */
    Optional<PosixFileAttributes> posixAttributes(Path file) throws IOException;

    /**
     * Creates a new, empty file with a unique name starting with {@code prefix} in {@code directory},
     * readable and writable by its owner only from the moment it exists where the file system has modes, and
     * restricted to its owner before anything is written where it has access-control lists (Windows); open for
     * writing and exclusively locked until closed, so other processes can tell it is being written
     * ({@link #tryLock}). Where the file system has no locks, the file is still created, unlocked.
     */
    TempFile createPrivateTempFile(Path directory, String prefix) throws IOException;

    /** A temporary file being written; closing it releases its lock (after the rename, or to give up). */
    interface TempFile extends Closeable {
        Path path();

        /** Replaces the file's contents with {@code content} (not yet synced to disk). */
        void write(byte[] content) throws IOException;

        /** Forces the file's contents to the storage device (fsync). */
        void sync() throws IOException;
    }

    /**
     * Locks an existing regular file exclusively if no other process holds a lock on it: the lock (close it
     * to release), or empty when another process holds one. Throws when locks cannot be tested there.
     * Never for a file this process has open: on POSIX systems closing any descriptor of a file drops all
     * of the process's locks on it.
     */
    Optional<Closeable> tryLock(Path file) throws IOException;

    /** When the file's contents last changed. */
    Instant lastModified(Path file) throws IOException;

    void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException;

    void setOwnerAndGroup(Path file, UserPrincipal owner, GroupPrincipal group) throws IOException;

    /** Atomically renames {@code source} over {@code target}: readers see the old file or the new one, never a mix. */
    void replace(Path source, Path target) throws IOException;

    /** Forces the folder's entries (the rename) to the storage device; may be unsupported on some systems. */
    void syncDirectory(Path directory) throws IOException;

    void deleteIfExists(Path file) throws IOException;

    /** The entries of a folder (files and folders alike), as paths inside it. */
    List<Path> list(Path directory) throws IOException;
}
