package dev.notionsetup.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.Harness;
import dev.notionsetup.testing.ScriptedConsole;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hostile or broken server, seen from the whole tool (the screen, stderr, --json, the env file), filling
 * the gaps of the client's own MockWebServer tests: whatever the server sends, the screen shows only
 * sanitized text, memory stays bounded, every call ends within --timeout, the token goes nowhere but the
 * configured base URL, and nothing is written unless Notion truly said "this is your bot".
 */
class HostileServerTest {
    /** A bot name that, printed raw, would erase our line, fake a success and an error, retitle the window. */
    private static final String EVIL_NAME = "\\u001b[2K\\r\\u2714 Saved NOTION_API_KEY to /etc/passwd\\n"
            + "\\u001b]0;pwned\\u0007\\u009b31mEvil\\u001bc\\rBot";
    /** A workspace name with a bidi override, a fake output line after a CR LF, and a DCS string. */
    private static final String EVIL_WORKSPACE = "\\u202eemcA\\r\\nError: your token was revoked\\u001bP+q\\u001b\\\\ Co";
    private static final String ORIGINAL_ENV = "# keep me\nOTHER=1\n";

    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN).sharePage("Roadmap");
    final MockWebServer notion = fake.server();
    /** Where a redirect would send the token; it must never hear from us. */
    @RegisterExtension
    final FakeNotion otherHost = FakeNotion.scripted();
    final MockWebServer elsewhere = otherHost.server();

    private String api() {
        return notion.url("/").toString();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static String bot(String name, String workspace) {
        return "{\"object\":\"user\",\"id\":\"b0b0b0b0-0000-4000-8000-000000000001\",\"name\":\"" + name
                + "\",\"type\":\"bot\",\"bot\":{\"owner\":{\"type\":\"workspace\",\"workspace\":true},"
                + "\"workspace_name\":\"" + workspace + "\"},\"request_id\":\"req-\\u001b[1mbold\"}";
    }

    /** Answers /v1/users/me with {@code answer} every time; everything else as FakeNotion does. */
    private void usersMe(Supplier<MockResponse> answer) {
        fake.answerWith(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return "/v1/users/me".equals(request.getPath()) ? answer.get() : fake.dispatch(request);
            }
        });
    }

    private Harness.Result setup(String... extra) {
        return new Harness(dir).stdin(TOKEN).run(args(List.of("--api-url", api(), "--token-stdin", "--yes"), extra));
    }

    private Harness.Result validate(String... extra) {
        return new Harness(dir).env("NOTION_API_KEY", TOKEN).run(args(List.of("validate", "--api-url", api()), extra));
    }

    private static String[] args(List<String> first, String... extra) {
        return java.util.stream.Stream.concat(first.stream(), java.util.stream.Stream.of(extra)).toArray(String[]::new);
    }

    private void writeOriginal() throws IOException {
        Files.writeString(dir.resolve(".env"), ORIGINAL_ENV);
    }

    private void assertOriginalIntact() throws IOException {
        assertEquals(ORIGINAL_ENV, Files.readString(dir.resolve(".env")), "the env file changed");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(".env"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** Text a terminal would act on rather than show: escapes, CR, BEL, C1 controls, bidi overrides. */
    private static void assertOnlyPlainText(String where, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\n' || c == 0x7F || c >= 0x80 && c <= 0x9F;
            boolean bidi = c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
            assertFalse(control || bidi, () -> where + " holds U+" + String.format("%04X", (int) c) + " at " + "offset "
                    + text.indexOf(c) + ":\n" + text);
        }
    }

    /** No line may begin with text the server made up. */
    private static void assertNoFakeLines(String where, String text) {
        for (String line : text.split("\n")) {
            assertFalse(line.startsWith("\u2714 Saved NOTION_API_KEY to /etc"), where + " shows a fake line: " + line);
            assertFalse(line.startsWith("Error: your token was revoked"), where + " shows a fake line: " + line);
        }
    }

    // --- names and messages with terminal controls ---------------------------------------------------------------

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "println ends lines with CRLF there, and CR counts as a control character here")
    void aBotNamedWithEscapesShowsSanitizedOnTheWizardScreen() throws IOException {
        fake.thenUsersMe(json(200, bot(EVIL_NAME, EVIL_WORKSPACE)));
        fake.sharePage("\\u001b[8mhidden\\u001b[0m page\\r\\nError: your token was revoked");

        Harness.Result run = new Harness(dir).console(new ScriptedConsole("", "2", TOKEN, "", ""))
                .run("--api-url", api(), "--store", "env");

        assertEquals(0, run.exitCode(), run.screen());
        assertOnlyPlainText("the wizard's screen", run.screen());
        assertNoFakeLines("the wizard's screen", run.screen());
        assertTrue(run.screen().contains("Integration: \"\u2714 Saved NOTION_API_KEY to /etc/passwd Evil Bot\""),
                run.screen());
        assertTrue(run.screen().contains("Workspace: \"emcA Error: your token was revoked Co\""), run.screen());
        assertTrue(run.screen().contains("hidden page Error: your token was revoked"), run.screen());
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "println ends lines with CRLF there, and CR counts as a control character here")
    void aBotNamedWithEscapesShowsSanitizedInValidateAndJson() throws IOException {
        usersMe(() -> json(200, bot(EVIL_NAME, EVIL_WORKSPACE)));

        Harness.Result human = validate("--verbose", "--check-access");
        Harness.Result machine = validate("--json");

        assertEquals(0, human.exitCode(), human.stderr());
        assertOnlyPlainText("validate's output", human.stderr());
        assertNoFakeLines("validate's output", human.stderr());
        assertTrue(human.stderr().contains("Integration:    \"\u2714 Saved NOTION_API_KEY to /etc/passwd Evil Bot\""),
                human.stderr());
        assertTrue(human.stderr().contains("Request id:     req-bold"), human.stderr());
        JsonNode report = new ObjectMapper().readTree(machine.stdout());
        assertEquals("\u2714 Saved NOTION_API_KEY to /etc/passwd Evil Bot", report.path("bot").path("name").asText());
        assertEquals("emcA Error: your token was revoked Co", report.path("workspace").path("name").asText());
        assertOnlyPlainText("validate --json", machine.stdout().strip());
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "println ends lines with CRLF there, and CR counts as a control character here")
    void anErrorMessageWithEscapesShowsSanitized() throws IOException {
        usersMe(() -> json(401, "{\"object\":\"error\",\"status\":401,\"code\":\"unauth\\u001b[2Korized\","
                + "\"message\":\"" + EVIL_NAME + "\"}").addHeaderLenient("x-notion-request-id", "\u001b]8;;http://x\u0007id"));
        writeOriginal();

        Harness.Result run = setup("--verbose");
        Harness.Result wizard = new Harness(dir).console(new ScriptedConsole("", "2", TOKEN, "", "3"))
                .run("--api-url", api(), "--store", "env");

        assertEquals(1, run.exitCode(), run.stderr());
        assertOnlyPlainText("setup's output", run.stderr());
        assertNoFakeLines("setup's output", run.stderr());
        assertEquals(130, wizard.exitCode(), wizard.screen());
        assertOnlyPlainText("the wizard's screen", wizard.screen());
        assertNoFakeLines("the wizard's screen", wizard.screen());
        assertOriginalIntact();
    }

    /** Issue 14 item 8: 41 ideographic spaces are 82 columns; they must not push the rest onto a fake line. */
    @Test
    void aNameOfUnicodeSpacesCannotWrapIntoAFakeLine() throws IOException {
        String spaces = "\\u3000".repeat(41) + "\\u2005\\u00a0";
        usersMe(() -> json(200, bot(spaces + "\u2714 Token revoked. Run notion-setup again", "Acme" + spaces)));

        Harness.Result human = validate();
        Harness.Result wizard = new Harness(dir).console(new ScriptedConsole("", "2", TOKEN, "", ""))
                .run("--api-url", api(), "--store", "env");

        assertEquals(0, human.exitCode(), human.stderr());
        assertEquals(0, wizard.exitCode(), wizard.screen());
        for (String shown : List.of(human.stderr(), wizard.screen())) {
            assertFalse(shown.contains("\u3000") || shown.contains("\u00a0") || shown.contains("\u2005"), shown);
            assertTrue(shown.contains("Integration: \"\u2714 Token revoked. Run notion-setup again\"")
                    || shown.contains("Integration:    \"\u2714 Token revoked. Run notion-setup again\""), shown);
            assertFalse(shown.lines().anyMatch(line -> line.matches(".*\\S {17,}.*")), "a long run of spaces: " + shown);
        }
    }

    // --- local values echoed back: a file name in a cloned repository, an environment variable, an option --------

    private static final String EVIL = "\u001b[2K\r\u001b]0;pwned\u0007\u202eError: your token was revoked\u3000";

    /**
     * Issue 14 item 9: the sanitizer sits in the one output path, so text we echo from this machine (option
     * values, environment variables, file names) is made as safe as server text.
     */
    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "symlink creation rights; control characters in file names")
    void localValuesEchoedBackAreSanitizedToo() throws IOException {
        List<Harness.Result> runs = new java.util.ArrayList<>();
        runs.add(new Harness(dir).env("NOTION_VERSION", EVIL).run("validate", "--token", TOKEN, "--json"));
        runs.add(new Harness(dir).run("validate", "--token", TOKEN, "--timeout", EVIL));
        runs.add(new Harness(dir).run("validate", "--token", TOKEN, "--" + EVIL));
        runs.add(new Harness(dir).run("validate", "--token", TOKEN, EVIL, "--json"));
        runs.add(new Harness(dir).run("validate", "--token", TOKEN, "--api-url", "https://" + EVIL));
        runs.add(new Harness(dir).run("--token", TOKEN, "--skip-validation", "--env-file", EVIL + "/.env"));
        runs.add(new Harness(dir).run("validate", "--env-file", EVIL + ".env"));
        Path target = dir.resolve("real" + EVIL.replace("/", "") + ".env");
        Files.writeString(target, "OTHER=1\n");
        Files.createSymbolicLink(dir.resolve(".env"), target);
        runs.add(new Harness(dir).run("--token", TOKEN, "--skip-validation", "--yes"));
        for (Harness.Result run : runs) {
            assertOnlyPlainText("stderr", run.stderr());
            assertOnlyPlainText("stdout", run.stdout().strip());
            assertNoFakeLines("stderr", run.stderr());
            assertFalse(run.stderr().contains("\u3000"), run.stderr());
            assertFalse(run.stderr().contains("This is a bug"), run.stderr());
        }
        assertEquals(0, runs.get(runs.size() - 1).exitCode(), runs.get(runs.size() - 1).stderr());
        assertTrue(Files.readString(target).contains("NOTION_API_KEY="), "written through the link");
    }

    // --- one deadline per run (issue 14 item 10, issue 12) -----------------------------------------------------

    private static final java.time.Clock TWO_PM = java.time.Clock.fixed(java.time.Instant.parse(
            "2026-11-29T14:00:00Z"), java.time.ZoneOffset.UTC);

    @Test
    void aRetryAfterPastTheTimeoutStopsAtOnceSayingWhenToTryAgain() throws IOException {
        usersMe(() -> json(429, "{\"object\":\"error\",\"status\":429,\"code\":\"rate_limited\"}")
                .setHeader("Retry-After", "999999999"));
        writeOriginal();

        Harness harness = new Harness(dir).stdin(TOKEN).clock(TWO_PM);
        Harness.Result run = harness.run("--api-url", api(), "--token-stdin", "--yes", "--timeout", "1", "--json");

        assertEquals(3, run.exitCode(), run.stderr());
        assertEquals(List.of(), harness.sleeps, "no wait was started");
        assertTrue(run.stderr().contains("Notion asked to wait 999999999 s; try again after 2058-"), run.stderr());
        assertTrue(run.stderr().contains("Run it again after that time"), run.stderr());
        assertTrue(run.stdout().contains("\"kind\":\"asked_to_wait\""), run.stdout());
        assertTrue(run.stdout().contains("\"message\":\"Notion asked to wait 999999999 s; try again after 2058-"),
                run.stdout());
        assertEquals(1, notion.getRequestCount());
        assertOriginalIntact();
    }

    @Test
    void aRetryAfterLongerThanAMinuteIsHonouredWhenTheTimeoutAllows() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        usersMe(() -> calls.getAndIncrement() == 0 ? json(429, "{\"object\":\"error\",\"status\":429,"
                + "\"code\":\"rate_limited\"}").setHeader("Retry-After", "90") : json(200, bot("Bot", "Acme")));

        Harness harness = new Harness(dir).env("NOTION_API_KEY", TOKEN).clock(TWO_PM);
        Harness.Result run = harness.run("validate", "--api-url", api(), "--timeout", "120");

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(List.of(Duration.ofSeconds(90)), harness.sleeps);
        assertTrue(run.stderr().contains("Notion asked us to wait; waiting 90 s"), run.stderr());
    }

    /** The slow-429 access check of issue 14 took 360 s: every request and wait of the run now shares one limit. */
    @Test
    void everyRequestAndWaitOfTheRunSharesTheTimeout() {
        fake.answerWith(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return "/v1/users/me".equals(request.getPath()) ? json(200, bot("Bot", "Acme"))
                        : json(429, "{\"object\":\"error\",\"status\":429,\"code\":\"rate_limited\"}")
                                .setHeader("Retry-After", "20");
            }
        });

        Harness harness = new Harness(dir).env("NOTION_API_KEY", TOKEN).clock(TWO_PM);
        Harness.Result run = harness.run("validate", "--api-url", api(), "--require-access", "--timeout", "30");

        assertEquals(3, run.exitCode(), run.stderr());
        assertEquals(List.of(Duration.ofSeconds(20)), harness.sleeps, "a second 20 s wait would pass the 30 s");
        assertTrue(run.stderr().contains("Notion asked to wait 20 s; try again after 14:01."), run.stderr());
    }

    // --- size and time ---------------------------------------------------------------------------------------------

    private static final int TEN_MB = 10 * 1024 * 1024;

    private static MockResponse huge(int bytes, boolean announced) {
        Buffer body = new Buffer().writeUtf8("{\"object\":\"user\",\"type\":\"bot\",\"id\":\"b1\",\"name\":\"");
        body.writeUtf8("A".repeat(bytes));
        body.writeUtf8("\"}");
        MockResponse response = new MockResponse().setHeader("Content-Type", "application/json");
        return announced ? response.setBody(body) : response.setChunkedBody(body, 64 * 1024);
    }

    /** Bytes allocated by this thread while running {@code run}: the client reads answers on the calling thread. */
    private static long allocatedDuring(Runnable run) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        run.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    @ParameterizedTest(name = "Content-Length announced: {0}")
    @ValueSource(booleans = {true, false})
    void aTenMegabyteBodyIsNotReadWholeAndNothingIsWritten(boolean announced) throws IOException {
        writeOriginal();
        long[] allocated = new long[2];
        for (int size : new int[] {2 * 1024 * 1024, TEN_MB}) {
            usersMe(() -> huge(size, announced));
            // Warm up once, then measure: class loading and JIT belong to neither size.
            setup();
            allocated[size == TEN_MB ? 1 : 0] = allocatedDuring(() -> {
                Harness.Result run = setup("--json");
                assertEquals(3, run.exitCode(), run.stderr());
                assertTrue(run.stderr().contains("larger than 1 MiB and was not read"), run.stderr());
            });
        }

        // Reading a body whole costs at least its size; a bounded read costs the same for 2 MB and for 10 MB.
        assertTrue(allocated[1] - allocated[0] < 4 * 1024 * 1024, "a 10 MB answer cost "
                + (allocated[1] - allocated[0]) / 1024 + " KiB more than a 2 MB one");
        assertOriginalIntact();
    }

    // The three tests below wait for a real --timeout: nothing else can cut a server that never finishes. What
    // they assert holds however slow the machine is: the answer never completes, so only the timeout ends the
    // call. Attempts are counted from --verbose, which lists each one whether or not it reached the server
    // before the cut.

    @Test
    void aServerTricklingOneBytePerSecondIsCutByTheTimeout() throws IOException {
        writeOriginal();
        // Unless cut, this answer would arrive whole, and be a success, after some minutes.
        usersMe(() -> json(200, bot("Slow", "Slow")).throttleBody(1, 1, TimeUnit.SECONDS));

        Harness harness = new Harness(dir).stdin(TOKEN);
        Harness.Result run = harness.run("--api-url", api(), "--token-stdin", "--yes", "--timeout", "1", "--verbose");

        assertEquals(3, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("within 1 s (timeout)"), run.stderr());
        assertEquals(1, attempts(run.stderr()), "a timeout is not retried: it already cost the whole --timeout");
        assertEquals(List.of(), harness.sleeps);
        assertOriginalIntact();
    }

    @Test
    void aServerThatNeverAnswersIsCutByTheTimeoutInTheWizardToo() throws IOException {
        writeOriginal();
        usersMe(() -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

        Harness.Result run = new Harness(dir).console(new ScriptedConsole("", "2", TOKEN, "", "3"))
                .run("--api-url", api(), "--timeout", "1");

        assertEquals(130, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("within 1 s (timeout)"), run.screen());
        assertOriginalIntact();
    }

    @Test
    void headersThatNeverComeAreCutByTheTimeoutToo() throws IOException {
        writeOriginal();
        usersMe(() -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

        Harness.Result run = validate("--timeout", "1", "--verbose");

        assertEquals(3, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("within 1 s (timeout)"), run.stderr());
        assertEquals(1, attempts(run.stderr()));
        assertOriginalIntact();
    }

    /** The requests a run made, from its --verbose lines ("GET http://… → 200 in 12 ms"). */
    private static long attempts(String stderr) {
        return stderr.lines().filter(line -> line.contains("GET http://") && line.contains(" \u2192 ")).count();
    }

    // --- the token goes nowhere else -------------------------------------------------------------------------------

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void aRedirectToAnotherHostIsNotFollowed(int status) throws IOException {
        writeOriginal();
        usersMe(() -> new MockResponse().setResponseCode(status).setHeader("Location", elsewhere.url("/v1/users/me")));

        Harness.Result run = setup("--verbose");

        assertEquals(3, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("we did not follow it, so the token was not sent there"), run.stderr());
        assertEquals(0, elsewhere.getRequestCount(), "the other host heard from us");
        assertEquals(1, notion.getRequestCount());
        assertOriginalIntact();
    }

    @Test
    void redirectsOfEveryShapeAreNotFollowedByAnyCommand() throws Exception {
        writeOriginal();
        String other = elsewhere.url("/").toString();
        String hostPort = other.substring("http://".length(), other.length() - 1);
        for (String location : List.of(other + "v1/users/me", "//" + hostPort + "/v1/users/me", "/v1/users/me",
                "https://api.notion.com.evil.example/v1/users/me", "http://" + hostPort.replace("localhost", "127.0.0.1"))) {
            usersMe(() -> new MockResponse().setResponseCode(302).setHeader("Location", location));
            fake.shareDatabase("be907abe510e4116a3d17ea71018c06f", "Tasks");

            assertEquals(3, setup("--check-access", "--database", "be907abe510e4116a3d17ea71018c06f").exitCode());
            assertEquals(3, validate("--json").exitCode());
            Harness.Result wizard = new Harness(dir).console(new ScriptedConsole("", "2", TOKEN, "", "3"))
                    .run("--api-url", api(), "--store", "env");
            assertEquals(130, wizard.exitCode(), wizard.screen());
        }

        assertEquals(0, elsewhere.getRequestCount(), "the other host heard from us");
        for (int i = notion.getRequestCount(); i > 0; i--) {
            RecordedRequest request = notion.takeRequest();
            assertTrue(request.getPath().startsWith("/v1/"), request.getPath());
        }
        assertOriginalIntact();
    }

    @Test
    void aSearchThatRedirectsIsNotFollowedEither() throws IOException {
        writeOriginal();
        fake.answerWith(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return "/v1/search".equals(request.getPath())
                        ? new MockResponse().setResponseCode(307).setHeader("Location", elsewhere.url("/v1/search"))
                        : fake.dispatch(request);
            }
        });

        Harness.Result run = setup("--require-access");

        assertEquals(3, run.exitCode(), run.stderr());
        assertEquals(0, elsewhere.getRequestCount());
        assertOriginalIntact();
    }

    // --- bodies that lie ----------------------------------------------------------------------------------------------

    @Test
    void aContentLengthLongerThanTheBodyIsABrokenAnswer() throws IOException {
        writeOriginal();
        usersMe(() -> json(200, bot("Liar", "Liar")).setHeader("Content-Length", 100_000)
                .setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));

        Harness.Result run = setup("--timeout", "5");

        assertEquals(3, run.exitCode(), run.stderr());
        assertOriginalIntact();
    }

    @Test
    void aContentLengthShorterThanTheBodyCutsTheBotOff() throws IOException {
        writeOriginal();
        usersMe(() -> json(200, bot("Liar", "Liar")).setHeader("Content-Length", 40));

        Harness.Result run = setup("--json");

        assertEquals(3, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("\"kind\":\"unexpected_response\""), run.stdout());
        assertOriginalIntact();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "{\"object\":\"user\",\"id\":\"u1\",\"type\":\"person\",\"person\":{\"email\":\"a@b.c\"}}",
        "{\"object\":\"user\",\"type\":\"bot\",\"bot\":{}}",
        "{\"object\":\"user\",\"id\":\"\",\"type\":\"bot\"}",
        "{\"object\":\"bot\",\"id\":\"b1\",\"type\":\"bot\"}",
        "{\"object\":\"list\",\"results\":[]}",
        "{\"object\":\"error\",\"status\":401,\"code\":\"unauthorized\",\"message\":\"200 but an error\"}",
        "[{\"object\":\"user\",\"id\":\"b1\",\"type\":\"bot\"}]",
        "null",
        "\"ok\"",
        "{\"object\":\"user\",\"id\":\"b1\",\"type\":\"bot\"} trailing",
        "{\"object\":\"user\",\"id\":\"b1\",\"type\":\"bot\"",
        "",
        "<html><body>Welcome to the hotel wifi</body></html>"})
    void aSuccessThatIsNotABotUserWritesNothing(String body) throws IOException {
        writeOriginal();
        usersMe(() -> json(200, body));

        Harness.Result run = setup("--json");
        Harness.Result check = validate();
        Harness.Result wizard = new Harness(dir).console(new ScriptedConsole("", "2", TOKEN, "", "3"))
                .run("--api-url", api(), "--store", "env");

        assertEquals(3, run.exitCode(), run.stderr());
        assertTrue(run.stdout().startsWith("{\"ok\":false"), run.stdout());
        assertEquals(3, check.exitCode(), check.stderr());
        assertEquals(130, wizard.exitCode(), wizard.screen());
        assertFalse(wizard.screen().contains("Integration token verified"), wizard.screen());
        assertOriginalIntact();
    }

    @Test
    void noContentIsNotABotEither() throws IOException {
        writeOriginal();
        usersMe(() -> new MockResponse().setResponseCode(204));

        assertEquals(3, setup().exitCode());
        assertOriginalIntact();
    }

    @Test
    void aBotFromTheServerIsWrittenOnlyAfterTheRealAnswer() throws IOException {
        // The control case: the same files and arguments with an honest answer do write.
        writeOriginal();

        Harness.Result run = setup();

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(ORIGINAL_ENV + "NOTION_API_KEY=" + TOKEN + "\n", Files.readString(dir.resolve(".env"),
                StandardCharsets.UTF_8));
    }
}
