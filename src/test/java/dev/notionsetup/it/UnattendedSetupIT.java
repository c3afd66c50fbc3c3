package dev.notionsetup.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notionsetup.testing.FakeNotion;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static dev.notionsetup.testing.Fixtures.OLD_TOKEN;
import static dev.notionsetup.testing.Fixtures.OTHER_TOKEN;
import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Setup with no human, as CI runs it: the real jar in its own process, no terminal, Notion played by
 * MockWebServer on loopback.
 */
class UnattendedSetupIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ESC = "\u001b";

    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN).accept(OLD_TOKEN);
    final MockWebServer notion = fake.server();

    private String api() {
        return "http://127.0.0.1:" + notion.getPort();
    }

    private JarProcess jar() {
        return new JarProcess(dir);
    }

    /** The tool's arguments with --api-url pointing at the fake Notion first. */
    private String[] args(String... rest) {
        List<String> all = new ArrayList<>(List.of("--api-url", api()));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    private String envFile() throws IOException {
        return Files.readString(dir.resolve(".env"), StandardCharsets.UTF_8);
    }

    private void assertNoEnvFile() {
        assertFalse(Files.exists(dir.resolve(".env")), "nothing may be written");
    }

    /** The three ways to give a token without a prompt. */
    enum Source {
        FLAG("--token"), STDIN("standard input"), ENVIRONMENT("NOTION_API_KEY in the environment");

        final String described;

        Source(String described) {
            this.described = described;
        }

        JarProcess.Result run(JarProcess jar, String token, String... args) throws Exception {
            List<String> all = new ArrayList<>(List.of(args));
            switch (this) {
                case FLAG -> all.addAll(List.of("--token", token));
                case STDIN -> {
                    all.add("--token-stdin");
                    jar.stdin(token + "\n");
                }
                case ENVIRONMENT -> jar.env("NOTION_API_KEY", token);
            }
            return jar.run(all.toArray(String[]::new));
        }
    }

    @ParameterizedTest(name = "CI={0}")
    @ValueSource(strings = {"", "true"})
    void noTokenAndNoTerminalExits2AtOnceSayingHowToGiveOne(String ci) throws Exception {
        JarProcess jar = jar();
        if (!ci.isEmpty()) {
            jar.env("CI", ci);
        }

        JarProcess.Result run = jar.run(args());

        assertEquals(2, run.exitCode(), run.shown());
        assertEquals("", run.stdout());
        // What happened, and the one line saying how to give a token.
        assertEquals(List.of("Error: No token given, and standard input is not a terminal, so nothing can be asked.",
                "Pipe it in (printenv NOTION_TOKEN | notion-setup --token-stdin --yes), or use --token or"
                        + " NOTION_API_KEY."), run.stderrLines());
        assertEquals(0, notion.getRequestCount());
        assertNoEnvFile();
    }

    @Test
    void textPipedInWithoutTokenStdinIsNotReadAsAToken() throws Exception {
        JarProcess.Result run = jar().stdin(TOKEN + "\n").run(args());

        assertEquals(2, run.exitCode(), run.shown());
        assertTrue(run.stderr().contains("--token-stdin"), run.shown());
        assertEquals(0, notion.getRequestCount());
        assertNoEnvFile();
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX file modes")
    void aTokenFromEachSourceIsVerifiedThenWritten(Source source) throws Exception {
        JarProcess.Result run = source.run(jar(), TOKEN, args());

        assertEquals(0, run.exitCode(), run.shown());
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(".env"))));
        RecordedRequest request = notion.takeRequest(10, TimeUnit.SECONDS);
        assertEquals("GET /v1/users/me", request.getMethod() + " " + request.getPath());
        assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
        assertEquals("", run.stdout(), "without --json, stdout stays empty");
        assertTrue(run.stderr().contains("Saved NOTION_API_KEY (ntn_\u2026wxyz, from " + source.described + ")"),
                run.shown());
        assertTrue(run.stderr().contains("Integration: \"My Script\" \u00b7 Workspace: \"Acme\""), run.shown());
        run.assertNoLeakOf(TOKEN);
    }

    @Test
    void anOlderSecretTokenIsAcceptedToo() throws Exception {
        JarProcess.Result run = jar().stdin(OLD_TOKEN).run(args("--token-stdin"));

        assertEquals(0, run.exitCode(), run.shown());
        assertEquals("NOTION_API_KEY=" + OLD_TOKEN + "\n", envFile());
        run.assertNoLeakOf(OLD_TOKEN);
    }

    @Test
    void aDifferentExistingKeyIsReplacedOnlyWithYes() throws Exception {
        String before = "# app\nNOTION_API_KEY=" + OTHER_TOKEN + "\nDEBUG=1\n";
        Files.writeString(dir.resolve(".env"), before);

        JarProcess.Result refused = jar().stdin(TOKEN).run(args("--token-stdin"));

        assertEquals(2, refused.exitCode(), refused.shown());
        assertEquals(List.of("Error: .env already has a different NOTION_API_KEY (ntn_\u2026abcd).",
                "Pass --yes to replace it, or --env-file to write somewhere else."), refused.stderrLines());
        assertEquals(before, envFile());
        assertEquals(0, notion.getRequestCount(), "refused before asking Notion");
        refused.assertNoLeakOf(TOKEN);
        refused.assertNoLeakOf(OTHER_TOKEN);

        JarProcess.Result replaced = jar().stdin(TOKEN).run(args("--token-stdin", "--yes"));

        assertEquals(0, replaced.exitCode(), replaced.shown());
        assertEquals("# app\nNOTION_API_KEY=" + TOKEN + "\nDEBUG=1\n", envFile());
        replaced.assertNoLeakOf(TOKEN);
        replaced.assertNoLeakOf(OTHER_TOKEN);
    }

    @Test
    void jsonIsOneParseableObjectOnStdoutWithoutTheToken() throws Exception {
        fake.sharePage("Roadmap");

        JarProcess.Result run = jar().stdin(TOKEN).run(args("--token-stdin", "--yes", "--json", "--check-access"));

        assertEquals(0, run.exitCode(), run.shown());
        assertEquals(1, run.stdout().lines().count(), "one object, one line: " + run.stdout());
        JsonNode json = JSON.readTree(run.stdout());
        assertTrue(json.get("ok").asBoolean());
        assertEquals(dir.resolve(".env").toRealPath().toString(), json.get("envFile").asText());
        assertTrue(json.get("written").asBoolean());
        assertTrue(json.get("created").asBoolean());
        assertTrue(json.get("verified").asBoolean());
        assertEquals("stdin", json.get("source").asText());
        assertEquals("ntn_\u2026wxyz", json.get("token").asText());
        assertEquals("2022-06-28", json.get("notionVersion").asText());
        assertEquals("My Script", json.at("/bot/name").asText());
        assertEquals("workspace", json.at("/bot/ownerType").asText());
        assertEquals("Acme", json.at("/workspace/name").asText());
        assertEquals("req-ok-1", json.get("requestId").asText());
        assertEquals(1, json.at("/access/pages").asInt());
        assertEquals("Roadmap", json.at("/access/sample/0").asText());
        assertTrue(json.get("warnings").isArray());
        assertTrue(run.stderr().contains("Saved NOTION_API_KEY"), "human text still goes to stderr");
        run.assertNoLeakOf(TOKEN);
    }

    @Test
    void jsonDescribesARejectedTokenAndNothingIsWritten() throws Exception {
        JarProcess.Result run = jar().stdin(OTHER_TOKEN).run(args("--token-stdin", "--json"));

        assertEquals(1, run.exitCode(), run.shown());
        JsonNode json = JSON.readTree(run.stdout());
        assertFalse(json.get("ok").asBoolean());
        assertEquals("rejected", json.at("/error/kind").asText());
        assertEquals(401, json.at("/error/status").asInt());
        assertEquals("unauthorized", json.at("/error/code").asText());
        assertTrue(json.at("/error/fix").asText().contains("integrations"));
        assertTrue(run.stderr().contains("Notion rejected the token (401 unauthorized)"), run.shown());
        assertNoEnvFile();
        run.assertNoLeakOf(OTHER_TOKEN);
    }

    @Test
    void jsonDescribesAUsageErrorToo() throws Exception {
        JarProcess.Result run = jar().run(args("--json"));

        assertEquals(2, run.exitCode(), run.shown());
        JsonNode json = JSON.readTree(run.stdout());
        assertFalse(json.get("ok").asBoolean());
        assertEquals("usage", json.at("/error/kind").asText());
        assertTrue(json.at("/error/fix").asText().contains("--token-stdin"));
    }

    @Test
    void quietPrintsNothingOnSuccessButStillPrintsErrors() throws Exception {
        JarProcess.Result ok = jar().stdin(TOKEN).run(args("--token-stdin", "--quiet"));

        assertEquals(0, ok.exitCode(), ok.shown());
        assertEquals("", ok.stdout());
        assertEquals("", ok.stderr());
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());

        JarProcess.Result failed = jar().stdin(OTHER_TOKEN).run(args("--token-stdin", "--yes", "-q"));

        assertEquals(1, failed.exitCode(), failed.shown());
        assertEquals("", failed.stdout());
        assertTrue(failed.stderr().startsWith("Error: Notion rejected the token"), failed.shown());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO_COLOR", "--no-color"})
    void noColorOutputHasNoEscapeCodes(String how) throws Exception {
        JarProcess jar = jar().stdin(TOKEN);
        List<String> args = new ArrayList<>(List.of("--token-stdin", "--check-access", "-v"));
        if (how.equals("NO_COLOR")) {
            jar.env("NO_COLOR", "1");
        } else {
            args.add(how);
        }

        JarProcess.Result run = jar.run(args(args.toArray(String[]::new)));

        assertEquals(0, run.exitCode(), run.shown());
        assertFalse(run.both().contains(ESC), "escape codes in: " + run.shown());
        assertTrue(run.stderr().contains("Warning: Your integration can't see any pages"), run.shown());
    }

    @Test
    void skipValidationWritesWithAWarningAndAsksNothing() throws Exception {
        JarProcess.Result run = jar().stdin(OTHER_TOKEN).run(args("--token-stdin", "--skip-validation", "--json"));

        assertEquals(0, run.exitCode(), run.shown());
        assertEquals(0, notion.getRequestCount(), "no request with --skip-validation");
        assertEquals("NOTION_API_KEY=" + OTHER_TOKEN + "\n", envFile());
        assertTrue(run.stderr().contains("Warning: Not checking the token with Notion (--skip-validation): it is"
                + " saved unverified."), run.shown());
        JsonNode json = JSON.readTree(run.stdout());
        assertTrue(json.get("ok").asBoolean());
        assertFalse(json.get("verified").asBoolean());
        assertTrue(json.get("warnings").get(0).asText().contains("--skip-validation"));
        assertFalse(json.has("bot"));
        run.assertNoLeakOf(OTHER_TOKEN);
    }

    @Test
    void requireAccessExits4WhenNothingIsSharedAndWritesNothing() throws Exception {
        JarProcess.Result run = jar().stdin(TOKEN).run(args("--token-stdin", "--require-access", "--json"));

        assertEquals(4, run.exitCode(), run.shown());
        assertNoEnvFile();
        assertTrue(run.stderr().contains("Error: Your integration can't see any pages or databases yet."),
                run.shown());
        assertTrue(run.stderr().contains("'Connections'"), "says how to share: " + run.shown());
        JsonNode json = JSON.readTree(run.stdout());
        assertFalse(json.get("ok").asBoolean());
        assertEquals("nothing_shared", json.at("/error/kind").asText());
        assertEquals(0, json.at("/access/pages").asInt());
    }

    @Test
    void tokenFlagWithoutATerminalPrintsNoHistoryHint() throws Exception {
        JarProcess.Result run = jar().run(args("--token", TOKEN));

        assertEquals(0, run.exitCode(), run.shown());
        assertFalse(run.stderr().contains("history"), run.shown());
    }

    @Test
    void verboseShowsEachRequestButNeverTheAuthorizationHeader() throws Exception {
        fake.sharePage("Roadmap");

        JarProcess.Result run = jar().stdin(TOKEN).run(args("--token-stdin", "--check-access", "--verbose"));

        assertEquals(0, run.exitCode(), run.shown());
        String port = String.valueOf(notion.getPort());
        assertTrue(Pattern.compile("^GET http://127\\.0\\.0\\.1:" + port + "/v1/users/me \u2192 200 in \\d+ ms"
                + " \\(request id req-ok-1\\)$", Pattern.MULTILINE).matcher(run.stderr()).find(), run.shown());
        assertEquals(2, Pattern.compile("^POST http://127\\.0\\.0\\.1:" + port + "/v1/search \u2192 200 in \\d+ ms",
                Pattern.MULTILINE).matcher(run.stderr()).results().count(), run.shown());
        assertFalse(run.both().contains("Authorization"), run.shown());
        assertFalse(run.both().contains("Bearer"), run.shown());
        run.assertNoLeakOf(TOKEN);
    }
}
