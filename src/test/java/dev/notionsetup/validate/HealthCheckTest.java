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

    private static final String TASKS_ID = "be907abe510e4116a3d17ea71018c06f";
    private static final String OTHER_ID = "28399f72bada81b28d25000b442ed14b";
    private static final String SOURCE_ID = "1f2e3d4c5b6a49788796a5b4c3d2e1f0";
    private static final String OTHER_SOURCE_ID = "0a1b2c3d4e5f40718293a4b5c6d7e8f9";

    private java.util.List<String> asked() {
        return fake.requests.stream().map(r -> r.getMethod() + " " + r.getPath()).toList();
    }

    @Test
    void theDatabaseTheWizardSavedGetsItsFirstQueryAndTheOutputSaysSo() throws Exception {
        fake.shareDatabase(TASKS_ID, "Tasks", java.util.Map.of(SOURCE_ID, "Tasks", OTHER_SOURCE_ID, "Archive"));
        Files.writeString(dir.resolve(".env"), "NOTION_API_KEY=" + TOKEN + "\nNOTION_DATABASE_ID=" + TASKS_ID
                + "\nNOTION_DATA_SOURCE_ID=" + SOURCE_ID + "\n");

        Harness.Result run = validate(new Harness(dir), "--notion-version", "2025-09-03");

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("Checking the database saved in .env (NOTION_DATABASE_ID and"
                + " NOTION_DATA_SOURCE_ID; --database checks another)."), run.stderr());
        assertTrue(run.stderr().contains("Found the database \"Tasks\"."), run.stderr());
        assertTrue(asked().contains("POST /v1/data_sources/" + SOURCE_ID + "/query"), asked().toString());
    }

    @Test
    void databaseOnTheCommandLineWinsAndTakesTheSavedDataSourceOnlyWhenItIsTheSavedDatabase() throws Exception {
        fake.shareDatabase(TASKS_ID, "Tasks", java.util.Map.of(SOURCE_ID, "Tasks", OTHER_SOURCE_ID, "Archive"))
                .shareDatabase(OTHER_ID, "Other");
        Files.writeString(dir.resolve(".env"), "NOTION_API_KEY=" + TOKEN + "\nNOTION_DATABASE_ID=" + TASKS_ID
                + "\nNOTION_DATA_SOURCE_ID=" + SOURCE_ID + "\n");

        Harness.Result other = validate(new Harness(dir), "--database", OTHER_ID);

        assertEquals(0, other.exitCode(), other.stderr());
        assertFalse(other.stderr().contains("saved in .env"), other.stderr());
        // users/me and the database lookup go out together, in either order; the query follows its lookup.
        assertEquals(java.util.List.of("GET /v1/databases/" + OTHER_ID, "GET /v1/users/me",
                "POST /v1/databases/" + OTHER_ID + "/query"), asked().stream().sorted().toList());
        assertTrue(asked().indexOf("GET /v1/databases/" + OTHER_ID)
                < asked().indexOf("POST /v1/databases/" + OTHER_ID + "/query"), asked().toString());

        fake.requests.clear();
        Harness.Result saved = validate(new Harness(dir), "--notion-version", "2025-09-03", "--database",
                "https://www.notion.so/acme/Tasks-" + TASKS_ID);

        assertEquals(0, saved.exitCode(), saved.stderr());
        assertTrue(asked().contains("POST /v1/data_sources/" + SOURCE_ID + "/query"), asked().toString());
    }

    @Test
    void aSavedDatabaseIdThatIsNoIdIsNamedWithItsLine() throws Exception {
        Files.writeString(dir.resolve(".env"), "NOTION_API_KEY=" + TOKEN + "\nNOTION_DATABASE_ID=tasks\n");

        Harness.Result run = validate(new Harness(dir));

        assertEquals(2, run.exitCode(), run.stderr());
        assertEquals("Error: NOTION_DATABASE_ID in .env is not a Notion database id.",
                run.stderr().lines().findFirst().orElseThrow());
        assertEquals(0, notion.getRequestCount());
    }

    @Test
    @org.junit.jupiter.api.condition.DisabledOnOs(value = org.junit.jupiter.api.condition.OS.WINDOWS,
            disabledReason = "POSIX file modes")
    void anEnvFileOthersCanReadGetsSetupsWarning() throws Exception {
        Path env = dir.resolve(".env");
        Files.writeString(env, "NOTION_API_KEY=" + TOKEN + "\n");
        Files.setPosixFilePermissions(env, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        Harness.Result run = validate(new Harness(dir), "--json");

        assertEquals(0, run.exitCode(), run.stderr());
        String warning = env + " can be read by other users (rw-r--r--); run `chmod 600 " + env
                + "` to keep the token private.";
        assertTrue(run.stderr().contains("Warning: " + warning), run.stderr());
        assertTrue(run.stdout().contains("\"warnings\":[\"" + warning + "\"]"), run.stdout());
    }

    @Test
    void anEnvFileGitTracksGetsSetupsWarning() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(gitWorks(), "git is needed");
        Files.writeString(dir.resolve(".env"), "NOTION_API_KEY=" + TOKEN + "\n");
        git("init", "-q");
        git("add", ".env");

        Harness.Result run = validate(new Harness(dir), "-v");

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains(".env is tracked by git, so the token would be committed with it"),
                run.stderr());
    }

    private boolean gitWorks() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private void git(String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git"));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), String.join(" ", command));
    }
}
