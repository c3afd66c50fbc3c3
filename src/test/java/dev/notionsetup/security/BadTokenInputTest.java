package dev.notionsetup.security;

import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.Harness;
import dev.notionsetup.testing.ScriptedConsole;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile and mistaken token inputs through the whole tool: typed at the wizard's step 7, given with --token,
 * and piped to --token-stdin. Each row gets its own precise message; none crashes; none is written (the env
 * file stays byte for byte as it was); nothing of the input is echoed. Inputs that can never be a token reach
 * no server; inputs that cleaning repairs reach it as exactly the clean token (the server here rejects every
 * token, so that nothing is written for them either).
 */
class BadTokenInputTest {
    /** 50 characters, "WXYZ" at the end; built so that no 12 of its characters occur in a fixed text. */
    static final String T = "ntn_" + "BadInputFake" + "Mz4qLw8rXc2vNb6tKp9sHd3gJf5yRa" + "WXYZ";
    private static final String ORIGINAL_ENV = "# app settings\nDEBUG=1\n";

    /** What the tool does with the input. */
    enum Kind {
        /** Can never be a token: explained, asked again (wizard) or exit 2; no request. */
        REFUSED,
        /** Repaired by cleaning (said so), then sent as exactly {@link #T}. */
        CLEANED,
        /** Plausible but no known prefix: a warning, then (wizard) "Use it anyway?". */
        DOUBTFUL
    }

    /**
     * @param message      what the user must be told, in every path
     * @param stdinMessage what --token-stdin says instead (its input is trimmed whole first), or null for the same;
     *                     "" for a cleaned row where the trim leaves nothing to report
     */
    record Row(String name, String input, Kind kind, String message, String stdinMessage) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** {@link #T} with {@code inserted} in its middle. */
    private static String inside(String inserted) {
        return T.substring(0, 25) + inserted + T.substring(25);
    }

    private static Row refused(String name, String input, String message) {
        return new Row(name, input, Kind.REFUSED, message, null);
    }

    private static Row refused(String name, String input, String message, String stdinMessage) {
        return new Row(name, input, Kind.REFUSED, message, stdinMessage);
    }

