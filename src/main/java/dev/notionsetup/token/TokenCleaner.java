package dev.notionsetup.token;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleans what users paste by accident and judges whether the result can be a Notion token. */
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

    private TokenCleaner() {
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
        return new TokenCandidate(Secret.of(value), List.copyOf(corrections), TokenJudge.judge(value, nothingPasted));
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
