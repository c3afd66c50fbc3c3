package dev.notionsetup.token;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Asserts that nothing a person will read repeats a pasted value. */
final class LeakCheck {
    /**
     * Shorter values can coincide with the fixed wording ("secret_." is in "...starts with ntn_ or
     * secret_."), and the mask shows nothing of anything under 20 characters anyway. That messages never
     * depend on what was pasted, at any length, is shown separately by TokenCleanerPropertiesTest.
     */
    static final int MIN_CHECKED_LENGTH = 12;
    /**
     * No run of this many consecutive characters of the value may appear in a message. Twelve is three
     * times what the mask shows, yet longer than the words messages share with pasted web addresses.
     */
    static final int WINDOW = 12;
    /**
     * Every correction is one of these fixed phrases, so none can carry anything pasted. (Checking them by
     * windows instead would flag a value that itself contains "NOTION_TOKEN=", which a correction names.)
     */
    private static final Pattern CORRECTION = Pattern.compile("removed (surrounding whitespace|surrounding quotes"
            + "|a line break|line breaks|invisible characters at the edges|terminal paste markers"
            + "|a leading '(Bearer |Authorization: |(export )?(NOTION_API_KEY|NOTION_TOKEN)[=:])')");

    private LeakCheck() {
    }

    /** The verdict's message(s): what and fix, or the warning. */
    static List<String> messages(TokenVerdict verdict) {
        List<String> texts = new ArrayList<>();
        if (verdict instanceof TokenVerdict.Invalid invalid) {
            texts.add(invalid.what());
            texts.add(invalid.fix());
        } else if (verdict instanceof TokenVerdict.UnknownPrefix unknown) {
            texts.add(unknown.warning());
        }
        return texts;
    }

    /**
     * The cleaned value is what may be a secret; the raw paste is that plus labels such as
     * "NOTION_API_KEY=". Messages may repeat neither the paste, nor the value, nor any {@value #WINDOW}
     * characters of the value; corrections must be fixed phrases.
     */
    static void assertNoLeak(String raw, TokenCandidate candidate) {
        for (String correction : candidate.corrections()) {
            assertTrue(CORRECTION.matcher(correction).matches(), () -> "not a known correction: " + correction);
        }
        List<String> texts = messages(candidate.verdict());
        // toString holds the corrections too; they are checked above, and would clash with labels in a value.
        texts.add(candidate.toString().replace(candidate.corrections().toString(), ""));
        String value = candidate.value().reveal();
        for (String text : texts) {
            assertFalse(text == null || text.isBlank(), "every text says something");
            assertFalse(text.chars().anyMatch(Character::isISOControl), () -> "one printable line: " + text);
            if (value.length() >= MIN_CHECKED_LENGTH) {
                assertFalse(text.contains(raw), () -> "a text repeats the paste: " + Secrets.describe(raw));
                assertFalse(text.contains(value), () -> "a text repeats the value: " + Secrets.describe(value));
                assertNoWindowRepeated(value, text);
            }
        }
    }

    private static void assertNoWindowRepeated(String value, String text) {
        for (int start = 0; start + WINDOW <= value.length(); start++) {
            if (text.contains(value.substring(start, start + WINDOW))) {
                fail("a text repeats " + WINDOW + " characters of the pasted value at offset " + start);
            }
        }
    }
}
