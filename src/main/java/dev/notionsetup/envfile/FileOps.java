package dev.notionsetup.envfile;

/** The file-system operations EnvFile needs, so tests can inject faults (disk full, rename failure). */
public interface FileOps {
    static FileOps system() {
        throw new UnsupportedOperationException("implemented in the env file change");
    }
}
