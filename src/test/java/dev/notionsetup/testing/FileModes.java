package dev.notionsetup.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** POSIX modes for the tests that put a file or folder in a mode the tool must cope with, then take it back. */
public final class FileModes {
    /** The mode the tool gives the env file it writes, and the one the fault tests start from. */
    public static final String PRIVATE_FILE = "rw-------";
    /** The owner's own folder: what a test puts back so JUnit can clean up its temporary folder. */
    public static final String PRIVATE_FOLDER = "rwx------";

    /** What runs while a file is in another mode. */
    @FunctionalInterface
    public interface Body {
        void run() throws IOException;
    }

    private FileModes() {
    }

    /** Sets a mode written the way {@code ls -l} shows it, e.g. {@code r--------}. */
    public static void set(Path path, String mode) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }

    /** Writes the file with these bytes, private to the owner. */
    public static Path writePrivate(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        set(file, PRIVATE_FILE);
        return file;
    }

    /** Runs the body with the file in the mode, then makes it private again, whatever the body did. */
    public static void whileIn(String mode, Path file, Body body) throws IOException {
        set(file, mode);
        try {
            body.run();
        } finally {
            set(file, PRIVATE_FILE);
        }
    }
}
