package dev.notionsetup.token;

import java.util.List;
import java.util.Optional;

/** What a Notion integration secret looks like, in one place so cleaning, judging and masking agree. */
final class TokenShape {
    /** Current tokens start with ntn_, older ones with secret_; both are 50 characters long. */
    static final List<String> KNOWN_PREFIXES = List.of("ntn_", "secret_");
    static final int EXPECTED_LENGTH = 50;
    /** Below this it cannot be a whole token, and masking would reveal too large a share of it. */
    static final int MIN_LENGTH = 20;
    /** Far above any token kind we know; longer input is several tokens or a whole file. */
    static final int MAX_LENGTH = 200;

    private TokenShape() {
    }

    static Optional<String> knownPrefix(String value) {
        return KNOWN_PREFIXES.stream().filter(value::startsWith).findFirst();
    }

    /** How many times any known prefix occurs; real tokens contain no underscore after their prefix. */
    static int knownPrefixCount(String value) {
        int count = 0;
        for (String prefix : KNOWN_PREFIXES) {
            for (int at = value.indexOf(prefix); at >= 0; at = value.indexOf(prefix, at + prefix.length())) {
                count++;
            }
        }
        return count;
    }

    static boolean isTokenCharacter(int codePoint) {
        return codePoint >= 'a' && codePoint <= 'z'
                || codePoint >= 'A' && codePoint <= 'Z'
                || codePoint >= '0' && codePoint <= '9'
                || codePoint == '_' || codePoint == '-';
    }

    static boolean allTokenCharacters(String text) {
        return text.codePoints().allMatch(TokenShape::isTokenCharacter);
    }

    /** Length as a person counts it: an emoji is one character, not two UTF-16 units. */
    static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    static String characters(int count) {
        return count == 1 ? "1 character" : count + " characters";
    }
}
