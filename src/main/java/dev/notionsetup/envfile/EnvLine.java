package dev.notionsetup.envfile;

import java.util.Objects;
import java.util.Optional;

/**
 * One logical line of a .env file, kept exactly as it was read. A quoted value may make it span several
 * physical lines; {@code text} then contains their inner line breaks. {@code ending} is the line break that
 * follows it ("\n", "\r\n", "\r"), or "" for a last line without one.
 */
record EnvLine(String text, String ending, Optional<EnvAssignment> assignment) {
    EnvLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ending, "ending");
        Objects.requireNonNull(assignment, "assignment");
    }

    /** A comment, blank line, or anything else that assigns nothing: kept byte for byte, never interpreted. */
    static EnvLine other(String text, String ending) {
        return new EnvLine(text, ending, Optional.empty());
    }

    boolean assigns(String key) {
        return assignment.map(a -> a.key().equals(key)).orElse(false);
    }

    EnvLine withEnding(String newEnding) {
        return new EnvLine(text, newEnding, assignment);
    }
}
