package dev.notionsetup.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void masksToKnownPrefixAndLastFour() {
        assertEquals("ntn_\u2026WXYZ", Secrets.mask(FakeTokens.ntn()));
        assertEquals("secret_\u2026WXYZ", Secrets.mask(FakeTokens.secret()));
    }

    @Test
    void unknownPrefixIsNotShownBecauseItMayBePartOfTheSecret() {
        assertEquals("\u2026WXYZ", Secrets.mask(FakeTokens.fake("abcd_", 50)));
    }

    @Test
    void showsNothingForAnythingShorterThanTwentyCharacters() {
        assertEquals("\u2026", Secrets.mask(FakeTokens.fake("ntn_", 19)));
        assertEquals("\u2026", Secrets.mask("ntn_"));
        assertEquals("\u2026", Secrets.mask(""));
        assertEquals("\u2026", Secrets.mask(null));
        assertEquals("ntn_\u2026WXYZ", Secrets.mask(FakeTokens.fake("ntn_", 20)));
    }

    @Test
    void countsCharactersAsPeopleDoWhenDecidingWhatIsShort() {
        // 19 emoji are 38 UTF-16 units but 19 characters: still too short to show anything.
        assertEquals("\u2026", Secrets.mask("\uD83D\uDE00".repeat(19)));
    }

    @Test
    void neverShowsATailThatIsNotPlainTokenCharacters() {
        String base = FakeTokens.ntn();
        assertEquals("ntn_\u2026", Secrets.mask(base + "\u001B[0m"));
        assertEquals("ntn_\u2026", Secrets.mask(base + "\uD83D\uDE00x"));
        assertEquals("ntn_\u2026", Secrets.mask(base.substring(0, 46) + "WX\nZ"));
    }

    @Test
    void describeAddsTheLength() {
        assertEquals("ntn_\u2026WXYZ (50 characters)", Secrets.describe(FakeTokens.ntn()));
        assertEquals("\u2026 (1 character)", Secrets.describe("x"));
        assertEquals("\u2026 (0 characters)", Secrets.describe(""));
        assertEquals("\u2026 (0 characters)", Secrets.describe(null));
    }
}
