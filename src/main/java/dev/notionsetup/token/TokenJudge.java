package dev.notionsetup.token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Judges a cleaned token. The checks run from the most specific explanation to the most general, so a
 * pasted URL is called a web address rather than "punctuation", and two pasted tokens are called that
 * rather than "a line break". Every text is built from fixed phrases, lengths and character kinds, never
 * from the token, so it can be printed and logged freely.
 */
final class TokenJudge {
    private static final String COPY_AGAIN =
            "Copy it again with the Copy button (or click Show and select all of it) on the integration's page.";
    private static final String COPY_SECRET_NOT_ADDRESS =
            "On the integration's page, find Internal Integration Secret, click Show, then Copy, and paste that.";
    private static final String PASTE_ONE =
            "Paste only the secret: copy it again with the Copy button on the integration's page.";
    private static final String ONLY_TOKEN_CHARACTERS = "a Notion secret has only A-Z, a-z, 0-9, _ and -";

    private static final Pattern WEB_ADDRESS = Pattern.compile(
            "^(?:https?://|www\\.)|notion\\.(?:so|site|com)/", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTION_ID = Pattern.compile(
            "[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);
    /** Enough to be precise without turning one line into a list. */
    private static final int MAX_KINDS_NAMED = 3;

    static final String UNKNOWN_PREFIX_WARNING =
            "It doesn't start with ntn_ or secret_ like Notion integration secrets do.";

    private TokenJudge() {
    }

    /** {@code nothingPasted}: the raw input was empty, as opposed to cleaned down to nothing. */
    static TokenVerdict judge(String value, boolean nothingPasted) {
        if (value.isEmpty()) {
            return new TokenVerdict.Invalid(
                    nothingPasted ? "Nothing was pasted." : "There is no secret in what was pasted, only blank space, quotes or labels.",
                    "Copy the Internal Integration Secret from the integration's page and paste it.");
        }
        int length = TokenShape.length(value);
        if (length > TokenShape.MAX_LENGTH) {
            return new TokenVerdict.Invalid("That is " + TokenShape.characters(length)
                    + "; a Notion integration secret is " + TokenShape.EXPECTED_LENGTH
                    + ". It looks like more than one token or a whole file was pasted.", PASTE_ONE);
        }
        if (WEB_ADDRESS.matcher(value).find()) {
            return new TokenVerdict.Invalid("That is a web address, not the secret.", COPY_SECRET_NOT_ADDRESS);
        }
        int prefixes = TokenShape.knownPrefixCount(value);
        if (prefixes > 1) {
            return new TokenVerdict.Invalid("It looks like " + prefixes + " secrets were pasted together.",
                    "Paste just one secret: copy it again with the Copy button on the integration's page.");
        }
        if (prefixes == 1 && hasLabelBeforePrefix(value)) {
            return new TokenVerdict.Invalid("There is other text before the secret's ntn_ or secret_.",
                    "Paste only the secret itself, starting with ntn_ or secret_.");
        }
        if (length < TokenShape.MIN_LENGTH) {
            return new TokenVerdict.Invalid("That is only " + TokenShape.characters(length)
                    + "; a Notion integration secret is " + TokenShape.EXPECTED_LENGTH
                    + " and starts with ntn_ or secret_.", COPY_AGAIN);
        }
        List<String> breaking = kinds(value, CharacterKind::breaksToken);
        if (!breaking.isEmpty()) {
            return new TokenVerdict.Invalid("It contains " + join(breaking)
                    + " inside; a Notion secret is one unbroken word.", COPY_AGAIN);
        }
        List<String> nonAscii = kinds(value, CharacterKind::isNonAscii);
        if (!nonAscii.isEmpty()) {
            return new TokenVerdict.Invalid("It contains non-ASCII characters (" + join(nonAscii) + "); "
                    + ONLY_TOKEN_CHARACTERS + ".",
                    "Copy it with the Copy button rather than typing it; some letters only look like Latin ones.");
        }
        if (NOTION_ID.matcher(value).matches()) {
            return new TokenVerdict.Invalid("That looks like a page or database id, not the secret.",
                    COPY_SECRET_NOT_ADDRESS);
        }
        List<String> other = kinds(value, kind -> kind != CharacterKind.TOKEN);
        if (!other.isEmpty()) {
            return new TokenVerdict.Invalid("It contains " + join(other) + "; " + ONLY_TOKEN_CHARACTERS + ".",
                    COPY_AGAIN);
        }
        if (TokenShape.knownPrefix(value).isPresent()) {
            // Real tokens are 50 characters, but other lengths stay acceptable: Notion has the last word.
            return new TokenVerdict.Acceptable();
        }
        return new TokenVerdict.UnknownPrefix(UNKNOWN_PREFIX_WARNING);
    }

    /** "my token: ntn_…", "KEY=ntn_…": a word boundary before the prefix, not a stray character glued to it. */
    private static boolean hasLabelBeforePrefix(String value) {
        for (String prefix : TokenShape.KNOWN_PREFIXES) {
            int at = value.indexOf(prefix);
            if (at > 0) {
                char before = value.charAt(at - 1);
                return before == '=' || before == ':' || CharacterKind.of(before).isBlank();
            }
        }
        return false;
    }

    private static List<String> kinds(String value, Predicate<CharacterKind> wanted) {
        Set<String> found = new LinkedHashSet<>();
        value.codePoints()
                .filter(cp -> wanted.test(CharacterKind.of(cp)))
                .forEach(cp -> found.add(CharacterKind.describe(cp)));
        return new ArrayList<>(found).subList(0, Math.min(found.size(), MAX_KINDS_NAMED));
    }

    /** "a, b and c". */
    private static String join(List<String> phrases) {
        if (phrases.size() == 1) {
            return phrases.get(0);
        }
        return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " and " + phrases.get(phrases.size() - 1);
    }
}
