package dev.notionsetup.token;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The only way a token is ever shown: masked. */
public final class Secrets {
    /** A known prefix and the token characters after it: what a pasted Notion secret looks like in text. */
    private static final Pattern TOKEN_IN_TEXT = Pattern.compile("(?:ntn_|secret_)[A-Za-z0-9_-]+");

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

    /**
     * {@code text} with every token-shaped part (ntn_ or secret_ followed by token characters, 20 characters
     * or more) replaced by its mask. For messages that repeat what the user typed, such as a command-line
     * argument picocli could not place: a token pasted as a positional argument or after a mistyped option
     * must not end up in a terminal's scrollback or a CI log.
     */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TOKEN_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String found = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(
                    TokenShape.length(found) < TokenShape.MIN_LENGTH ? found : mask(found)));
        }
        return m.appendTail(out).toString();
    }

    /** "ntn_…wxyz (50 characters)". */
    public static String describe(String token) {
        int length = token == null ? 0 : TokenShape.length(token);
        return mask(token) + " (" + TokenShape.characters(length) + ")";
    }
}
