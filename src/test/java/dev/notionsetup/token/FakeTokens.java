package dev.notionsetup.token;

/**
 * Token-shaped test values that are visibly fake: a known prefix, "test" repeated, and "WXYZ" at the
 * end so masks are easy to read. Built in code so no string literal looks like a real secret.
 */
final class FakeTokens {
    static final String TAIL = "WXYZ";

    private FakeTokens() {
    }

    /** {@code prefix}, then "test…" padding, then "WXYZ", {@code length} characters in all. */
    static String fake(String prefix, int length) {
        return fake(prefix, length, "test", TAIL);
    }

    /** {@code prefix}, then {@code filler} repeated, then {@code tail}, {@code length} characters in all. */
    static String fake(String prefix, int length, String filler, String tail) {
        int padding = length - prefix.length() - tail.length();
        return prefix + filler.repeat(padding / filler.length() + 1).substring(0, padding) + tail;
    }

    /** A current-style token of the real length (50). */
    static String ntn() {
        return fake("ntn_", 50);
    }

    /** An older-style token of the real length (50). */
    static String secret() {
        return fake("secret_", 50);
    }
}
