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

    /** Issue 14 item 7: a token without its prefix, quoted back in a usage error, is masked by its look. */
    @Test
    void redactLikelyMasksATokenWithoutItsPrefixButNotIdsOrWords() {
        String bare = "Kq7vXw2mPz9rTb4nYs8dLc3hJg6fNa1wxyz";
        assertEquals("Unmatched argument at index 0: '\u2026wxyz'",
                Secrets.redactLikely("Unmatched argument at index 0: '" + bare + "'"));
        assertEquals("The API URL 'http://127.0.0.1:8080/\u2026wxyz' has", Secrets.redactLikely(
                "The API URL 'http://127.0.0.1:8080/" + bare + "' has"));
        assertEquals("ntn_\u2026wxyz", Secrets.redactLikely("ntn_" + bare));
        String kept = "Database be907abe510e4116a3d17ea71018c06f, --skip-validation, /tmp/junit-4298024256587116337,"
                + " OutOfMemoryError";
        assertEquals(kept, Secrets.redactLikely(kept));
    }

    @Test
    void redactionMasksTheRunsOwnTokenWhateverItsShapeAndAnyLongPartOfIt() {
        Redaction redaction = new Redaction();
        String odd = "abcdefghijklmnopqrstuvwxyzabcd";
        redaction.add(Secret.of(odd));

        assertEquals("file \u2026abcd and \u2026abcd/x", redaction.apply("file " + odd + " and " + odd.substring(3, 18) + "/x"));
        assertEquals("nothing here", redaction.apply("nothing here"));
    }
}
