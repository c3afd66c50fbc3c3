package dev.notionsetup.envfile;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** {@link FileOps} on the real file system, through java.nio. */
final class SystemFileOps implements FileOps {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<OpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    private final TempNames names = TempNames.system();
    /** How many taken names a temporary file gives up after. */
    private static final int NAME_ATTEMPTS = 100;

    @Override
    public Kind kind(Path path) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Kind.MISSING;
        }
        if (attributes.isSymbolicLink()) {
            return Kind.SYMBOLIC_LINK;
        }
        if (attributes.isDirectory()) {
            return Kind.DIRECTORY;
        }
        return attributes.isRegularFile() ? Kind.REGULAR_FILE : Kind.OTHER;
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
        return Files.readSymbolicLink(link);
    }

    @Override
    public byte[] read(Path file, int maxBytes) throws IOException {
        // Reads in small steps up to the bound, never trusting the size (the file may grow meanwhile; /proc says 0).
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(maxBytes);
        }
    }

    @Override
    public boolean isWritable(Path file) {
        return Files.isWritable(file);
    }

    @Override
    public Optional<PosixFileAttributes> posixAttributes(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return view == null ? Optional.empty() : Optional.of(view.readAttributes());
    }

    @Override
    public TempFile createPrivateTempFile(Path directory, String prefix) throws IOException {
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        for (int attempt = 1; ; attempt++) {
            Path path = directory.resolve(prefix + names.next());
            FileChannel channel;
            try {
                // The mode is part of the create call, so the secret is never in a file others could open.
                channel = posix ? FileChannel.open(path, CREATE_NEW, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                        : FileChannel.open(path, CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                if (attempt == NAME_ATTEMPTS) {
                    throw e; // random names do not collide this often: something makes them predictable
                }
                continue;
            }
            AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
            if (acl != null) {
                // Windows: the file is still empty, so restricting it now is in time; a file that cannot be made
                // private is not used for the secret at all.
                try {
                    OwnerOnlyAcl.apply(acl);
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    Files.deleteIfExists(path);
                    throw e;
                }
            }
            return new LockedTempFile(path, channel, lockIfSupported(channel));
        }
    }

    private static FileLock lockIfSupported(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (IOException e) {
            return null; // a file system without locks: the sweep then goes by age alone
        }
    }

    /** Writes and syncs through the channel that holds the lock: opening and closing another would drop it. */
    private record LockedTempFile(Path path, FileChannel channel, FileLock lock) implements TempFile {
        @Override
        public void write(byte[] content) throws IOException {
            channel.truncate(0);
            ByteBuffer buffer = ByteBuffer.wrap(content);
            long position = 0;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
        }

        @Override
        public void sync() throws IOException {
            channel.force(true);
        }

        @Override
        public void close() throws IOException {
            channel.close(); // releases the lock too
        }
    }

    @Override
    public Optional<Closeable> tryLock(Path file) throws IOException {
        // Not following a link, and WRITE without CREATE: an exclusive lock needs a writable descriptor.
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(channel);
            }
        } catch (OverlappingFileLockException e) {
            // held by this process (see FileOps.tryLock)
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public Instant lastModified(Path file) throws IOException {
        return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
    }

    @Override
    public void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException {
        Files.setPosixFilePermissions(file, permissions);
    }

    @Override
    public void setOwnerAndGroup(Path file, UserPrincipal owner, GroupPrincipal group) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            throw new IOException("this file system has no owners or groups");
        }
        view.setOwner(owner);
        view.setGroup(group);
    }

    @Override
    public void replace(Path source, Path target) throws IOException {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void syncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    @Override
    public List<Path> list(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.toList();
        }
    }
}
