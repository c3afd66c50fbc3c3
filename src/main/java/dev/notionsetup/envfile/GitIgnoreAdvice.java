package dev.notionsetup.envfile;

import java.nio.file.Path;
import java.util.Optional;

/** Whether the env file sits in a git work tree without being ignored, and the fix (append to .gitignore). */
public final class GitIgnoreAdvice {

    /** The .gitignore that should list the env file, when it is inside a work tree and not ignored yet. */
    public Optional<Path> gitignoreNeedingEntry(Path envFile) {
        throw new UnsupportedOperationException("implemented in the env file change");
    }

    /** Appends the env file's name to that .gitignore (created if needed), preserving what is there. */
    public void addEntry(Path gitignore, Path envFile) {
        throw new UnsupportedOperationException();
    }
}
