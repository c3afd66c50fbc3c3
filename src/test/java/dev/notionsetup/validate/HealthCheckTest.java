package dev.notionsetup.validate;

import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.Harness;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static dev.notionsetup.testing.Fixtures.OTHER_TOKEN;
import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `validate` in-process: the verdict line, the source it names, and what each failure is called. */
class HealthCheckTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN);
    final MockWebServer notion = fake.server();

    private Harness.Result validate(Harness harness, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "validate";
        all[1] = "--api-url";
        all[2] = notion.url("/").toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return harness.run(all);
    }

    @Test
    void theEnvFilesTokenWorksAndTheOutputNamesItsSource() throws Exception {
        Files.writeString(dir.resolve(".env"), "NOTION_API_KEY=" + TOKEN + "\n");
        Harness.Result run = validate(new Harness(dir));

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("The token works (ntn_\u2026wxyz, from .env)."), run.stderr());
        assertTrue(run.stderr().contains("My Script") && run.stderr().contains("Acme"));
        assertTrue(run.stderr().contains("Notion version: 2022-06-28"));
        assertEquals("", run.stdout(), "human text goes to stderr only");
        assertFalse(run.everything().contains(TOKEN));
    }

    @Test
    void theEnvironmentWinsOverTheEnvFile() throws Exception {
        Files.writeString(dir.resolve(".env"), "NOTION_API_KEY=" + OTHER_TOKEN + "\n");
        Harness.Result run = validate(new Harness(dir).env("NOTION_API_KEY", TOKEN), "--json");

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().startsWith("{\"ok\":true,\"source\":\"environment\""), run.stdout());
    }

    @Test
    void anUnavailableNotionIsNotBlamedOnTheToken() {
        for (int i = 0; i < 3; i++) {
            fake.thenUsersMe(new MockResponse().setResponseCode(503).setBody("<html>down</html>"));
        }
        Harness harness = new Harness(dir);
        Harness.Result run = validate(harness, "--token", TOKEN);

        assertEquals(3, run.exitCode());
        assertTrue(run.stderr().contains("could not be checked"), run.stderr());
        assertFalse(run.stderr().contains("does not work"), run.stderr());
        assertEquals(2, harness.sleeps.size(), "two announced retries, none slept for real");
        assertTrue(harness.sleeps.stream().allMatch(d -> d.compareTo(Duration.ofSeconds(60)) <= 0));
    }

    @Test
    void aRevokedTokenIsSaidToNotWorkAndExits1() {
        Harness.Result run = validate(new Harness(dir), "--token", OTHER_TOKEN, "--json");

        assertEquals(1, run.exitCode());
        assertTrue(run.stderr().contains("does not work"), run.stderr());
        assertTrue(run.stdout().contains("\"kind\":\"rejected\""));
        assertFalse(run.everything().contains(OTHER_TOKEN));
    }

    @Test
    void nothingSharedFailsOnlyWhenAccessIsRequired() {
        assertEquals(0, validate(new Harness(dir), "--token", TOKEN, "--check-access").exitCode());
        Harness.Result required = validate(new Harness(dir), "--token", TOKEN, "--require-access", "--json");
        assertEquals(4, required.exitCode());
        assertTrue(required.stdout().contains("\"kind\":\"nothing_shared\""), required.stdout());
        assertTrue(required.stdout().contains("\"access\":{\"pages\":0,\"databases\":0"), required.stdout());
    }
}
