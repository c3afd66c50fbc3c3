package dev.notionsetup.token;

/** The only way a token is ever shown: masked. */
public final class Secrets {
    private Secrets() {
    }

    /** "ntn_…wxyz": at most the known prefix and the last four characters. */
    public static String mask(String token) {
        throw new UnsupportedOperationException("implemented in the token change");
    }

    /** "ntn_…wxyz (50 characters)". */
    public static String describe(String token) {
        throw new UnsupportedOperationException();
    }
}
