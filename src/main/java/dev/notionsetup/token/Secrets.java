package dev.notionsetup.token;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The only way a token is ever shown: masked. */
public final class Secrets {
    /** A known prefix and the token characters after it: what a pasted Notion secret looks like in text. */
    private static final Pattern TOKEN_IN_TEXT = Pattern.compile("(?:ntn_|secret_)[A-Za-z0-9_-]+");
    /** A run of token characters, for {@link #redactLikely}. */
    private static final Pattern TOKEN_CHARACTERS = Pattern.compile("[A-Za-z0-9_-]+");
    /** The shortest part of a known secret that {@link #redactEcho} recognizes. */
    public static final int ECHO_MIN = 10;

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
        return TOKEN_IN_TEXT.matcher(text).replaceAll(found -> Matcher.quoteReplacement(
                TokenShape.length(found.group()) < TokenShape.MIN_LENGTH ? found.group() : mask(found.group())));
    }

    /**
     * As {@link #redact}, and also every other run of 20 or more token characters that mixes upper case, lower
     * case and digits, which is what a token looks like without its prefix (Notion's secrets are random
     * letters and digits; ids are lower-case hex, option names have no digits). For text that repeats what the
     * user typed, where a token may sit without its prefix: an argument picocli could not place, an option
     * value quoted in an error.
     */
    public static String redactLikely(String text) {
        if (text == null) {
            return null;
        }
        return TOKEN_CHARACTERS.matcher(redact(text)).replaceAll(found -> Matcher.quoteReplacement(
                looksRandom(found.group()) ? mask(found.group()) : found.group()));
    }

    private static boolean looksRandom(String run) {
        return TokenShape.length(run) >= TokenShape.MIN_LENGTH && run.chars().anyMatch(Character::isUpperCase)
                && run.chars().anyMatch(Character::isLowerCase) && run.chars().anyMatch(Character::isDigit);
    }

    /**
     * {@code text} with {@code secret}, and every run of {@value #ECHO_MIN} or more of its characters, replaced by
     * {@code replacement}. For text that may echo a secret we know: an echo can be cut (server text is bounded)
     * or hold only part of it, and an exact match alone would let that part through.
     */
    public static String redactEcho(String text, String secret, String replacement) {
        if (text == null || secret == null || secret.length() < 4) {
            return text;
        }
        if (secret.length() < ECHO_MIN) {
            return text.replace(secret, replacement);
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i + ECHO_MIN;
            if (end <= text.length() && secret.contains(text.substring(i, end))) {
                while (end < text.length() && secret.contains(text.substring(i, end + 1))) {
                    end++;
                }
                out.append(replacement);
                i = end;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** "ntn_…wxyz (50 characters)". */
    static String describe(String token) {
        int length = token == null ? 0 : TokenShape.length(token);
        return mask(token) + " (" + TokenShape.characters(length) + ")";
    }
}