    static List<Row> rows() {
        String blank = "There is no secret in what was pasted, only blank space, quotes or labels.";
        String emptyStdin = "--token-stdin was given but standard input was empty.";
        String web = "That is a web address, not the secret.";
        String id = "That looks like a page or database id, not the secret.";
        String twoSecrets = "It looks like 2 secrets were pasted together.";
        String quote = "It contains a quotation mark; a Notion secret has only A-Z, a-z, 0-9, _ and -.";
        String punctuation = "It contains punctuation or a symbol; a Notion secret has only A-Z, a-z, 0-9, _ and -.";
        List<Row> rows = new ArrayList<>(List.of(
                refused("empty", "", "Nothing was pasted.", emptyStdin),
                refused("spaces only", "   ", blank, emptyStdin),
                refused("tabs only", "\t\t", blank, emptyStdin),
                refused("a newline only", "\n", blank, emptyStdin),
                refused("CR LF only", "\r\n", blank, emptyStdin),
                refused("empty quotes", "\"\"", blank),
                refused("quoted spaces", "'   '", blank),
                refused("a label and nothing", "NOTION_API_KEY=", blank),
                refused("Bearer alone", "Bearer", "That is only 6 characters; a Notion integration secret is 50"),
                refused("Bearer and spaces", "Bearer   ", "That is only 6 characters"),
                refused("the prefix alone", "ntn_", "That is only 4 characters"),
                refused("19 characters", T.substring(0, 19), "That is only 19 characters"),
                refused("a space inside", inside(" "), "It contains a space inside; a Notion secret is one unbroken word."),
                refused("a tab inside", inside("\t"), "It contains a tab inside"),
                refused("a newline inside", inside("\n"), "It contains a line break inside"),
                refused("CR LF inside", inside("\r\n"), "It contains a line break inside"),
                refused("two tokens on two lines", T + "\n" + T, twoSecrets),
                refused("two tokens glued", T + T, twoSecrets),
                refused("two tokens with a space", T + " " + T, twoSecrets),
                refused("an opening quote only", "\"" + T, quote),
                refused("a quote inside", inside("'"), quote),
                refused("a Cyrillic a", inside("\u0430"), "It contains non-ASCII characters (a letter from another"
                        + " alphabet or with an accent)"),
                refused("an accented e", inside("\u00e9"), "It contains non-ASCII characters (a letter from another"),
                refused("an emoji", inside("\ud83d\udd11"), "It contains non-ASCII characters (an emoji or other symbol)"),
                refused("a typographic dash", inside("\u2013"), "It contains non-ASCII characters (a typographic dash)"),
                refused("a non-breaking space", inside("\u00a0"), "It contains a non-breaking space inside"),
                refused("a zero-width space", inside("\u200b"), "It contains an invisible character (zero-width space)"
                        + " inside"),
                refused("a right-to-left override", inside("\u202e"), "It contains an invisible character (U+202E)"),
                refused("NUL inside", inside("\u0000"), "It contains a control character (NUL) inside"),
                refused("NUL at the end", T + "\u0000", "It contains a control character (NUL) inside"),
                refused("ESC inside", inside("\u001b"), "It contains a control character (ESC) inside"),
                refused("an ANSI colour around it", "\u001b[31m" + T + "\u001b[0m", "a control character (ESC)"),
                refused("a backspace", inside("\b"), "It contains a control character (backspace) inside"),
                refused("DEL", inside("\u007f"), "It contains a control character (DEL) inside"),
                refused("BEL", inside("\u0007"), "It contains a control character (BEL) inside"),
                refused("201 characters", "ntn_" + "a".repeat(197), "That is 201 characters; a Notion integration"
                        + " secret is 50. It looks like more than one token or a whole file was pasted."),
                refused("10 000 characters", "ntn_" + "Kq7v".repeat(2499), "That is 10000 characters"),
                refused("70 000 characters", "ntn_" + "Xw2m".repeat(17_499), "That is 70000 characters",
                        "Standard input is larger than 64 KiB; that is not a token."),
                refused("a whole .env file", "# config\nDEBUG=1\nNOTION_API_KEY=" + T + "\nOTHER=2\n",
                        "There is other text before the secret's ntn_ or secret_."),
                refused("a label before it", "my token: " + T, "There is other text before the secret's ntn_"),
                refused("the integrations page", "https://www.notion.so/profile/integrations/internal", web),
                refused("a database URL", "https://www.notion.so/acme/Tasks-be907abe510e4116a3d17ea71018c06f"
                        + "?v=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", web),
                refused("notion.so without a scheme", "notion.so/my-integrations", web),
                refused("www without a scheme", "www.notion.so/profile/integrations", web),
                refused("a database id", "be907abe510e4116a3d17ea71018c06f", id),
                refused("a dashed page id", "be907abe-510e-4116-a3d1-7ea71018c06f", id),
                refused("a trailing semicolon", T + ";", punctuation),
                refused("a backslash inside", inside("\\"), punctuation),
                refused("a dollar sign inside", inside("$"), punctuation),
                refused("JSON around it", "{\"token\": \"" + T + "\"}", "It contains a space inside"),
                refused("a lone surrogate", inside("\ud800"), "(an emoji or other symbol)", punctuation),
                refused("an old secret_ with a space", "secret_" + T.substring(4, 25) + " " + T.substring(25),
                        "It contains a space inside"),
                refused("paste markers around a broken token", "\u001b[200~" + inside(" ") + "\u001b[201~",
                        "It contains a space inside"),
                cleaned("surrounding spaces", "   " + T + "  ", "removed surrounding whitespace", ""),
                cleaned("a trailing newline", T + "\n", "removed a line break", ""),
                cleaned("a trailing CR LF", T + "\r\n", "removed a line break", ""),
                cleaned("double quotes", "\"" + T + "\"", "removed surrounding quotes", null),
                cleaned("single quotes", "'" + T + "'", "removed surrounding quotes", null),
                cleaned("backticks", "`" + T + "`", "removed surrounding quotes", null),
                cleaned("typographic quotes", "\u201c" + T + "\u201d", "removed surrounding quotes", null),
                cleaned("a Bearer prefix", "Bearer " + T, "removed a leading 'Bearer '", null),
                cleaned("a lowercase bearer", "bearer " + T, "removed a leading 'Bearer '", null),
                cleaned("a whole header", "Authorization: Bearer " + T, "removed a leading 'Authorization: '", null),
                cleaned("an env file line", "NOTION_API_KEY=" + T, "removed a leading 'NOTION_API_KEY='", null),
                cleaned("an export line, quoted", "export NOTION_API_KEY=\"" + T + "\"",
                        "removed a leading 'export NOTION_API_KEY='", null),
                cleaned("key = value", "NOTION_API_KEY = " + T, "removed a leading 'NOTION_API_KEY='", null),
                cleaned("a byte order mark", "\ufeff" + T, "removed invisible characters at the edges", null),
                cleaned("bracketed paste markers", "\u001b[200~" + T + "\u001b[201~", "removed terminal paste markers",
                        null),
                cleaned("a quoted Bearer in backticks", "`\"Bearer " + T + "\"`", "removed a leading 'Bearer '", null),
                doubtful("no known prefix", "xyz_" + T.substring(4)),
                doubtful("another service's key", "ghp_" + T.substring(4, 40))));
        return rows;
    }

