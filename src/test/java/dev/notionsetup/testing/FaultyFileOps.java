package dev.notionsetup.testing;

import dev.notionsetup.envfile.FileOps;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The real file system with faults injected at chosen steps, and a log of what was called. A failing
 * write first writes half of the bytes, and a failing sync comes after the data was written, so the
 * temporary file really exists with content when the failure happens, as it would on a full disk.
 */
public final class FaultyFileOps implements FileOps {
    public enum Step { KIND, READ, ATTRIBUTES, CREATE_TEMP, WRITE, SYNC, SET_PERMISSIONS, SET_OWNER, REPLACE, SYNC_DIRECTORY, DELETE }

    private final FileOps real = FileOps.system();
    private final Map<Step, IOException> faults = new EnumMap<>(Step.class);
    private final Map<Path, Kind> kinds = new HashMap<>();
    private final Map<Step, Runnable> actions = new EnumMap<>(Step.class);
    private boolean writable = true;

    /** Every call, in order, as "STEP path". */
    public final List<String> calls = new ArrayList<>();
    /** Temporary files created, and the mode each had when its contents were written. */
    public final List<Path> tempFiles = new ArrayList<>();
    public final List<Set<PosixFilePermission>> tempModesAtWrite = new ArrayList<>();

    public FaultyFileOps failAt(Step step, IOException fault) {
        faults.put(step, fault);
        return this;
    }

    /** Removes the fault at {@code step}: the disk that was full has room again. */
    public FaultyFileOps heal(Step step) {
        faults.remove(step);
        return this;
    }

    /** Makes isWritable answer false, as it does for a read-only file when not running as root. */
    public FaultyFileOps readOnly() {
        writable = false;
        return this;
    }

    /** Makes kind() report {@code kind} for {@code path} (e.g. OTHER for a device or FIFO). */
    public FaultyFileOps pretend(Path path, Kind kind) {
        kinds.put(path, kind);
        return this;
    }

    public boolean called(Step step) {
        return calls.stream().anyMatch(c -> c.startsWith(step + " "));
    }

    public List<Step> steps() {
        return calls.stream().map(c -> Step.valueOf(c.substring(0, c.indexOf(' ')))).toList();
    }

    /** Runs {@code action} when {@code step} is entered, e.g. what a signal arriving at that moment does. */
    public FaultyFileOps onStep(Step step, Runnable action) {
        actions.put(step, action);
        return this;
    }

    private void enter(Step step, Path path) throws IOException {
        calls.add(step + " " + path);
        Runnable action = actions.get(step);
        if (action != null) {
            action.run();
        }
        IOException fault = faults.get(step);
        if (fault != null && step != Step.WRITE && step != Step.SYNC) {
            throw fault;
        }
    }

    @Override
    public Kind kind(Path path) throws IOException {
        enter(Step.KIND, path);
        Kind pretended = kinds.get(path);
        return pretended != null ? pretended : real.kind(path);
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
        return real.readSymbolicLink(link);
    }

    @Override
    public byte[] read(Path file, int maxBytes) throws IOException {
        enter(Step.READ, file);
        return real.read(file, maxBytes);
    }

    @Override
    public boolean isWritable(Path file) {
        return writable && real.isWritable(file);
    }

    @Override
    public Optional<PosixFileAttributes> posixAttributes(Path file) throws IOException {
        enter(Step.ATTRIBUTES, file);
        return real.posixAttributes(file);
    }

    @Override
    public TempFile createPrivateTempFile(Path directory, String prefix) throws IOException {
        enter(Step.CREATE_TEMP, directory);
        TempFile temp = real.createPrivateTempFile(directory, prefix);
        tempFiles.add(temp.path());
        return new TempFile() {
            @Override
            public Path path() {
                return temp.path();
            }

            @Override
            public void write(byte[] content) throws IOException {
                enter(Step.WRITE, temp.path());
                if (Files.getFileAttributeView(temp.path(), PosixFileAttributeView.class) != null) { // none on Windows
                    tempModesAtWrite.add(Files.getPosixFilePermissions(temp.path()));
                }
                IOException fault = faults.get(Step.WRITE);
                if (fault != null) {
                    temp.write(Arrays.copyOf(content, content.length / 2));
                    throw fault;
                }
                temp.write(content);
            }

            @Override
            public void sync() throws IOException {
                enter(Step.SYNC, temp.path());
                IOException fault = faults.get(Step.SYNC);
                if (fault != null) {
                    throw fault;
                }
                temp.sync();
            }

            @Override
            public void close() throws IOException {
                temp.close();
            }
        };
    }

    @Override
    public Optional<Closeable> tryLock(Path file) throws IOException {
        return real.tryLock(file);
    }

    @Override
    public Instant lastModified(Path file) throws IOException {
        return real.lastModified(file);
    }

    @Override
    public void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException {
        enter(Step.SET_PERMISSIONS, file);
        real.setPermissions(file, permissions);
    }

    @Override
    public void setOwnerAndGroup(Path file, UserPrincipal owner, GroupPrincipal group) throws IOException {
        enter(Step.SET_OWNER, file);
        real.setOwnerAndGroup(file, owner, group);
    }

    @Override
    public void replace(Path source, Path target) throws IOException {
        enter(Step.REPLACE, target);
        real.replace(source, target);
    }

    @Override
    public void syncDirectory(Path directory) throws IOException {
        enter(Step.SYNC_DIRECTORY, directory);
        real.syncDirectory(directory);
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        enter(Step.DELETE, file);
        real.deleteIfExists(file);
    }

    @Override
    public List<Path> list(Path directory) throws IOException {
        return real.list(directory);
    }
}
