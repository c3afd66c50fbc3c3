package dev.notionsetup.token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans what users paste by accident and judges whether the result can be a Notion token. The checks run
 * from the most specific explanation to the most general, so a pasted URL is called a web address rather than
 * "punctuation", and two pasted tokens are called that rather than "a line break". Every text is built from
 * fixed phrases, lengths and character kinds, never from the token, so it can be printed and logged freely.
 */
public final class TokenCleaner {
    /**
     * Accidents nest (a quoted "Bearer …" line inside a code fence), so the cleanups repeat until nothing
     * changes. Each round removes at least one character; the cap only bounds work on hostile input, which
     * is then judged as it stands.
     */
    private static final int MAX_ROUNDS = 32;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;

    /** Opening quote to closing quote, including the pairs word processors and chat apps substitute. */
    private static final Map<Character, String> QUOTE_PAIRS = Map.of(
            '"', "\"",
            '\'', "'",
            '`', "`",
            '\u201C', "\u201D",       // “…”
            '\u2018', "\u2019",       // ‘…’
            '\u201D', "\u201D",       // ”…” (some keyboards and fonts use the closing mark on both sides)
            '\u2019', "\u2019",       // ’…’
            '\u201E', "\u201C\u201D", // „…“ (German) and „…”
            '\u00AB', "\u00BB");      // «…»

    /** Text people copy along with the token, in the order it appears on a line. */
    private static final List<LeadingText> LEADING_TEXTS = List.of(
            // A line from a .env file or a shell.
            new LeadingText(Pattern.compile("^(export\\s+)?(NOTION_API_KEY|NOTION_TOKEN)\\s*([=:])\\s*", FLAGS),
                    m -> (m.group(1) == null ? "" : "export ") + m.group(2).toUpperCase(Locale.ROOT) + m.group(3)),
            // A whole HTTP header copied from curl or a request log.
            new LeadingText(Pattern.compile("^authorization\\s*:\\s*", FLAGS), m -> "Authorization: "),
            new LeadingText(Pattern.compile("^bearer\\s+", FLAGS), m -> "Bearer "));
    /** Terminals wrap pastes in these when a program turned bracketed paste on and did not consume them. */
    private static final String PASTE_START = "\u001B[200~";
    private static final String PASTE_END = "\u001B[201~";

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

    private static final String UNKNOWN_PREFIX_WARNING =
            "It doesn't start with ntn_ or secret_ like Notion integration secrets do.";

    private TokenCleaner() {
    }

    /** As {@link #clean(String)}: cleaning reads every character of what was given. */
    public static TokenCandidate clean(Secret raw) {
        return clean(raw.reveal());
    }

    public static TokenCandidate clean(String raw) {
        String value = raw == null ? "" : raw;
        // A set: the same accident found in two rounds is reported once.
        Set<String> corrections = new LinkedHashSet<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String before = value;
            value = trimEdges(value, corrections);
            value = removePasteMarkers(value, corrections);
            value = removeMatchingQuotes(value, corrections);
            for (LeadingText leading : LEADING_TEXTS) {
                value = leading.remove(value, corrections);
            }
            if (value.equals(before)) {
                break;
            }
        }
        boolean nothingPasted = raw == null || raw.isEmpty();
        return new TokenCandidate(Secret.of(value), List.copyOf(corrections), judge(value, nothingPasted));
    }

    private static String trimEdges(String value, Set<String> corrections) {
        int start = 0;
        int end = value.length();
        while (start < end && CharacterKind.of(value.charAt(start)).isBlank()) {
            start++;
        }
        while (end > start && CharacterKind.of(value.charAt(end - 1)).isBlank()) {
            end--;
        }
        if (start == 0 && end == value.length()) {
            return value;
        }
        String removed = value.substring(0, start) + value.substring(end);
        int lineBreaks = removed.replace("\r\n", "\n").codePoints()
                .map(cp -> CharacterKind.of(cp) == CharacterKind.LINE_BREAK ? 1 : 0).sum();
        if (lineBreaks == 1) {
            corrections.add("removed a line break");
        } else if (lineBreaks > 1) {
            corrections.add("removed line breaks");
        }
        if (removed.chars().anyMatch(c -> CharacterKind.of(c) == CharacterKind.INVISIBLE)) {
            corrections.add("removed invisible characters at the edges");
        }
        if (removed.chars().anyMatch(c -> CharacterKind.of(c).isBlank()
                && CharacterKind.of(c) != CharacterKind.LINE_BREAK && CharacterKind.of(c) != CharacterKind.INVISIBLE)) {
            corrections.add("removed surrounding whitespace");
        }
        return value.substring(start, end);
    }

    private static String removePasteMarkers(String value, Set<String> corrections) {
        String result = value;
        if (result.startsWith(PASTE_START)) {
            result = result.substring(PASTE_START.length());
        }
        if (result.endsWith(PASTE_END)) {
            result = result.substring(0, result.length() - PASTE_END.length());
        }
        if (!result.equals(value)) {
            corrections.add("removed terminal paste markers");
        }
        return result;
    }

    private static String removeMatchingQuotes(String value, Set<String> corrections) {
        if (value.length() < 2) {
            return value;
        }
        String closers = QUOTE_PAIRS.get(value.charAt(0));
        if (closers == null || closers.indexOf(value.charAt(value.length() - 1)) < 0) {
            return value;
        }
        corrections.add("removed surrounding quotes");
        return value.substring(1, value.length() - 1);
    }

    /** {@code nothingPasted}: the raw input was empty, as opposed to cleaned down to nothing. */
    private static TokenVerdict judge(String value, boolean nothingPasted) {
        if (value.isEmpty()) {
            return new TokenVerdict.Invalid(
                    nothingPasted ? "Nothing was pasted."
                            : "There is no secret in what was pasted, only blank space, quotes or labels.",
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

    /**
     * Text before the token, and how to name it in a correction: in its usual spelling rather than as
     * typed, so a correction is always one of a few fixed phrases.
     */
    private record LeadingText(Pattern pattern, Function<MatchResult, String> spelling) {
        String remove(String value, Set<String> corrections) {
            Matcher matcher = pattern.matcher(value);
            if (!matcher.lookingAt()) {
                return value;
            }
            corrections.add("removed a leading '" + spelling.apply(matcher) + "'");
            return value.substring(matcher.end());
        }
    }
}
