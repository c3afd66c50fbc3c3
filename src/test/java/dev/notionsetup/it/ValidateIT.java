package dev.notionsetup.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notionsetup.testing.FakeNotion;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static dev.notionsetup.testing.Fixtures.OTHER_TOKEN;
import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `notion-setup validate` as a cron job or CI step runs it: the real jar, no terminal, exit codes that mean something. */
class ValidateIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN);
    final MockWebServer notion = fake.server();

    private JarProcess.Result validate(JarProcess jar, String... rest) throws Exception {
        List<String> args = new ArrayList<>(List.of("validate", "--api-url", "http://127.0.0.1:" + notion.getPort()));
        args.addAll(List.of(rest));
        return jar.run(args.toArray(String[]::new));
    }

    private void envFileWith(String token) throws IOException {
        Files.writeString(dir.resolve(".env"), "NOTION_API_KEY=" + token + "\n");
    }

    /** Where validate finds the token, in its order of precedence, and how it names each source. */
    enum Source {
        FLAG("--token", "flag"), STDIN("standard input", "stdin"),
        ENVIRONMENT("NOTION_API_KEY in the environment", "environment"), ENV_FILE(".env", "env-file");

        final String described;
        final String jsonName;

        Source(String described, String jsonName) {
            this.described = described;
            this.jsonName = jsonName;
        }

        /** Gives {@code token} this way; returns the extra arguments. */
        List<String> give(JarProcess jar, Path dir, String token) throws IOException {
            switch (this) {
                case FLAG -> {
                    return List.of("--token", token);
                }
                case STDIN -> {
                    jar.stdin(token);
                    return List.of("--token-stdin");
                }
                case ENVIRONMENT -> jar.env("NOTION_API_KEY", token);
                case ENV_FILE -> {
                    Path env = Files.writeString(dir.resolve(".env"), "NOTION_API_KEY=" + token + "\n");
                    // Private, as setup creates it: validate warns about a file other users can read.
                    if (env.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                        Files.setPosixFilePermissions(env, PosixFilePermissions.fromString("rw-------"));
                    }
                }
            }
            return List.of();
        }
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void aWorkingTokenFromEachSourceExits0(Source source) throws Exception {
        JarProcess jar = new JarProcess(dir);
        JarProcess.Result run = validate(jar, source.give(jar, dir, TOKEN).toArray(String[]::new));

        assertEquals(0, run.exitCode(), run.shown());
        assertEquals("", run.stdout());
        assertEquals(List.of("The token works (ntn_\u2026wxyz, from " + source.described + ").",
                "  Kind:           internal connection (integration), owned by the workspace",
                "  Integration:    \"My Script\"", "  Workspace:      \"Acme\"", "  Notion version: 2022-06-28",
                "  Request id:     req-ok-1"), run.stderrLines());
        run.assertNoLeakOf(TOKEN);
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void jsonNamesTheSourceAndNeverTheToken(Source source) throws Exception {
        JarProcess jar = new JarProcess(dir);
        List<String> args = new ArrayList<>(source.give(jar, dir, TOKEN));
        args.add("--json");

        JarProcess.Result run = validate(jar, args.toArray(String[]::new));

        assertEquals(0, run.exitCode(), run.shown());
        JsonNode json = JSON.readTree(run.stdout());
        assertTrue(json.get("ok").asBoolean());
        assertEquals(source.jsonName, json.get("source").asText());
        assertEquals("ntn_\u2026wxyz", json.get("token").asText());
        assertEquals("My Script", json.at("/bot/name").asText());
        assertEquals("Acme", json.at("/workspace/name").asText());
        assertTrue(run.stderr().contains("The token works"), "human text on stderr: " + run.shown());
        run.assertNoLeakOf(TOKEN);
    }

    @Test
    void theEnvironmentWinsOverTheFileAndFlagPlusStdinIsAnError() throws Exception {
        envFileWith(OTHER_TOKEN);
        JarProcess.Result run = validate(new JarProcess(dir).env("NOTION_API_KEY", TOKEN), "--json");

        assertEquals(0, run.exitCode(), run.shown());
        assertEquals("environment", JSON.readTree(run.stdout()).get("source").asText());

        JarProcess.Result both = validate(new JarProcess(dir).stdin(TOKEN), "--token", TOKEN, "--token-stdin");
        assertEquals(2, both.exitCode(), both.shown());
        assertTrue(both.stderr().contains("--token and --token-stdin were both given."), both.shown());
    }

    @Test
    void aRejectedTokenExits1AndSaysWhy() throws Exception {
        envFileWith(OTHER_TOKEN);

        JarProcess.Result run = validate(new JarProcess(dir));
        JarProcess.Result json = validate(new JarProcess(dir), "--json");

        assertEquals(1, run.exitCode(), run.shown());
        assertEquals("", run.stdout());
        assertTrue(run.stderr().startsWith("Error: The token (ntn_\u2026abcd, from .env) does not work: Notion"
                + " rejected the token (401 unauthorized): API token is invalid."), run.shown());
        assertEquals(1, json.exitCode(), json.shown());
        JsonNode body = JSON.readTree(json.stdout());
        assertFalse(body.get("ok").asBoolean());
        assertEquals("env-file", body.get("source").asText());
        assertEquals("rejected", body.at("/error/kind").asText());
        assertEquals(401, body.at("/error/status").asInt());
        assertEquals("req-401", body.at("/error/requestId").asText());
        run.assertNoLeakOf(OTHER_TOKEN);
        json.assertNoLeakOf(OTHER_TOKEN);
    }

    @Test
    void noTokenAnywhereExits2() throws Exception {
        JarProcess.Result run = validate(new JarProcess(dir));
        JarProcess.Result json = validate(new JarProcess(dir), "--json");

        assertEquals(2, run.exitCode(), run.shown());
        assertEquals(List.of("Error: No token found: no --token, --token-stdin, NOTION_API_KEY or NOTION_API_TOKEN"
                        + " in the environment, no keychain entry, and no NOTION_API_KEY in .env.",
                "Run notion-setup to create and save one; or pass --profile, --env-file or --var with the profile,"
                        + " file or name the token was saved under."), run.stderrLines());
        assertEquals(2, json.exitCode());
        assertEquals("usage", JSON.readTree(json.stdout()).at("/error/kind").asText());
        assertEquals(0, notion.getRequestCount());
    }

    @Test
    void aTrustStoreJavaCannotReadIsExit2SayingWhatToCheckNotABug() throws Exception {
        Path garbage = dir.resolve("truststore.p12");
        Files.writeString(garbage, "not a key store");
        JarProcess jar = new JarProcess(dir).env("NOTION_API_KEY", TOKEN).env("JAVA_TOOL_OPTIONS",
                "-Djavax.net.ssl.trustStore=" + garbage + " -Djavax.net.ssl.trustStorePassword=x");

        // https, so that TLS is set up (by the warm-up thread too); port 9 on loopback is never reached.
        JarProcess.Result run = jar.run("validate", "--api-url", "https://127.0.0.1:9", "--timeout", "1");

        assertEquals(2, run.exitCode(), run.shown());
        assertTrue(run.stderr().contains("Error: Java could not set up TLS: problem accessing trust store."),
                run.shown());
        assertTrue(run.stderr().contains("javax.net.ssl.trustStore"), run.shown());
        assertFalse(run.stderr().contains("Exception in thread"),
                "the warm-up printed a stack trace: " + run.shown());
        assertFalse(run.stderr().contains("This is a bug"), run.shown());
        run.assertNoLeakOf(TOKEN);
    }

    @Test
    void notionUnavailableAfterRetriesExits3() throws Exception {
        // A Retry-After date in the past makes the client's real waits zero, so the test does not sleep
        // through the backoff. Not "Retry-After: 0": on a 503 with 0, OkHttp itself silently repeats the
        // request once, which would hide two of the three answers from the client.
        for (int i = 0; i < 3; i++) {
            fake.thenUsersMe(new MockResponse().setResponseCode(503)
                    .setHeader("Retry-After", "Thu, 01 Jan 1970 00:00:00 GMT")
                    .setHeader("Content-Type", "application/json")
                    .setBody("{\"object\":\"error\",\"status\":503,\"code\":\"service_unavailable\","
                            + "\"message\":\"Notion is unavailable.\",\"request_id\":\"req-503\"}"));
        }
        envFileWith(TOKEN);

        JarProcess.Result run = validate(new JarProcess(dir), "--json");

        assertEquals(3, run.exitCode(), run.shown());
        assertEquals(3, notion.getRequestCount(), "one request and two retries");
        assertTrue(run.stderr().contains("Notion asked us to wait; waiting 0 s\u2026 (retry 1 of 2)"), run.shown());
        assertTrue(run.stderr().contains("(retry 2 of 2)"), run.shown());
        assertTrue(run.stderr().contains("Notion is unavailable (503 service_unavailable) after 2 retries"), run.shown());
        JsonNode json = JSON.readTree(run.stdout());
        assertEquals("unavailable", json.at("/error/kind").asText());
        assertEquals(503, json.at("/error/status").asInt());
        run.assertNoLeakOf(TOKEN);
    }

    @Test
    void requireAccessExits4UntilSomethingIsShared() throws Exception {
        envFileWith(TOKEN);

        JarProcess.Result nothing = validate(new JarProcess(dir), "--require-access", "--json");

        assertEquals(4, nothing.exitCode(), nothing.shown());
        assertEquals("nothing_shared", JSON.readTree(nothing.stdout()).at("/error/kind").asText());
        assertTrue(nothing.stderr().contains("Error: Your integration can't see any pages or databases yet."),
                nothing.shown());

        fake.sharePage("Roadmap");
        JarProcess.Result shared = validate(new JarProcess(dir), "--require-access", "--json");

        assertEquals(0, shared.exitCode(), shared.shown());
        JsonNode json = JSON.readTree(shared.stdout());
        assertTrue(json.get("ok").asBoolean());
        assertEquals(1, json.at("/access/pages").asInt());
        assertTrue(shared.stderr().contains("Your integration can see 1 page and 0 databases: \"Roadmap\""),
                shared.shown());
    }

    @Test
    void quietCronRunPrintsNothingWhileTheTokenWorks() throws Exception {
        envFileWith(TOKEN);

        JarProcess.Result run = validate(new JarProcess(dir), "-q");

        assertEquals(0, run.exitCode(), run.shown());
        assertEquals("", run.stdout());
        assertEquals("", run.stderr());
    }

    @Test
    void verboseShowsTheRequestAndAStackTraceForAnEnvFileFailure() throws Exception {
        Files.writeString(dir.resolve("not-a-folder"), "");

        JarProcess.Result plain = validate(new JarProcess(dir), "--env-file", "not-a-folder/.env");
        JarProcess.Result verbose = validate(new JarProcess(dir), "--env-file", "not-a-folder/.env", "-v");

        assertEquals(5, plain.exitCode(), plain.shown());
        assertEquals(2, plain.stderrLines().size(), "what and fix, no trace: " + plain.shown());
        assertEquals(5, verbose.exitCode(), verbose.shown());
        assertTrue(verbose.stderr().contains("java.nio.file.FileSystemException"), verbose.shown());
        assertTrue(verbose.stderr().contains("\tat dev.notionsetup."), verbose.shown());

        envFileWith(TOKEN);
        JarProcess.Result requests = validate(new JarProcess(dir), "-v");
        // First the line on why the keychain was not read (this machine has no D-Bus session for the jar), then the request.
        assertTrue(requests.stderrLines().get(0).startsWith("Not read from the keychain: "), requests.shown());
        assertTrue(requests.stderrLines().get(1).startsWith("GET http://127.0.0.1:" + notion.getPort()
                + "/v1/users/me \u2192 200 in "), requests.shown());
        assertFalse(requests.both().contains("Authorization"));
        requests.assertNoLeakOf(TOKEN);
    }
}