    private static Row cleaned(String name, String input, String correction, String stdinCorrection) {
        return new Row(name, input, Kind.CLEANED, correction, stdinCorrection);
    }

    private static Row doubtful(String name, String input) {
        return new Row(name, input, Kind.DOUBTFUL, "It doesn't start with ntn_ or secret_ like Notion integration"
                + " secrets do.", null);
    }

    @Test
    void theTableIsLargeAndEveryInputIsDistinct() {
        assertEquals(50, T.length());
        assertTrue(rows().size() >= 40, "at least 40 rows");
        assertEquals(rows().size(), rows().stream().map(Row::input).distinct().count(), "duplicate inputs");
    }

    // --- running the three paths -------------------------------------------------------------------------------

    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion(); // knows no token: every one that arrives is rejected (401)
    final MockWebServer notion = fake.server();

    @BeforeEach
    void start() throws IOException {
        Files.writeString(dir.resolve(".env"), ORIGINAL_ENV);
    }

    @ParameterizedTest(name = "wizard: {0}")
    @MethodSource("rows")
    void typedAtTheWizardsTokenPrompt(Row row) throws Exception {
        List<Object> script = new ArrayList<>(List.of("", "2", row.input()));
        script.addAll(switch (row.kind()) {
            case REFUSED -> List.of("q");              // asked again, then quit
            case CLEANED -> List.of("q");              // accepted; quit at step 9
            case DOUBTFUL -> List.of("n", "q");        // "Use it anyway?" no; asked again, then quit
        });
        ScriptedConsole console = new ScriptedConsole(script.toArray());

        Harness.Result run = new Harness(dir).console(console).run("--api-url", notion.url("/").toString());

        assertEquals(130, run.exitCode(), run.screen());
        assertEquals(0, console.unusedLines(), run.screen());
        assertTrue(run.screen().contains(row.message()), "expected '" + row.message() + "' on:\n" + run.screen());
        long tokenPrompts = console.prompts().stream().filter(p -> p.startsWith("NOTION_API_KEY")).count();
        assertEquals(row.kind() == Kind.CLEANED ? 1 : 2, tokenPrompts, "asked again exactly when it was not accepted");
        if (row.kind() == Kind.CLEANED) {
            assertTrue(run.screen().contains("Got ntn_\u2026WXYZ (50 characters)."), run.screen());
        }
        assertEquals(0, notion.getRequestCount(), "the wizard checks with Notion only at step 10");
        assertNothingWrittenNothingEchoed(row, run, wizardBaseline());
    }

