package dev.notionsetup.envfile;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Unpredictable suffixes for temporary files, so that nobody can create ahead of us the name we are about to
 * use. Read from the kernel's generator where there is one: a {@link SecureRandom} first sets up the JDK's
 * security providers, and the env file's preflight makes a temporary file before the wizard's first screen.
 * Elsewhere (Windows, where "/dev/urandom" would be a path anyone could create on the
 * current drive), from a SecureRandom.
 */
final class TempNames {
    /** The kernel's non-blocking generator on Linux, macOS and the BSDs. */
    static final Path KERNEL_SOURCE = Path.of("/dev/urandom");

    /** Null: none, the SecureRandom. */
    private final Path source;

    /** Made on first use only: see the class comment. */
    private static final class Fallback {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    /** {@code source}: a file of random bytes, {@link #KERNEL_SOURCE} but in tests; null for none. */
    TempNames(Path source) {
        this.source = source;
    }

    /** This system's: the kernel's generator where paths are POSIX ones, else none. */
    static TempNames system() {
        return new TempNames(File.separatorChar == '/' ? KERNEL_SOURCE : null);
    }

    /** A random unsigned 64-bit number, in decimal. */
    String next() {
        byte[] bytes = fromSource();
        // Not Optional.orElseGet(Fallback.RANDOM::nextLong): that reference would always make the SecureRandom.
        return Long.toUnsignedString(bytes.length == Long.BYTES ? ByteBuffer.wrap(bytes).getLong()
                : Fallback.RANDOM.nextLong());
    }

    /** Eight bytes from the source, or fewer when it has none to give. */
    private byte[] fromSource() {
        if (source == null) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(source)) {
            return in.readNBytes(Long.BYTES);
        } catch (IOException | RuntimeException e) {
            return new byte[0]; // no such device here: the JDK's generator instead
        }
    }
}
