package dev.notionsetup.envfile;

import dev.notionsetup.token.Secret;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The .env file on disk: read a key, or set keys with one atomic, format-preserving write.
 *
 * <p>Only the values being set change; every other byte (comments, blank lines, order, {@code export}
 * prefixes, quoting, line endings, byte-order mark) stays. A symbolic link is followed and its target is
 * updated, so the link stays a link. Every failure is an {@link EnvFileException} (exit 5) thrown before
 * the file changed; its messages name keys and paths, never values.
 */
public final class EnvFile {
    /**
     * Far more than any real env file, and small enough that reading and editing it never strains the
     * memory: a larger file is refused before more than this is read (a 3 GiB file must not end in an
     * OutOfMemoryError).
     */
    static final int MAX_BYTES = 1024 * 1024;
    /** How the JVM turns path names into bytes: from the locale (LANG, LC_ALL), fixed at start-up. */
    private static final Charset PATH_CHARSET = pathCharset();
    /** Linux gives up after 40 links too; more means a loop. */
    private static final int MAX_LINK_HOPS = 40;

    private final Path path;
    private final FileOps ops;
    private final UnfinishedWrites unfinished;
    private final AtomicWriter writer;

    public EnvFile(Path path, FileOps ops) {
        this(path, ops, UnfinishedWrites.ofThisProcess());
    }

    /** {@code unfinished}: where this file's writes in progress are known, for a signal to stop them. */
    public EnvFile(Path path, FileOps ops, UnfinishedWrites unfinished) {
        this.path = Objects.requireNonNull(path, "path");
        this.ops = Objects.requireNonNull(ops, "ops");
        this.unfinished = Objects.requireNonNull(unfinished, "unfinished");
        this.writer = new AtomicWriter(ops, unfinished);
    }

    public static EnvFile at(Path path) {
        return new EnvFile(path, FileOps.system());
    }

    /** The same file system (real, or faulty in tests) and writes in progress, at another path. */
    public EnvFile movedTo(Path other) {
        return new EnvFile(other, ops, unfinished);
    }

    /** Whether a signal stopped this process's writes: every write from now on fails. */
    public boolean writesStopped() {
        return unfinished.isStopped();
    }

    public Path path() {
        return path;
    }

    /** The value the last assignment of {@code key} gives (what dotenv readers see); empty when absent or no file. */
    public Optional<String> get(String key) {
        Objects.requireNonNull(key, "key");
        Target target = resolve();
        if (!target.exists()) {
            return Optional.empty();
        }
        return parse(read(target.file())).get(key);
    }

    /** Sets the token under {@code key}; see {@link #set(String, Secret, Map)}. */
    public WriteResult set(String key, Secret token) {
        return set(key, token, Map.of());
    }

