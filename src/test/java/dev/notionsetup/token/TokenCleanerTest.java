package dev.notionsetup.token;

import static dev.notionsetup.token.FakeTokens.fake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TokenCleanerTest {
    private static final String TOKEN = FakeTokens.ntn();
    private static final String OLD_TOKEN = FakeTokens.secret();

    private static final Class<TokenVerdict.Acceptable> OK = TokenVerdict.Acceptable.class;
    private static final Class<TokenVerdict.UnknownPrefix> UNKNOWN = TokenVerdict.UnknownPrefix.class;
    private static final Class<TokenVerdict.Invalid> INVALID = TokenVerdict.Invalid.class;

    /**
     * One hostile or mistaken paste. {@code phrase} must appear in the verdict's message ({@code what} or
     * {@code warning}), or for an acceptable token in its corrections; {@code cleaned}, when given, is the
     * value expected after cleaning.
     */
    record Paste(String name, String raw, Class<? extends TokenVerdict> verdict, String phrase, String cleaned) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Paste paste(String name, String raw, Class<? extends TokenVerdict> verdict, String phrase) {
        return new Paste(name, raw, verdict, phrase, null);
    }

    private static Paste cleansTo(String name, String raw, String phrase, String cleaned) {
        return new Paste(name, raw, OK, phrase, cleaned);
    }

    static Stream<Paste> pastes() {
        String half = TOKEN.substring(0, 25);
        String rest = TOKEN.substring(25);
        return Stream.of(
                // Nothing there
                paste("empty", "", INVALID, "Nothing was pasted"),
                paste("spaces only", "     ", INVALID, "no secret"),
                paste("tabs only", "\t\t", INVALID, "no secret"),
                paste("a line break only", "\r\n", INVALID, "no secret"),
                paste("quotes only", "\"\"", INVALID, "no secret"),
                paste("an empty assignment", "NOTION_API_KEY=", INVALID, "no secret"),

                // Fine as pasted
                cleansTo("a clean ntn_ token", TOKEN, null, TOKEN),
                cleansTo("an old-style secret_ token", OLD_TOKEN, null, OLD_TOKEN),
                cleansTo("a known prefix at another length (Notion decides)", fake("ntn_", 36), null, fake("ntn_", 36)),

                // Accidents that are cleaned
                cleansTo("a line break at the end", TOKEN + "\n", "removed a line break", TOKEN),
                cleansTo("CRLF at the end", TOKEN + "\r\n", "removed a line break", TOKEN),
                cleansTo("line breaks around", "\n\n" + TOKEN + "\n", "removed line breaks", TOKEN),
                cleansTo("spaces around", "  " + TOKEN + "  ", "removed surrounding whitespace", TOKEN),
                cleansTo("a tab before", "\t" + TOKEN, "removed surrounding whitespace", TOKEN),
                cleansTo("non-breaking spaces around", "\u00A0" + TOKEN + "\u00A0", "removed surrounding whitespace", TOKEN),
                cleansTo("a byte order mark before", "\uFEFF" + TOKEN, "removed invisible characters", TOKEN),
                cleansTo("a zero-width space after", TOKEN + "\u200B", "removed invisible characters", TOKEN),
                cleansTo("double quotes", "\"" + TOKEN + "\"", "removed surrounding quotes", TOKEN),
                cleansTo("single quotes", "'" + TOKEN + "'", "removed surrounding quotes", TOKEN),
                cleansTo("backticks", "`" + TOKEN + "`", "removed surrounding quotes", TOKEN),
                cleansTo("typographic double quotes", "\u201C" + TOKEN + "\u201D", "removed surrounding quotes", TOKEN),
                cleansTo("typographic single quotes", "\u2018" + TOKEN + "\u2019", "removed surrounding quotes", TOKEN),
                cleansTo("a Markdown code block", "```\n" + TOKEN + "\n```", "removed surrounding quotes", TOKEN),
                cleansTo("Bearer prefix", "Bearer " + TOKEN, "removed a leading 'Bearer '", TOKEN),
                cleansTo("lowercase bearer", "bearer " + TOKEN, "removed a leading 'Bearer '", TOKEN),
                cleansTo("a whole Authorization header", "Authorization: Bearer " + TOKEN,
                        "removed a leading 'Authorization: '", TOKEN),
                cleansTo("a .env line", "NOTION_API_KEY=" + TOKEN, "removed a leading 'NOTION_API_KEY='", TOKEN),
                cleansTo("an exported, quoted shell line", "export NOTION_API_KEY=\"" + TOKEN + "\"\n",
                        "removed a leading 'export NOTION_API_KEY='", TOKEN),
                cleansTo("NOTION_TOKEN=", "NOTION_TOKEN=" + OLD_TOKEN, "removed a leading 'NOTION_TOKEN='", OLD_TOKEN),
                cleansTo("quoted Bearer with a line break", "\"Bearer " + TOKEN + "\"\n", "removed a leading 'Bearer '", TOKEN),
                cleansTo("terminal paste markers", "\u001B[200~" + TOKEN + "\u001B[201~", "removed terminal paste markers", TOKEN),

                // Too short or too long
                paste("a few characters", "ntn_abc", INVALID, "only 7 characters"),
                paste("just the word Bearer", "Bearer", INVALID, "only 6 characters"),
                paste("19 characters", fake("ntn_", 19), INVALID, "only 19 characters; a Notion integration secret is 50"),
                paste("10 000 characters", "ntn_" + "x".repeat(9_996), INVALID, "10000 characters"),
                paste("just over the maximum", fake("ntn_", 201), INVALID, "more than one token or a whole file"),

                // Broken apart or unprintable
                paste("a line break inside", half + "\n" + rest, INVALID, "a line break inside"),
                paste("CRLF inside", half + "\r\n" + rest, INVALID, "a line break inside"),
                paste("a space inside", half + " " + rest, INVALID, "a space inside"),
                paste("a tab inside", half + "\t" + rest, INVALID, "a tab inside"),
                paste("a non-breaking space inside", half + "\u00A0" + rest, INVALID, "a non-breaking space"),
                paste("a zero-width space inside", half + "\u200B" + rest, INVALID, "invisible character (zero-width space)"),
                paste("a direction mark inside", half + "\u200F" + rest, INVALID, "invisible character (text direction mark)"),
                paste("NUL inside", half + "\u0000" + rest, INVALID, "a control character (NUL)"),
                paste("NUL at the end", TOKEN + "\u0000", INVALID, "a control character (NUL)"),
                paste("colour escape sequences", "\u001B[31m" + TOKEN + "\u001B[0m", INVALID, "a control character (ESC)"),
                paste("DEL inside", half + "\u007F" + rest, INVALID, "a control character (DEL)"),
                paste("a backspace inside", half + "\b" + rest, INVALID, "a control character (backspace)"),
                paste("several kinds at once", half + " \t\u0000" + rest, INVALID, "a space, a tab and a control character (NUL)"),

                // Not plain ASCII
                paste("a Cyrillic look-alike a", TOKEN.replace('t', '\u0430'), INVALID, "another alphabet"),
                paste("full-width letters", "\uFF4E\uFF54\uFF4E_" + TOKEN.substring(4), INVALID, "non-ASCII"),
                paste("an accented letter", half + "\u00E9" + rest, INVALID, "non-ASCII"),
                paste("an emoji", half + "\uD83D\uDD11" + rest, INVALID, "emoji"),
                paste("a typographic dash", half + "\u2013" + rest, INVALID, "a typographic dash"),
                paste("a typographic quote on one side", "\u201C" + TOKEN, INVALID, "a typographic quotation mark"),

                // Not the secret at all
                paste("the integrations page", "https://www.notion.so/profile/integrations/internal", INVALID, "web address"),
                paste("a database URL", "https://www.notion.so/acme/Tasks-be907abe510e4116a3d17ea71018c06f?v=0123456789abcdef0123456789abcdef",
                        INVALID, "That is a web address, not the secret"),
                paste("a URL without scheme", "notion.so/acme/Tasks-be907abe510e4116a3d17ea71018c06f", INVALID, "web address"),
                paste("a plain http URL", "http://example.test/token", INVALID, "web address"),
                paste("a database id", "be907abe510e4116a3d17ea71018c06f", INVALID, "That looks like a page or database id"),
                paste("a dashed page id", "be907abe-510e-4116-a3d1-7ea71018c06f", INVALID, "page or database id"),
                paste("two tokens glued together", TOKEN + OLD_TOKEN, INVALID, "2 secrets were pasted together"),
                paste("two tokens on two lines", TOKEN + "\n" + TOKEN, INVALID, "2 secrets"),
                paste("a label before the token", "my token: " + TOKEN, INVALID, "other text before the secret"),
                paste("a small .env file", "# local settings\nNOTION_API_KEY=" + TOKEN + "\nDEBUG=1\n", INVALID,
                        "other text before the secret"),

                // Other characters in an otherwise plausible value
                paste("a quote on one side", "\"" + TOKEN, INVALID, "a quotation mark"),
                paste("punctuation", TOKEN.replace('e', '.'), INVALID, "punctuation or a symbol"),
                paste("a trailing semicolon", TOKEN + ";", INVALID, "punctuation or a symbol"),

                // Plausible, but not a prefix we know
                paste("an unknown prefix", fake("tok_", 50), UNKNOWN, "doesn't start with ntn_ or secret_"),
                paste("an uppercase prefix", "NTN_" + TOKEN.substring(4), UNKNOWN, "doesn't start with ntn_ or secret_"),
                paste("no prefix at all", "test".repeat(10), UNKNOWN, "doesn't start with ntn_ or secret_"));
    }

    @Test
    void theTableIsLargeEnough() {
        assertTrue(pastes().count() >= 40, "issue 7 asks for at least 40 inputs");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pastes")
    void judgesEachPastePrecisely(Paste paste) {
        TokenCandidate candidate = TokenCleaner.clean(paste.raw());

        assertInstanceOf(paste.verdict(), candidate.verdict(), () -> "verdict was " + candidate.verdict());
        if (paste.phrase() != null) {
            String message = messageOf(candidate);
            assertTrue(message.contains(paste.phrase()), () -> "expected '" + paste.phrase() + "' in: " + message);
        }
        if (paste.cleaned() != null) {
            assertEquals(paste.cleaned(), candidate.value().reveal());
        }
        if (paste.verdict() == OK && paste.cleaned() != null && paste.cleaned().equals(paste.raw())) {
            assertEquals(List.of(), candidate.corrections(), "nothing to correct in a clean paste");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pastes")
    void noTextRepeatsTheToken(Paste paste) {
        LeakCheck.assertNoLeak(paste.raw(), TokenCleaner.clean(paste.raw()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pastes")
    void invalidVerdictsSayWhatAndWhatToDoInOneLineEach(Paste paste) {
        if (TokenCleaner.clean(paste.raw()).verdict() instanceof TokenVerdict.Invalid invalid) {
            assertTrue(invalid.what().endsWith("."), invalid.what());
            assertTrue(invalid.fix().endsWith("."), invalid.fix());
            assertTrue(invalid.what().length() <= 160 && invalid.fix().length() <= 160, "fits on a line");
        }
    }

    @Test
    void reportsEachCorrectionOnceInTheOrderMade() {
        TokenCandidate candidate = TokenCleaner.clean(" \"Bearer " + TOKEN + "\" \n");
        assertEquals(List.of("removed a line break", "removed surrounding whitespace", "removed surrounding quotes",
                "removed a leading 'Bearer '"), candidate.corrections());
    }

    @Test
    void nullIsTreatedAsNothingPasted() {
        TokenCandidate candidate = TokenCleaner.clean((String) null);
        assertEquals("", candidate.value().reveal());
        assertInstanceOf(INVALID, candidate.verdict());
    }

    @Test
    void deeplyNestedQuotesAreCleanedForABoundedNumberOfRoundsOnly() {
        // Each round costs one pass over the text; the rounds are capped, so hostile input costs a bounded number
        // of passes however deep it nests. Thousands of layers are left, and the rest is judged as it stands.
        String raw = "\"".repeat(5_000) + TOKEN + "\"".repeat(5_000);

        TokenCandidate candidate = TokenCleaner.clean(raw);

        assertInstanceOf(INVALID, candidate.verdict());
        int peeled = (raw.length() - candidate.value().reveal().length()) / 2;
        assertTrue(peeled <= 100, "peeled " + peeled + " layers");
        assertEquals(raw.substring(peeled, raw.length() - peeled), candidate.value().reveal(),
                "only whole layers are peeled");
    }

    @Test
    void toStringMasksTheValue() {
        TokenCandidate candidate = TokenCleaner.clean(TOKEN);
        String text = candidate.toString();
        assertTrue(text.contains("ntn_\u2026WXYZ"), text);
        assertTrue(!text.contains(TOKEN), text);
        assertEquals("ntn_\u2026WXYZ (50 characters)", candidate.value().describe());
    }

    private static String messageOf(TokenCandidate candidate) {
        TokenVerdict verdict = candidate.verdict();
        if (verdict instanceof TokenVerdict.Invalid invalid) {
            return invalid.what();
        }
        if (verdict instanceof TokenVerdict.UnknownPrefix unknown) {
            return unknown.warning();
        }
        return String.join("; ", candidate.corrections());
    }
}
