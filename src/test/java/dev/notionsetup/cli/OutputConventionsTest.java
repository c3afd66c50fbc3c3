package dev.notionsetup.cli;

import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.Harness;
import dev.notionsetup.testing.ScriptedConsole;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static dev.notionsetup.testing.Fixtures.HISTORY_HINT;
import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conventions of the command line, run in-process with the Harness: the shell-history hint for --token
 * on a terminal, colour only where it is wanted, and what --verbose adds. A console in the Harness stands
 * for a terminal; the same behaviours on a real pseudo-terminal are in it/TerminalIT.
 */
class OutputConventionsTest {
    private static final String ESC = "\u001b";

    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN);
    final MockWebServer notion = fake.server();

    private String api() {
        return notion.url("/").toString();
    }

    /** A person at a terminal who should never be asked anything (the token is given). */
    private static ScriptedConsole terminal() {
        return new ScriptedConsole();
    }

    @Test
    void tokenFlagOnATerminalPrintsTheHistoryHintOnce() {
        ScriptedConsole console = terminal();

        Harness.Result run = new Harness(dir).console(console).run("--api-url", api(), "--token", TOKEN);

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(1, run.stderr().split(Pattern.quote(HISTORY_HINT), -1).length - 1, run.stderr());
        assertTrue(console.prompts().isEmpty(), "a given token means no prompt");
        assertFalse(run.everything().contains(TOKEN));
    }

    @Test
    void tokenFlagWithoutATerminalPrintsNoHint() {
        Harness.Result run = new Harness(dir).run("--api-url", api(), "--token", TOKEN);

        assertEquals(0, run.exitCode(), run.stderr());
        assertFalse(run.stderr().contains("history"), run.stderr());
    }

    @Test
    void tokenStdinOnATerminalPrintsNoHint() {
        Harness.Result run = new Harness(dir).console(terminal()).stdin(TOKEN).run("--api-url", api(), "--token-stdin");

        assertEquals(0, run.exitCode(), run.stderr());
        assertFalse(run.stderr().contains("history"), run.stderr());
    }

    @Test
    void quietHidesTheHintToo() {
        Harness.Result run = new Harness(dir).console(terminal()).run("--api-url", api(), "--token", TOKEN, "-q");

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("", run.stderr());
    }

    @Test
    void aColourTerminalGetsColourAndSymbols() {
        Harness.Result run = new Harness(dir).console(terminal()).run("--api-url", api(), "--token", TOKEN);

        assertTrue(run.stderr().contains(ESC + "[32m\u2714 Saved NOTION_API_KEY"), run.stderr());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"NO_COLOR, 1", "NO_COLOR, anything", "TERM, dumb"})
    void theEnvironmentCanTurnColourOff(String variable, String value) {
        Harness.Result run = new Harness(dir).env(variable, value).console(terminal())
                .run("--api-url", api(), "--token", TOKEN, "--check-access");

        assertEquals(0, run.exitCode(), run.stderr());
        assertFalse(run.everything().contains(ESC), run.stderr());
        assertTrue(run.stderr().contains("Warning: Your integration can't see any pages"), "words replace colour");
    }

    @Test
    void anEmptyNoColorDoesNotCount() {
        // no-color.org: NO_COLOR counts when "present and not an empty string".
        Harness.Result run = new Harness(dir).env("NO_COLOR", "").console(terminal())
                .run("--api-url", api(), "--token", TOKEN);

        assertTrue(run.stderr().contains(ESC), run.stderr());
    }

    @Test
    void theNoColorFlagTurnsColourOffForErrorsToo() {
        Harness.Result run = new Harness(dir).console(terminal())
                .run("--api-url", api(), "--token", "too-short", "--no-color");

        assertEquals(2, run.exitCode());
        assertFalse(run.everything().contains(ESC), run.stderr());
        assertTrue(run.stderr().contains("\nError: The token from --token is not usable"), run.stderr());
    }

    @Test
    void verboseLogsEveryRequestWithoutTheAuthorizationHeader() {
        fake.sharePage("Roadmap");

        Harness.Result run = new Harness(dir).run("validate", "--api-url", api(), "--token", TOKEN, "--check-access",
                "-v");

        assertEquals(0, run.exitCode(), run.stderr());
        String url = api().replaceAll("/$", "");
        assertTrue(Pattern.compile("^GET " + Pattern.quote(url) + "/v1/users/me \u2192 200 in \\d+ ms \\(request id"
                + " req-ok-1\\)$", Pattern.MULTILINE).matcher(run.stderr()).find(), run.stderr());
        assertTrue(Pattern.compile("^POST " + Pattern.quote(url) + "/v1/search \u2192 200 in \\d+ ms \\(request id"
                + " req-s\\)$", Pattern.MULTILINE).matcher(run.stderr()).find(), run.stderr());
        assertEquals(3, notion.getRequestCount());
        assertFalse(run.everything().contains("Authorization"), run.stderr());
        assertFalse(run.everything().contains("Bearer"), run.stderr());
        assertFalse(run.everything().contains(TOKEN));
    }

    @Test
    void withoutVerboseNoRequestIsLogged() {
        Harness.Result run = new Harness(dir).run("validate", "--api-url", api(), "--token", TOKEN);

        assertEquals(0, run.exitCode(), run.stderr());
        assertFalse(run.stderr().contains("/v1/users/me"), run.stderr());
    }

    @Test
    void verboseAddsTheStackTraceOfAFailureAndOnlyThen() throws IOException {
        Files.writeString(dir.resolve("file"), "");

        Harness.Result plain = new Harness(dir).run("--token", TOKEN, "--skip-validation", "--env-file", "file/.env");
        Harness.Result verbose = new Harness(dir).run("--token", TOKEN, "--skip-validation", "--env-file", "file/.env",
                "--verbose");

        assertEquals(5, plain.exitCode(), plain.stderr());
        assertFalse(plain.stderr().contains("\tat "), plain.stderr());
        assertEquals(5, verbose.exitCode(), verbose.stderr());
        assertTrue(verbose.stderr().contains("\tat dev.notionsetup.envfile.EnvFile"), verbose.stderr());
        assertFalse(verbose.everything().contains(TOKEN));
    }
}
