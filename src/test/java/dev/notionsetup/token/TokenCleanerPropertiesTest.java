package dev.notionsetup.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The table shows chosen cases; these show that no input at all breaks the promises. Inputs come from a
 * fixed seed, so a failure names the case that reproduces it.
 */
class TokenCleanerPropertiesTest {
    private static final long SEED = 20_240_611L;
    private static final int TRIES = 3_000;

    /** Same kinds of characters as "test" and "WXYZ" (ASCII letters, not only hex digits), other content. */
    private static final String BODY = "test";
    private static final String OTHER_BODY = "QjRk";
    private static final String OTHER_TAIL = "mNpL";

    private static final List<String> PIECES = List.of(
            FakeTokens.ntn(), FakeTokens.secret(), FakeTokens.fake("tok_", 50), FakeTokens.fake("ntn_", 12),
            FakeTokens.fake("", 30), "ntn_", "secret_", BODY,
            " ", "\t", "\n", "\r\n", "\u00A0", "\u200B", "\uFEFF", "\u0000", "\u001B", "\u001B[200~", "\u001B[201~",
            "\u007F", "\"", "'", "`", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "Bearer ", "bearer\t",
            "Authorization: ", "NOTION_API_KEY=", "export NOTION_API_KEY=", "NOTION_TOKEN=", "https://", "notion.so/",
            "\u0430", "\uD83D\uDD11", "\uD83D", "\u2013", ".", ";", "be907abe510e4116a3d17ea71018c06f");

    @Test
    void anyStringIsJudgedWithoutLeakingIt() {
        forEachCase(TokenCleanerPropertiesTest::randomString, TokenCleanerPropertiesTest::checkPromises);
    }

    @Test
    void anyMixOfPasteAccidentsIsJudgedWithoutLeakingIt() {
        forEachCase(random -> String.join("", randomPieces(random)), TokenCleanerPropertiesTest::checkPromises);
    }

    @Test
    void theMaskShowsAtMostTheKnownPrefixAndFourCharacters() {
        forEachCase(random -> String.join("", randomPieces(random)), token -> {
            String mask = Secrets.mask(token);
            String prefix = TokenShape.knownPrefix(token).orElse("");
            assertTrue(mask.equals("\u2026") || mask.startsWith(prefix + "\u2026"), mask);
            String tail = mask.substring(mask.indexOf('\u2026') + 1);
            assertTrue(tail.isEmpty() || tail.length() == 4 && token.endsWith(tail), mask);
        });
    }

    /**
     * Non-interference: two pastes that differ only in the token's content (same prefix, same length, same
     * kinds of characters) get exactly the same verdict, messages and corrections. So no message depends
     * on the secret, however short or oddly shaped it is.
     */
    @Test
    void messagesDependOnlyOnTheShapeOfThePaste() {
        forEachCase(TokenCleanerPropertiesTest::randomPieces, pieces -> {
            TokenCandidate first = TokenCleaner.clean(String.join("", pieces));
            TokenCandidate second = TokenCleaner.clean(String.join("", pieces.stream().map(
                    piece -> piece.replace(BODY, OTHER_BODY).replace(FakeTokens.TAIL, OTHER_TAIL)).toList()));
            assertEquals(first.verdict(), second.verdict());
            assertEquals(first.corrections(), second.corrections());
            assertEquals(TokenShape.length(first.value().reveal()), TokenShape.length(second.value().reveal()));
        });
    }

    private static void checkPromises(String raw) {
        TokenCandidate candidate = TokenCleaner.clean(raw);
        LeakCheck.assertNoLeak(raw, candidate);
        assertTrue(raw.contains(candidate.value().reveal()), "cleaning only removes, from the edges");
        if (candidate.verdict() instanceof TokenVerdict.Acceptable
                || candidate.verdict() instanceof TokenVerdict.UnknownPrefix) {
            String value = candidate.value().reveal();
            int length = TokenShape.length(value);
            assertTrue(TokenShape.allTokenCharacters(value), "a usable value has only token characters");
            assertTrue(length >= TokenShape.MIN_LENGTH && length <= TokenShape.MAX_LENGTH,
                    "a usable value has a plausible length");
            assertEquals(candidate.verdict() instanceof TokenVerdict.Acceptable,
                    TokenShape.knownPrefix(value).isPresent(), "acceptable exactly when the prefix is known");
        }
    }

    private static <T> void forEachCase(Function<Random, T> generator, Consumer<T> check) {
        Random random = new Random(SEED);
        for (int i = 0; i < TRIES; i++) {
            T input = generator.apply(random);
            try {
                check.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("case " + i + " of seed " + SEED + ": " + e.getMessage(), e);
            }
        }
    }

    private static List<String> randomPieces(Random random) {
        List<String> pieces = new ArrayList<>();
        for (int n = random.nextInt(9); n > 0; n--) {
            pieces.add(PIECES.get(random.nextInt(PIECES.size())));
        }
        return pieces;
    }

    /** Up to 300 code points from everywhere: ASCII, controls, Latin-1, the rest of the BMP, emoji, lone surrogates. */
    private static String randomString(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(301); n > 0; n--) {
            switch (random.nextInt(6)) {
                case 0, 1 -> text.append((char) (0x20 + random.nextInt(0x5F)));
                case 2 -> text.append((char) random.nextInt(0x20));
                case 3 -> text.append((char) (0x80 + random.nextInt(0x180)));
                case 4 -> text.append((char) random.nextInt(0x10000));
                default -> text.appendCodePoint(0x1F300 + random.nextInt(0x300));
            }
        }
        return text.toString();
    }
}
