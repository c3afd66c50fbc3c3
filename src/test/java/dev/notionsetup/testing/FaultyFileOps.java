package dev.notionsetup.testing;

import dev.notionsetup.envfile.FileOps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
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

    private void enter(Step step, Path path) throws IOException {
        calls.add(step + " " + path);
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
    public Path createPrivateTempFile(Path directory, String prefix) throws IOException {
        enter(Step.CREATE_TEMP, directory);
        Path temp = real.createPrivateTempFile(directory, prefix);
        tempFiles.add(temp);
        return temp;
    }

    @Override
    public void write(Path file, byte[] content) throws IOException {
        enter(Step.WRITE, file);
        tempModesAtWrite.add(Files.getPosixFilePermissions(file));
        IOException fault = faults.get(Step.WRITE);
        if (fault != null) {
            real.write(file, Arrays.copyOf(content, content.length / 2));
            throw fault;
        }
        real.write(file, content);
    }

    @Override
    public void sync(Path file) throws IOException {
        enter(Step.SYNC, file);
        IOException fault = faults.get(Step.SYNC);
        if (fault != null) {
            throw fault;
        }
        real.sync(file);
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
