package dev.notionsetup.token;

/** The only way a token is ever shown: masked. */
public final class Secrets {
    /** One character, U+2026, so a masked form can never be mistaken for part of the token. */
    static final String ELLIPSIS = "\u2026";
    private static final int SHOWN_TAIL = 4;

    private Secrets() {
    }

    /**
     * "ntn_…wxyz": at most the known prefix and the last four characters. An unknown prefix is not shown
     * ("…wxyz"), because it may be part of the secret; anything under 20 characters shows nothing ("…"),
     * because four characters would be too large a share of it. A tail that is not plain token characters
     * is not shown either, so a mask can never carry control characters to the terminal.
     */
    public static String mask(String token) {
        if (token == null || TokenShape.length(token) < TokenShape.MIN_LENGTH) {
            return ELLIPSIS;
        }
        String prefix = TokenShape.knownPrefix(token).orElse("");
        String tail = token.substring(token.length() - SHOWN_TAIL);
        return prefix + ELLIPSIS + (TokenShape.allTokenCharacters(tail) ? tail : "");
    }

    /** "ntn_…wxyz (50 characters)". */
    public static String describe(String token) {
        int length = token == null ? 0 : TokenShape.length(token);
        return mask(token) + " (" + TokenShape.characters(length) + ")";
    }
}