    /**
     * Sets the token under {@code key} and the values {@code alongside} it in one atomic write; see
     * {@link #set(Map)}. The one place the token's characters go into the file.
     */
    public WriteResult set(String key, Secret token, Map<String, String> alongside) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(key, token.reveal());
        values.putAll(alongside);
        return set(values);
    }

    /**
     * Sets every key (in map order for appends) in one atomic write; throws EnvFileException, file intact.
     * Keys must be variable names ({@code [A-Za-z_][A-Za-z0-9_]*}); a value is refused when no quoting makes
     * all dotenv readers read it the same (line breaks, control characters, some quote/backslash mixes).
     * Nothing is written when the file already holds these values (temporary files left by killed writers
     * are still removed).
     */
    public WriteResult set(Map<String, String> values) {
        requireWritable(values);
        Target target = resolveForWrite();
        byte[] before = target.exists() ? read(target.file()) : new byte[0];
        EnvDocument document = target.exists() ? parse(before) : EnvDocument.empty();

        List<String> replaced = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            (document.assigns(entry.getKey()) ? replaced : added).add(entry.getKey());
            document = withValue(document, entry.getKey(), entry.getValue());
        }
        byte[] after = document.render().getBytes(StandardCharsets.UTF_8);

        List<String> warnings = new ArrayList<>();
        Optional<PosixFileAttributes> attributes = target.exists() ? attributes(target.file()) : Optional.empty();
        boolean unchanged = target.exists() ? Arrays.equals(before, after) : values.isEmpty();
        // Even when nothing needs writing: a rerun after a crash must not leave the crashed run's copy of
        // the token lying in the folder.
        writer.removeStaleTemps(target.file());
        if (!unchanged) {
            if (target.exists()) {
                requireNotReadOnly(target.file(), attributes);
            }
            warnings.addAll(writer.write(target.file(), after, attributes, shown()));
        }
        if (target.exists()) {
            // Who owns the file now, after the write kept (or could not keep) its owner.
            warnings.addAll(warnings(attributes, target.file()));
        }
        return new WriteResult(target.file(), !target.exists() && !unchanged, replaced, added, warnings);
    }

    /**
     * Removes every assignment of {@code key} in one atomic write, every other byte kept, following a link as
     * {@link #set} does; false (and nothing written) when the file does not assign it. Throws
     * EnvFileException, file intact, when readers would disagree about what is left.
     */
    public boolean remove(String key) {
        Target target = resolveForWrite();
        if (!target.exists()) {
            return false;
        }
        EnvDocument document = parse(read(target.file()));
        if (!document.assigns(key)) {
            return false;
        }
        EnvDocument without;
        try {
            without = document.without(key);
        } catch (EnvDocument.Unsafe e) {
            throw readersDisagree(e, key,
                    "Remove the " + key + " line by hand (check the quotes around line " + e.lineNumber() + ").");
        }
        Optional<PosixFileAttributes> attributes = attributes(target.file());
        writer.removeStaleTemps(target.file());
        requireNotReadOnly(target.file(), attributes);
        writer.write(target.file(), without.render().getBytes(StandardCharsets.UTF_8), attributes, shown());
        return true;
    }

    /**
     * What {@link #set} warns about the file as it stands (others can read it; root runs: it belongs to
     * another user), for a run that only reads it. Empty when there is no file.
     */
    public List<String> warnings() {
        Target target = resolve();
        return target.exists() ? warnings(attributes(target.file()), target.file()) : List.of();
    }

    /** {@code attributes}: the file's mode as it was read (a write keeps it); the owner is read again now. */
    private List<String> warnings(Optional<PosixFileAttributes> attributes, Path file) {
        List<String> warnings = new ArrayList<>();
        attributes.flatMap(this::readableByOthers).ifPresent(warnings::add);
        attributes(file).flatMap(this::ownedByAnotherUser).ifPresent(warnings::add);
        return warnings;
    }

    /**
     * Everything {@link #set} would refuse about the place itself (the path, its links, the file's size,
     * encoding and permissions, a folder we cannot create files in), checked before anything is asked or
     * sent, so that nobody walks through the setup to be refused at the end. The same checks as the write,
     * not a second copy of them; throws EnvFileException, nothing changed.
     */
    public void preflight() {
        Target target = resolveForWrite();
        if (target.exists()) {
            parse(read(target.file()));
            requireNotReadOnly(target.file(), attributes(target.file()));
        }
        writer.requireCanCreateIn(target.file(), shown());
    }

    private void requireNotReadOnly(Path file, Optional<PosixFileAttributes> attributes) {
        if (!ops.isWritable(file) || attributes.filter(EnvFile::nobodyMayWrite).isPresent()) {
            throw new EnvFileException(shown() + " is read-only.",
                    "Make it writable (`chmod u+w " + shown() + "`) or choose another --env-file; it was not changed.");
        }
    }

    private EnvDocument withValue(EnvDocument document, String key, String value) {
        try {
            return document.withValue(key, value);
        } catch (EnvDocument.Unsafe e) {
            throw readersDisagree(e, key, "Close the quote on line " + e.lineNumber()
                    + " (or remove that line), then run again.");
        }
    }

    private EnvFileException readersDisagree(EnvDocument.Unsafe e, String key, String fix) {
        return new EnvFileException("Line " + e.lineNumber() + " of " + shown() + " assigns " + key + ", but "
                + e.getMessage() + "; dotenv readers disagree about it, so " + shown() + " was not changed.", fix);
    }

    private void requireWritable(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        values.forEach((key, value) -> {
            EnvDocument.requireWritableKey(key);
            Objects.requireNonNull(value, "value of " + key);
            if (!DotenvQuoting.canWrite(value)) {
                throw new EnvFileException("The value for " + key + " cannot be written to " + shown()
                                + " so that every dotenv reader reads it the same way.",
                        "Use a value without line breaks or control characters, and without quotes mixed with \\ or $.");
            }
        });
    }

    /** The file the path ends at once symbolic links are followed, and whether it exists yet. */
    private record Target(Path file, boolean exists, boolean viaLink) {
    }

    /** As {@link #resolve}, refusing a link someone else could have planted (see {@link #requireSafeLinkTarget}). */
    private Target resolveForWrite() {
        Target target = resolve();
        if (target.viaLink()) {
            requireSafeLinkTarget(target);
        }
        return target;
    }

    private Target resolve() {
        requireRepresentable(path.toAbsolutePath().toString(), PATH_CHARSET);
        Path current = path.toAbsolutePath();
        boolean viaLink = false;
        for (int hop = 0; hop <= MAX_LINK_HOPS; hop++) {
            FileOps.Kind kind;
            try {
                kind = ops.kind(current);
                if (kind == FileOps.Kind.SYMBOLIC_LINK) {
                    // resolveSibling: a relative link target is relative to the link's folder.
                    current = current.resolveSibling(ops.readSymbolicLink(current));
                    viaLink = true;
                    continue;
                }
            } catch (IOException e) {
                throw new EnvFileException("Cannot access " + shown() + ": " + IoReasons.of(e) + ".",
                        "Check the path and its folders' permissions, or choose another --env-file.", e);
            }
            switch (kind) {
                case DIRECTORY -> throw new EnvFileException(shown() + " is a folder, not a file.",
                        "Pass the path of a file with --env-file, for example " + Path.of(shown(), ".env") + ".");
                case OTHER -> throw new EnvFileException(shown() + " is not a regular file.",
                        "Pass the path of a regular file with --env-file.");
                default -> {
                    return new Target(current, kind == FileOps.Kind.REGULAR_FILE, viaLink);
                }
            }
        }
        throw new EnvFileException(shown() + " is a loop of symbolic links.",
                "Fix the link or choose another --env-file.");
    }

    private static Charset pathCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /**
     * In the POSIX locale (LANG unset) the JVM reads a folder name like "café" as "caf\uFFFD\uFFFD" and
     * writes it back as "caf??", which is another folder: the token would land where someone else may have
     * put that folder. A path that did not survive that conversion, or cannot be converted back, is refused.
     */
    /**
     * The same for the working folder, which the JVM itself fails on in that case (loading the trust store
     * with an InvalidPathException), so it is checked before anything else runs.
     */
    public static void requireRepresentableWorkingFolder() {
        requireRepresentable(System.getProperty("user.dir", ""), PATH_CHARSET);
    }

    static void requireRepresentable(String absolutePath, Charset pathCharset) {
        if (absolutePath.indexOf('\uFFFD') >= 0 || !pathCharset.newEncoder().canEncode(absolutePath)) {
            // ASCII only: in this locale anything else prints as '?'.
            throw new EnvFileException("The path of the folder or the env file has characters this locale ("
                    + pathCharset.name() + ") cannot represent, so it could be written to another folder.",
                    "Run it in a UTF-8 locale, for example: LC_ALL=C.UTF-8 notion-setup ...; nothing was written.");
        }
    }

    private byte[] read(Path file) {
        byte[] bytes;
        try {
            bytes = ops.read(file, MAX_BYTES + 1);
        } catch (AccessDeniedException e) {
            throw new EnvFileException("Cannot read " + shown() + ": permission denied.",
                    "Give yourself access (`chmod u+rw " + shown() + "`) or choose another --env-file.", e);
        } catch (IOException e) {
            throw new EnvFileException("Cannot read " + shown() + ": " + IoReasons.of(e) + ".",
                    "Check the file and the disk, or choose another --env-file.", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new EnvFileException(shown() + " is larger than 1 MiB, far too large for an env file.",
                    "Check that it is your .env file or choose another --env-file; it was left unchanged.");
        }
        return bytes;
    }

    private EnvDocument parse(byte[] bytes) {
        return EnvDocument.parse(EnvText.decode(bytes, shown()));
    }

    private Optional<PosixFileAttributes> attributes(Path file) {
        try {
            return ops.posixAttributes(file);
        } catch (IOException e) {
            throw new EnvFileException("Cannot read the permissions of " + shown() + ": " + IoReasons.of(e) + ".",
                    "Check the file's permissions or choose another --env-file.", e);
        }
    }

    /**
     * A file without any write permission was made read-only on purpose. Root may write it anyway, and
     * isWritable says so, but replacing it would silently undo that choice; root is told like anyone else.
     */
    private static boolean nobodyMayWrite(PosixFileAttributes attributes) {
        var mode = attributes.permissions();
        return !mode.contains(PosixFilePermission.OWNER_WRITE) && !mode.contains(PosixFilePermission.GROUP_WRITE)
                && !mode.contains(PosixFilePermission.OTHERS_WRITE);
    }

    /**
     * A link someone else planted (in a cloned repository, a shared folder) must not make us write the token
     * where they can read it or swap the file: so the file actually written must be ours, in a folder other
     * users cannot write (a sticky /tmp included, where they can plant and replace links). Checked before
     * anything is written, for root too, who could write anywhere.
     */
    private void requireSafeLinkTarget(Target target) {
        Path folder = target.file().getParent();
        Optional<PosixFileAttributes> folderAttributes = attributes(folder);
        String real = target.file().toString();
        if (folderAttributes.filter(a -> a.permissions().contains(PosixFilePermission.OTHERS_WRITE)).isPresent()) {
            throw new EnvFileException(shown() + " is a link to " + real + ", in a folder other users can write.",
                    "Replace the link with a file of your own (rm " + shown() + ", then run again), or choose"
                            + " another --env-file; nothing was written.");
        }
        if (target.exists()) {
            Optional<String> owner = attributes(target.file()).map(a -> a.owner().getName())
                    .filter(name -> !name.equals(currentUser()));
            if (owner.isPresent()) {
                throw new EnvFileException(shown() + " is a link to " + real + ", which belongs to "
                        + owner.get() + ", not to you.", "Replace the link with a file of your own (rm " + shown()
                        + ", then run again), or run as " + owner.get() + "; nothing was written.");
            }
        }
    }

    private static String currentUser() {
        return System.getProperty("user.name", "");
    }

    /**
     * Root keeps the owner of a file it rewrites, so that user goes on reading it: right for their own
     * project, but never to happen unnoticed when it hands them a token.
     */
    private Optional<String> ownedByAnotherUser(PosixFileAttributes attributes) {
        String owner = attributes.owner().getName();
        if (!currentUser().equals("root") || owner.equals("root")) {
            return Optional.empty();
        }
        return Optional.of(shown() + " belongs to " + owner + ", who can read the token in it; if that is not"
                + " meant, run `chown root " + shown() + "`.");
    }

    /** The token is a password: anyone who can read the file can act as the integration. */
    private Optional<String> readableByOthers(PosixFileAttributes attributes) {
        var mode = attributes.permissions();
        if (!mode.contains(PosixFilePermission.GROUP_READ) && !mode.contains(PosixFilePermission.OTHERS_READ)) {
            return Optional.empty();
        }
        return Optional.of(shown() + " can be read by other users (" + PosixFilePermissions.toString(mode)
                + "); run `chmod 600 " + shown() + "` to keep the token private.");
    }

    private String shown() {
        return path.toString();
    }
}