    @ParameterizedTest(name = "--token: {0}")
    @MethodSource("rows")
    void givenWithTheTokenOption(Row row) throws Exception {
        Harness.Result run = new Harness(dir).run("--api-url", notion.url("/").toString(), "--token", row.input(),
                "--yes");

        assertUnattendedOutcome(row, row.message(), run);
        assertNothingWrittenNothingEchoed(row, run, unattendedBaseline());
    }

    @ParameterizedTest(name = "--token-stdin: {0}")
    @MethodSource("rows")
    void pipedToTokenStdin(Row row) throws Exception {
        Harness.Result run = new Harness(dir).stdin(row.input()).run("--api-url", notion.url("/").toString(),
                "--token-stdin", "--yes");

        assertUnattendedOutcome(row, row.stdinMessage() != null ? row.stdinMessage() : row.message(), run);
        assertNothingWrittenNothingEchoed(row, run, unattendedBaseline());
    }

    private void assertUnattendedOutcome(Row row, String message, Harness.Result run) throws InterruptedException {
        assertTrue(run.stderr().contains(message), "expected '" + message + "' in:\n" + run.stderr());
        if (row.kind() == Kind.REFUSED) {
            assertEquals(2, run.exitCode(), run.stderr());
            assertEquals(0, notion.getRequestCount(), "an unusable token was sent");
            return;
        }
        assertEquals(1, run.exitCode(), "sent, and rejected by the server: " + run.stderr());
        // The fake records a request before it answers, and the run waited for every answer: the count is whole.
        assertEquals(1, notion.getRequestCount(), "one request");
        RecordedRequest request = notion.takeRequest(10, TimeUnit.SECONDS);
        String sent = row.kind() == Kind.CLEANED ? T : row.input().strip();
        assertEquals("Bearer " + sent, request.getHeader("Authorization"), "not exactly the cleaned token was sent");
    }

    private void assertNothingWrittenNothingEchoed(Row row, Harness.Result run, String baseline) throws IOException {
        assertEquals(ORIGINAL_ENV, Files.readString(dir.resolve(".env")), "the env file was changed");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(".env"), files.map(p -> p.getFileName().toString()).toList());
        }
        String output = run.everything();
        assertFalse(output.contains("This is a bug") || output.contains("Exception"), output);
        assertFalse(output.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7f),
                "a control character reached the output");
        // No 12 characters of the input may come back, unless they are part of the tool's fixed texts (the
        // ones any run shows, and the expected message: "removed a leading 'NOTION_API_KEY='" names a label).
        String input = row.input();
        for (int start = 0; start + Leaks.WINDOW <= input.length(); start++) {
            String window = input.substring(start, start + Leaks.WINDOW);
            if (output.contains(window) && !baseline.contains(window) && !row.message().contains(window)) {
                fail("the output repeats '" + Leaks.shown(window, T) + "' of the input:\n" + Leaks.shown(output, T));
            }
        }
        Leaks.assertNoLeak("the output", output, T);
    }

    /** The fixed texts each path shows anyway, for an input that shares nothing with any row. */
    private String wizardBaseline() {
        ScriptedConsole console = new ScriptedConsole("", "2", "x", "q");
        return new Harness(dir).console(console).run("--api-url", notion.url("/").toString()).everything();
    }

    private String unattendedBaseline() {
        return new Harness(dir).run("--api-url", notion.url("/").toString(), "--token", "x").everything();
    }
}
