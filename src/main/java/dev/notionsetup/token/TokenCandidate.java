package dev.notionsetup.token;

import java.util.List;

/**
 * A pasted token after cleaning. {@code value} is the cleaned token (may be empty); {@code corrections}
 * say what was cleaned ("removed surrounding quotes"); {@code verdict} says whether it may be used.
 */
public record TokenCandidate(Secret value, List<String> corrections, TokenVerdict verdict) {
    public TokenCandidate {
        corrections = List.copyOf(corrections);
    }
}
