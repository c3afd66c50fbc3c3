package dev.notionsetup.envfile;

import java.util.Objects;
import java.util.Optional;

/**
 * One logical line of a .env file, kept exactly as it was read. A quoted value may make it span several
 * physical lines; {@code text} then contains their inner line breaks. {@code ending} is the line break that
 * follows it ("\n", "\r\n", "\r"), or "" for a last line without one. {@code disputedUntil} is 0, or, for a
 * line opening a quote whose closing quote comes on a later line but not at a line end, how far from the
 * line's start that closing quote is: Node's dotenv reads the value unquoted, to the end of its own line, but
 * Python's dotenv reads it up to that quote, so the lines in between may not be lines to every reader.
 */
record EnvLine(String text, String ending, Optional<EnvAssignment> assignment, int disputedUntil) {
    EnvLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ending, "ending");
        Objects.requireNonNull(assignment, "assignment");
    }

    EnvLine(String text, String ending, Optional<EnvAssignment> assignment) {
        this(text, ending, assignment, 0);
    }

    /** A comment, blank line, or anything else that assigns nothing: kept byte for byte, never interpreted. */
    static EnvLine other(String text, String ending) {
        return new EnvLine(text, ending, Optional.empty());
    }

    boolean assigns(String key) {
        return assignment.map(a -> a.key().equals(key)).orElse(false);
    }

    EnvLine withEnding(String newEnding) {
        return new EnvLine(text, newEnding, assignment, disputedUntil);
    }
}
