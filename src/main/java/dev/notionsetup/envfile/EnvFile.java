package dev.notionsetup.envfile;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The .env file on disk: read a key, or set keys with one atomic, format-preserving write. */
public final class EnvFile {

    public EnvFile(Path path, FileOps ops) {
        throw new UnsupportedOperationException("implemented in the env file change");
    }

    public static EnvFile at(Path path) {
        return new EnvFile(path, FileOps.system());
    }

    public Path path() {
        throw new UnsupportedOperationException();
    }

    /** The value the last assignment of {@code key} gives (what dotenv readers see); empty when absent or no file. */
    public Optional<String> get(String key) {
        throw new UnsupportedOperationException();
    }

    /** Sets every key (in map order for appends) in one atomic write; throws EnvFileException, file intact. */
    public WriteResult set(Map<String, String> values) {
        throw new UnsupportedOperationException();
    }
}
