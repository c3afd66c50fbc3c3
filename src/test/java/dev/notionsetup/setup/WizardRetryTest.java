package dev.notionsetup.setup;

import dev.notionsetup.testing.FakeClock;
import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.Harness;
import dev.notionsetup.testing.ScriptedConsole;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.notionsetup.testing.Fixtures.OTHER_TOKEN;
import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wizard's way out of a failed check: "Try again" once Notion is back. The run's clock moves on only when
 * the fake Notion is slow or the client waits to retry, so time spent on Notion counts as it would for real.
 */
class WizardRetryTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN).sharePage("Roadmap");
    final FakeClock clock = new FakeClock(Instant.parse("2025-06-01T12:00:00Z"));

    private Harness.Result wizard(ScriptedConsole console, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--api-url";
        all[1] = fake.url();
        System.arraycopy(args, 0, all, 2, args.length);
        return new Harness(dir).clock(clock).console(console).run(all);
    }

    private static MockResponse unavailable() {
        return new MockResponse().setResponseCode(503).setHeader("Content-Type", "application/json")
                .setBody("{\"object\":\"error\",\"status\":503,\"code\":\"service_unavailable\","
                        + "\"message\":\"Notion is unavailable.\"}");
    }

    @Test
    void tryAgainAfterNotionUsedUpTheWholeTimeoutIsAFullNewTry() throws Exception {
        // Notion takes all of --timeout to answer 503, so no retry fits; then it is back.
        fake.thenUsersMe(unavailable(), Duration.ofSeconds(5), clock);
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", "", "", "", "");

        Harness.Result run = wizard(console, "--timeout", "5");

        assertEquals(0, run.exitCode(), run.screen());
        assertFalse(run.screen().contains("was used up"), run.screen());
        assertTrue(run.screen().contains("Integration token verified"), run.screen());
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", Files.readString(dir.resolve(".env"), StandardCharsets.UTF_8));
    }

    @Test
    void tryAgainWorksAfterTheDefaultTimeoutToo() throws Exception {
        fake.thenUsersMe(unavailable(), Duration.ofSeconds(30), clock);
        fake.thenUsersMe(unavailable(), Duration.ofSeconds(30), clock);
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", "", "", "", "", "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertEquals(2, run.screen().split("Notion answered, but is busy", -1).length - 1, run.screen());
        assertFalse(run.screen().contains("was used up"), run.screen());
    }

    @Test
    void backAfterARejectedStoredTokenReachesTheQuestionAboutItInsteadOfLooping() throws Exception {
        Files.writeString(dir.resolve(".env"), "NOTION_API_KEY=" + OTHER_TOKEN + "\n");
        // Keep and check: 401; enter the token again: step 7; b: the question about the stored token; quit.
        ScriptedConsole console = new ScriptedConsole("1", "", "b", "q");

        Harness.Result run = wizard(console);

        assertEquals(130, run.exitCode(), run.screen());
        assertFalse(run.screen().contains("There is no token to check yet"), run.screen());
        List<String> prompts = console.prompts();
        assertEquals(prompts.get(0), prompts.get(prompts.size() - 1), "b did not reach the previous question:\n"
                + run.screen());
        assertEquals("NOTION_API_KEY=" + OTHER_TOKEN + "\n", Files.readString(dir.resolve(".env")));
    }

    @Test
    void aRejectedStoredTokenIsNotSaidToBeMiscopied() throws Exception {
        Files.writeString(dir.resolve(".env"), "NOTION_API_KEY=" + OTHER_TOKEN + "\n");
        ScriptedConsole console = new ScriptedConsole("1", "3");

        Harness.Result run = wizard(console);

        assertEquals(130, run.exitCode(), run.screen());
        assertFalse(run.screen().contains("copied it correctly"), run.screen());
        assertTrue(run.screen().contains("Checking the saved token works"), run.screen());
    }
}
