package dev.notionsetup.token;

import java.util.List;

/**
 * A pasted token after cleaning. {@code value} is the cleaned token (may be empty); {@code corrections}
 * say what was cleaned ("removed surrounding quotes"); {@code verdict} says whether it may be used.
 */
public record TokenCandidate(String value, List<String> corrections, TokenVerdict verdict) {
    public TokenCandidate {
        corrections = List.copyOf(corrections);
    }

    /** Masked, because a record's generated toString would put the secret into logs and exception messages. */
    @Override
    public String toString() {
        return "TokenCandidate[value=" + Secrets.describe(value) + ", corrections=" + corrections
                + ", verdict=" + verdict + "]";
    }
}
