package dev.notionsetup.notion;

import dev.notionsetup.token.Secret;
import dev.notionsetup.ExitCode;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code GET /v1/users/me}: every outcome, and what was sent each time. */
class NotionClientVerifyTest extends MockNotionTest {
    static final String ME = "/v1/users/me";

    // ---- 200 -------------------------------------------------------------------------------------------

    @Test
    void botWithWorkspaceName() throws Exception {
        server.enqueue(json(200, bot("My Script", "Acme")).setHeader("x-notion-request-id", "hdr-1"));

        BotIdentity bot = ok(client().verify(Secret.of(TOKEN)));

        assertEquals(new BotIdentity("6794760a-1f15-45cd-9c65-0dfe42f5135a", "My Script", "Acme", "ws-1",
                "workspace", "hdr-1"), bot);
        assertGet(ME);
        assertEquals(1, server.getRequestCount());
        assertEquals(List.of(), sleeper.waits);
    }

    @Test
    void botWithNullWorkspaceNameTakesTheRequestIdFromTheBody() throws Exception {
        server.enqueue(json(200, bot("My Script", null)));

        BotIdentity bot = ok(client().verify(Secret.of(TOKEN)));

        assertNull(bot.workspaceName());
        assertEquals("ws-1", bot.workspaceId());
        assertEquals("req-ok", bot.requestId());
        assertGet(ME);
    }

    @Test
    void botWithEmptyBotObject() throws Exception {
        server.enqueue(json(200, "{\"object\":\"user\",\"id\":\"b1\",\"name\":\"Bare\",\"type\":\"bot\",\"bot\":{}}"));

        assertEquals(new BotIdentity("b1", "Bare", null, null, null, null), ok(client().verify(Secret.of(TOKEN))));
        assertGet(ME);
    }

    @Test
    void botOwnedByAUserWithUnknownFields() throws Exception {
        server.enqueue(json(200, "{\"object\":\"user\",\"id\":\"b2\",\"name\":null,\"type\":\"bot\",\"future\":[1,{}],"
                + "\"bot\":{\"owner\":{\"type\":\"user\",\"user\":{\"object\":\"user\",\"id\":\"u1\"}},"
                + "\"workspace_name\":\"Personal\",\"new_field\":true},\"request_id\":\"r2\"}"));

        BotIdentity bot = ok(client().verify(Secret.of(TOKEN)));

        assertEquals("user", bot.ownerType());
        assertNull(bot.name());
        assertEquals("Personal", bot.workspaceName());
        assertGet(ME);
    }

    @Test
    void serverTextIsSanitized() throws Exception {
        server.enqueue(json(200, bot("\\u001b[2K\\rToken verified\\u001b]0;pwned\\u0007 \\u202eBot\\n\\nok",
                "Acme\\u001b[31m Corp")));

        BotIdentity bot = ok(client().verify(Secret.of(TOKEN)));

        assertEquals("Token verified Bot ok", bot.name());
        assertEquals("Acme Corp", bot.workspaceName());
        assertGet(ME);
    }

    @Test
    void aBasePathPrefixIsKept() throws Exception {
        server.enqueue(json(200, bot("My Script", "Acme")));
        ApiBaseUrl prefixed = ApiBaseUrl.parse(server.url("/gateway/notion/").toString());

        ok(client(new NotionClientConfig(prefixed, NotionVersion.DEFAULT, TIMEOUT, USER_AGENT, 2, null)).verify(Secret.of(TOKEN)));

        assertGet("/gateway/notion/v1/users/me");
    }

    @Test
    void theConfiguredVersionIsSent() throws Exception {
        server.enqueue(json(200, bot("My Script", "Acme")));
        NotionClient client = client(new NotionVersion("2025-09-03"), 2);

        ok(client.verify(Secret.of(TOKEN)));

        assertEquals(new NotionVersion("2025-09-03"), client.version());
        assertGet(ME, "2025-09-03");
    }

    @Test
    void aDefaultUserAgentWhenNoneIsConfigured() throws Exception {
        server.enqueue(json(200, bot("My Script", "Acme")));

        ok(client(new NotionClientConfig(baseUrl(), null, null, null, 0, null)).verify(Secret.of(TOKEN)));

        assertEquals("notion-setup", take().getHeader("User-Agent"));
    }

    // ---- rejected, bad request ---------------------------------------------------------------------------

    @Test
    void unauthorized() throws Exception {
        server.enqueue(notionError(401, "unauthorized", "API token is invalid."));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(new ApiFailure(FailureKind.REJECTED, 401, "unauthorized", "API token is invalid.", "req-401",
                "Notion rejected the token (401 unauthorized): API token is invalid."), failure);
        assertEquals(ExitCode.REJECTED, FailureKind.REJECTED.exitCode());
        assertGet(ME);
        assertEquals(1, server.getRequestCount(), "401 is never retried");
        assertEquals(List.of(), sleeper.waits);
    }

    @Test
    void restrictedResource() throws Exception {
        server.enqueue(notionError(403, "restricted_resource", "Insufficient permissions for this endpoint."));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.REJECTED, failure.kind());
        assertEquals(403, failure.status());
        assertEquals("restricted_resource", failure.code());
        assertEquals("Notion rejected the token (403 restricted_resource): Insufficient permissions for this endpoint.",
                failure.detail());
        assertGet(ME);
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void missingVersion() throws Exception {
        server.enqueue(notionError(400, "missing_version", "Notion-Version header failed validation: "
                + "Notion-Version header should be defined, instead was `undefined`."));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.BAD_REQUEST, failure.kind());
        assertEquals("missing_version", failure.code());
        assertTrue(failure.detail().startsWith("Notion did not accept the request (400 missing_version): "),
                failure.detail());
        assertGet(ME);
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void invalidVersionKeepsNotionsListOfValidOnes() throws Exception {
        String message = "Notion-Version header failed validation: Notion-Version header should be one of "
                + "\\\"2021-05-11\\\", \\\"2021-05-13\\\", \\\"2021-08-16\\\", \\\"2022-02-22\\\", \\\"2022-06-28\\\", "
                + "\\\"2025-09-03\\\", instead was \\\"2099-01-01\\\".";
        server.enqueue(notionError(400, "validation_error", message));

        ApiFailure failure = failed(client(new NotionVersion("2099-01-01"), 2).verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.BAD_REQUEST, failure.kind());
        assertEquals(ExitCode.USAGE, failure.kind().exitCode());
        assertTrue(failure.message().contains("\"2022-06-28\", \"2025-09-03\", instead was \"2099-01-01\"."),
                failure.message());
        assertTrue(failure.detail().contains("2025-09-03"), failure.detail());
        assertGet(ME, "2099-01-01");
    }

    @Test
    void notFoundIsNotRetried() throws Exception {
        server.enqueue(notionError(404, "object_not_found", "Could not find user."));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.NOT_FOUND, failure.kind());
        assertEquals(1, server.getRequestCount());
        assertGet(ME);
    }

    @Test
    void aServerEchoingTheTokenDoesNotGetItPrinted() throws Exception {
        server.enqueue(notionError(401, "unauthorized", "Token " + TOKEN + " is invalid."));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals("Token [token] is invalid.", failure.message());
        assertFalse(failure.toString().contains(TOKEN));
        assertGet(ME);
    }

    @Test
    void aTokenThatCannotBeSentIsRefusedWithoutARequest() {
        ApiFailure withNewline = failed(client().verify(Secret.of(TOKEN + "\n")));
        ApiFailure empty = failed(client().verify(Secret.of("")));
        ApiFailure none = failed(client().verify(Secret.none()));

        assertEquals(FailureKind.BAD_REQUEST, withNewline.kind());
        assertNull(withNewline.status());
        assertFalse(withNewline.detail().contains(TOKEN));
        assertEquals(FailureKind.BAD_REQUEST, empty.kind());
        assertEquals(FailureKind.BAD_REQUEST, none.kind());
        assertEquals(0, server.getRequestCount());
    }

    // ---- rate limits and retries ------------------------------------------------------------------------

    @Test
    void rateLimitedWithRetryAfterThenSuccess() throws Exception {
        server.enqueue(notionError(429, "rate_limited", "You have been rate limited.").setHeader("Retry-After", "2"));
        server.enqueue(json(200, bot("My Script", "Acme")));

        ok(client().verify(Secret.of(TOKEN)));

        assertEquals(List.of(Duration.ofSeconds(2)), sleeper.waits, "Retry-After honoured");
        assertEquals(List.of(new RecordingEvents.Retrying(Duration.ofSeconds(2), "Notion asked us to wait", 1, 2)),
                events.retries);
        assertGet(ME);
        assertGet(ME);
    }

    @Test
    void rateLimitedWithoutRetryAfterUntilGivingUp() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(notionError(429, "rate_limited", "You have been rate limited."));
        }

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.RATE_LIMITED, failure.kind());
        assertEquals(ExitCode.UNAVAILABLE, failure.kind().exitCode());
        assertEquals(429, failure.status());
        assertEquals("rate_limited", failure.code());
        assertEquals("Notion is still rate limiting requests (429 rate_limited) after 2 retries: You have been rate "
                + "limited. Wait a minute and try again.", failure.detail());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeper.waits, "exponential from 1 s");
        assertEquals(List.of("Notion is rate limiting requests", "Notion is rate limiting requests"),
                events.retries.stream().map(RecordingEvents.Retrying::reason).toList());
        assertEquals(List.of(1, 2), events.retries.stream().map(RecordingEvents.Retrying::attempt).toList());
        for (int i = 0; i < 3; i++) {
            assertGet(ME);
        }
    }

    @Test
    void retryAfterAsAnHttpDate() throws Exception {
        server.enqueue(notionError(429, "rate_limited", "Slow down.")
                .setHeader("Retry-After", "Sun, 01 Jun 2025 12:00:05 GMT")); // NOW + 5 s
        server.enqueue(json(200, bot("My Script", "Acme")));

        ok(client().verify(Secret.of(TOKEN)));

        assertEquals(List.of(Duration.ofSeconds(5)), sleeper.waits);
        assertGet(ME);
        assertGet(ME);
    }

    /** Issue 12: workspace-level limits ask for more than a minute; the run waits when its deadline allows. */
    @Test
    void retryAfterLongerThanAMinuteIsHonouredWithinTheDeadline() throws Exception {
        server.enqueue(notionError(429, "rate_limited", "Slow down.").setHeader("Retry-After", "90"));
        server.enqueue(json(200, bot("My Script", "Acme")));

        ok(client(withTotal(Duration.ofSeconds(120), 2)).verify(Secret.of(TOKEN)));

        assertEquals(List.of(Duration.ofSeconds(90)), sleeper.waits);
        assertGet(ME);
        assertGet(ME);
    }

    /** Issue 14 item 10: a wait past the run's deadline is not started; the failure says when to try again. */
    @Test
    void retryAfterPastTheDeadlineStopsAtOnceSayingWhenToTryAgain() throws Exception {
        server.enqueue(notionError(429, "rate_limited", "Slow down.").setHeader("Retry-After", "3600"));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.ASKED_TO_WAIT, failure.kind());
        assertEquals(ExitCode.UNAVAILABLE, failure.kind().exitCode());
        assertEquals("Notion asked to wait 3600 s; try again after 13:00.", failure.detail());
        assertEquals(List.of(), sleeper.waits, "no wait was started");
        assertEquals(List.of(), events.retries);
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void everyWaitTogetherStaysWithinTheDeadline() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(notionError(503, "service_unavailable", "Down.").setHeader("Retry-After", "20"));
        }

        ApiFailure failure = failed(client(withTotal(Duration.ofSeconds(30), 5)).verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.ASKED_TO_WAIT, failure.kind());
        assertEquals(List.of(Duration.ofSeconds(20)), sleeper.waits, "the second 20 s would pass the 30 s");
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void ourOwnBackoffPastTheDeadlineEndsWithTheLastFailure() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(notionError(503, "service_unavailable", "Down."));
        }

        ApiFailure failure = failed(client(withTotal(Duration.ofMillis(2500), 5)).verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNAVAILABLE, failure.kind());
        assertEquals(List.of(Duration.ofSeconds(1)), sleeper.waits, "1 s, then 2 s would pass 2.5 s");
        assertTrue(failure.detail().endsWith("The next try would pass the 2500 ms limit (--timeout)."),
                failure.detail());
    }

    @Test
    void aCallAfterTheDeadlineWasUsedUpIsNotSent() throws Exception {
        enqueueSlow(json(200, bot("My Script", "Acme")), Duration.ofSeconds(10));
        NotionClient client = client(withTotal(Duration.ofSeconds(10), 2));

        ok(client.verify(Secret.of(TOKEN)));
        ApiFailure failure = failed(client.verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNREACHABLE, failure.kind());
        assertTrue(failure.detail().contains("10 s limit (--timeout) was used up"), failure.detail());
        assertEquals(1, server.getRequestCount(), "the second call sent nothing");
    }

    @Test
    void timeNotionTakesToAnswerCountsSoNoRetryStartsPastTheDeadline() throws Exception {
        enqueueSlow(notionError(503, "service_unavailable", "Down."), Duration.ofSeconds(9));
        server.enqueue(json(200, bot("My Script", "Acme")));

        ApiFailure failure = failed(client(withTotal(Duration.ofSeconds(10), 2)).verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNAVAILABLE, failure.kind());
        assertEquals(List.of(), sleeper.waits, "a 1 s backoff leaves no time for the request after it");
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aNewCheckGetsTheWholeTimeoutAgain() throws Exception {
        enqueueSlow(notionError(503, "service_unavailable", "Down."), Duration.ofSeconds(10));
        server.enqueue(json(200, bot("My Script", "Acme")));
        NotionClient client = client(withTotal(Duration.ofSeconds(10), 2));
        failed(client.verify(Secret.of(TOKEN)));

        client.startCheck();

        assertEquals("My Script", ok(client.verify(Secret.of(TOKEN))).name());
        assertEquals(2, server.getRequestCount());
    }

    private NotionClientConfig withTotal(Duration total, int maxRetries) {
        return new NotionClientConfig(baseUrl(), NotionVersion.DEFAULT, TIMEOUT, USER_AGENT, maxRetries, null, total);
    }

    @Test
    void backoffIsExponentialAndCapped() throws Exception {
        for (int i = 0; i < 9; i++) {
            server.enqueue(notionError(503, "service_unavailable", "Notion is unavailable."));
        }

        ApiFailure failure = failed(client(withTotal(Duration.ofSeconds(600), 8)).verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNAVAILABLE, failure.kind());
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L), sleeper.seconds());
        assertEquals(9, server.getRequestCount());
    }

    @Test
    void noRetriesWhenMaxRetriesIsZero() throws Exception {
        server.enqueue(notionError(429, "rate_limited", "Slow down.").setHeader("Retry-After", "1"));

        ApiFailure failure = failed(client(NotionVersion.DEFAULT, 0).verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.RATE_LIMITED, failure.kind());
        assertEquals("Notion is still rate limiting requests (429 rate_limited): Slow down. Wait a minute and try again.",
                failure.detail());
        assertEquals(List.of(), sleeper.waits);
        assertGet(ME);
    }

    @Test
    void overloadedThenSuccess() throws Exception {
        server.enqueue(notionError(529, "service_overload", "Notion is overloaded."));
        server.enqueue(json(200, bot("My Script", "Acme")));

        ok(client().verify(Secret.of(TOKEN)));

        assertEquals(List.of(new RecordingEvents.Retrying(Duration.ofSeconds(1), "Notion is overloaded (529)", 1, 2)),
                events.retries);
        assertGet(ME);
        assertGet(ME);
    }

    @Test
    void unavailableThenSuccess() throws Exception {
        server.enqueue(notionError(503, "service_unavailable", "Notion is unavailable."));
        server.enqueue(json(200, bot("My Script", "Acme")));

        assertEquals("My Script", ok(client().verify(Secret.of(TOKEN))).name());

        assertEquals(List.of(new RecordingEvents.Retrying(Duration.ofSeconds(1), "Notion is unavailable (503)", 1, 2)),
                events.retries);
        assertGet(ME);
        assertGet(ME);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504, 529})
    void serverErrorsAreUnavailableAfterRetries(int status) throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(notionError(status, "internal_server_error", "Something went wrong."));
        }

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNAVAILABLE, failure.kind());
        assertEquals(status, failure.status());
        assertEquals("req-" + status, failure.requestId());
        assertEquals("Notion is unavailable (" + status + " internal_server_error) after 2 retries: Something went wrong.",
                failure.detail());
        assertEquals(2, sleeper.waits.size());
        for (int i = 0; i < 3; i++) {
            assertGet(ME);
        }
    }

    @Test
    void badGatewayHtmlPage() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
                    .setHeader("x-notion-request-id", "edge-" + i)
                    .setBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));
        }

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNAVAILABLE, failure.kind());
        assertEquals(502, failure.status());
        assertNull(failure.code());
        assertNull(failure.message());
        assertEquals("edge-2", failure.requestId());
        assertTrue(failure.detail().contains("HTML page"), failure.detail());
        assertEquals(3, server.getRequestCount());
        assertGet(ME);
    }

    // ---- answers that are not Notion's ---------------------------------------------------------------------

    @Test
    void htmlFromAProxyIsNotATokenRejection() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(403).setHeader("Content-Type", "text/html")
                .setBody("<!DOCTYPE html><title>Blocked by policy</title>"));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNEXPECTED_RESPONSE, failure.kind());
        assertEquals(403, failure.status());
        assertTrue(failure.detail().contains("HTML page"), failure.detail());
        assertEquals(1, server.getRequestCount());
        assertGet(ME);
    }

    @Test
    void captivePortalPageWith200() throws Exception {
        server.enqueue(new MockResponse().setBody("<html>Please log in to the Wi-Fi</html>"));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNEXPECTED_RESPONSE, failure.kind());
        assertEquals(200, failure.status());
        assertTrue(failure.detail().contains("HTML page"), failure.detail());
        assertGet(ME);
    }

    @Test
    void nonJsonBody() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain").setBody("OK"));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNEXPECTED_RESPONSE, failure.kind());
        assertTrue(failure.detail().endsWith("(HTTP 200) was not JSON."), failure.detail());
        assertGet(ME);
    }

    @Test
    void emptyBody() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNEXPECTED_RESPONSE, failure.kind());
        assertTrue(failure.detail().endsWith("was empty."), failure.detail());
        assertGet(ME);
    }

    @Test
    void truncatedJson() throws Exception {
        server.enqueue(json(200, "{\"object\":\"user\",\"id\":\"b1\",\"type\":\"bo"));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNEXPECTED_RESPONSE, failure.kind());
        assertTrue(failure.detail().endsWith("was not JSON."), failure.detail());
        assertGet(ME);
    }

    @Test
    void jsonFollowedByGarbage() throws Exception {
        server.enqueue(json(200, bot("My Script", "Acme") + " trailing"));

        assertEquals(FailureKind.UNEXPECTED_RESPONSE, failed(client().verify(Secret.of(TOKEN))).kind());
        assertGet(ME);
    }

    @Test
    void aPersonInsteadOfABot() throws Exception {
        server.enqueue(json(200, "{\"object\":\"user\",\"id\":\"p1\",\"type\":\"person\",\"person\":{}}"));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNEXPECTED_RESPONSE, failure.kind());
        assertEquals("The answer from " + server.getHostName() + " (HTTP 200) was JSON but not a bot user "
                + "(object \"user\", type \"person\").", failure.detail());
        assertGet(ME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"object\":\"list\",\"results\":[]}", "[]", "\"user\"",
            "{\"object\":\"user\",\"type\":\"bot\"}", "{\"object\":\"user\",\"type\":\"bot\",\"id\":7}"})
    void otherWrongShapes(String body) throws Exception {
        server.enqueue(json(200, body));

        assertEquals(FailureKind.UNEXPECTED_RESPONSE, failed(client().verify(Secret.of(TOKEN))).kind());
        assertGet(ME);
    }

    @Test
    void unknownNotionErrorStatusIsABadRequest() throws Exception {
        server.enqueue(notionError(422, "some_new_error", "Something new."));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.BAD_REQUEST, failure.kind());
        assertEquals("some_new_error", failure.code());
        assertEquals(1, server.getRequestCount());
    }

    // ---- body size bound ----------------------------------------------------------------------------------

    @Test
    void oversizedBody() throws Exception {
        String huge = "{\"object\":\"user\",\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setChunkedBody(huge, 64 * 1024));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNEXPECTED_RESPONSE, failure.kind());
        assertEquals(200, failure.status());
        assertTrue(failure.detail().contains("larger than 1 MiB"), failure.detail());
        assertGet(ME);
    }

    @Test
    void aBodyOfExactlyTheBoundIsRead() throws Exception {
        String prefix = bot("My Script", "Acme");
        String body = prefix + " ".repeat((int) Transport.MAX_BODY_BYTES - prefix.length());
        server.enqueue(json(200, body));

        assertEquals("My Script", ok(client().verify(Secret.of(TOKEN))).name());
        assertGet(ME);
    }

    @Test
    void anAnnouncedLengthOverTheBoundIsNotRead() throws Exception {
        server.enqueue(json(200, bot("My Script", "Acme"))
                .setHeader("Content-Length", String.valueOf(Transport.MAX_BODY_BYTES + 1))
                .setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNEXPECTED_RESPONSE, failure.kind());
        assertTrue(failure.detail().contains("larger than 1 MiB"), failure.detail());
        assertGet(ME);
    }

    @Test
    void aContentLengthShorterThanTheBodyIsAllThatIsRead() throws Exception {
        server.enqueue(json(200, bot("My Script", "Acme")).setHeader("Content-Length", "10")
                .setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNEXPECTED_RESPONSE, failure.kind());
        assertTrue(failure.detail().endsWith("was not JSON."), failure.detail());
        assertGet(ME);
    }

    // ---- no answer ---------------------------------------------------------------------------------------

    @Test
    void disconnectMidResponseIsRetriedThenUnreachable() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(200, bot("My Script", "Acme"))
                    .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        }

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNREACHABLE, failure.kind());
        assertNull(failure.status());
        assertTrue(failure.detail().startsWith("The connection to " + server.getHostName() + " broke before the answer"),
                failure.detail());
        assertTrue(failure.detail().endsWith("after 2 retries."), failure.detail());
        assertEquals(List.of("could not connect", "could not connect"),
                events.retries.stream().map(RecordingEvents.Retrying::reason).toList());
        for (int i = 0; i < 3; i++) {
            assertGet(ME);
        }
    }

    @Test
    void disconnectMidResponseThenSuccess() throws Exception {
        server.enqueue(json(200, bot("My Script", "Acme")).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        server.enqueue(json(200, bot("My Script", "Acme")));

        ok(client().verify(Secret.of(TOKEN)));

        assertEquals(List.of(Duration.ofSeconds(1)), sleeper.waits);
        assertGet(ME);
        assertGet(ME);
    }

    @Test
    void disconnectBeforeAnyAnswer() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        }

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNREACHABLE, failure.kind());
        assertEquals(3, server.getRequestCount());
        assertGet(ME);
    }

    // The two tests below wait for a real timeout: nothing else can cut a server that never finishes. What they
    // assert holds however slow the machine is: the answer never completes, so only the timeout ends the call,
    // and a timeout never fires early. Whether the request reached the server before the cut depends on the
    // machine's speed, so it is not asserted here (every other test checks what was sent).

    @Test
    void aServerThatNeverAnswersIsCutByTheTimeout() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

        long start = System.nanoTime();
        ApiFailure failure = failed(client(Duration.ofSeconds(1)).verify(Secret.of(TOKEN)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(FailureKind.UNREACHABLE, failure.kind());
        assertEquals("No answer from " + server.getHostName() + " within 1 s (timeout).", failure.detail());
        assertEquals(List.of(), sleeper.waits, "a timeout already cost the user the whole --timeout");
        assertEquals(1, events.exchanges.size(), "a timeout is not retried");
        assertTrue(took.compareTo(Duration.ofSeconds(1)) >= 0, "gave up before the timeout, after " + took);
    }

    @Test
    void aBodyTricklingSlowlyIsCutByTheTimeout() throws Exception {
        // Each byte arrives well within the read timeout; only the whole-call timeout can stop this. Unless cut,
        // the call would succeed after half a minute.
        server.enqueue(json(200, bot("My Script", "Acme")).throttleBody(1, 100, TimeUnit.MILLISECONDS));

        ApiFailure failure = failed(client(Duration.ofSeconds(1)).verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNREACHABLE, failure.kind());
        assertEquals("No answer from " + server.getHostName() + " within 1 s (timeout).", failure.detail());
        assertEquals(1, events.exchanges.size(), "a timeout is not retried");
    }

    @Test
    void connectionRefusedIsRetriedThenUnreachable() throws Exception {
        MockWebServer closed = new MockWebServer();
        closed.start();
        ApiBaseUrl nowhere = ApiBaseUrl.parse(closed.url("/").toString());
        closed.shutdown();

        ApiFailure failure = failed(client(new NotionClientConfig(nowhere, NotionVersion.DEFAULT, TIMEOUT, USER_AGENT,
                2, null)).verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNREACHABLE, failure.kind());
        assertTrue(failure.detail().startsWith("Could not connect to "), failure.detail());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeper.waits);
        assertEquals(List.of(-1, -1, -1), events.exchanges.stream().map(RecordingEvents.Exchanged::status).toList());
    }

    @Test
    void tlsToAServerThatDoesNotSpeakTlsIsUnreachableAndNotRetried() throws Exception {
        // A server that answers every connection with plain-text HTTP at once, as a misconfigured port would.
        try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> {
                while (!plain.isClosed()) {
                    try (Socket socket = plain.accept()) {
                        socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            answering.setDaemon(true);
            answering.start();
            ApiBaseUrl https = ApiBaseUrl.parse("https://127.0.0.1:" + plain.getLocalPort());

            ApiFailure failure = failed(client(new NotionClientConfig(https, NotionVersion.DEFAULT, TIMEOUT, USER_AGENT,
                    2, null)).verify(Secret.of(TOKEN)));

            assertEquals(FailureKind.UNREACHABLE, failure.kind());
            assertTrue(failure.detail().startsWith("The secure connection to 127.0.0.1 failed ("), failure.detail());
            assertEquals(List.of(), sleeper.waits, "TLS failures do not heal in seconds");
        }
    }

    // ---- redirects ----------------------------------------------------------------------------------------

    @Test
    void aRedirectToAnotherHostIsNotFollowed() throws Exception {
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start();
            server.enqueue(new MockResponse().setResponseCode(302)
                    .setHeader("Location", elsewhere.url("/steal").toString().replace("localhost", "127.0.0.1")));

            ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

            assertEquals(FailureKind.UNEXPECTED_RESPONSE, failure.kind());
            assertEquals(302, failure.status());
            assertEquals(server.getHostName() + " answered with a redirect (HTTP 302) to 127.0.0.1; we did not follow "
                    + "it, so the token was not sent there.", failure.detail());
            assertEquals(0, elsewhere.getRequestCount(), "no request, so no token, went to the other host");
            assertGet(ME);
        }
    }

    @Test
    void aRedirectNamesItsTargetHost() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", "https://evil.example/v1/users/me"));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertTrue(failure.detail().contains("(HTTP 307) to evil.example;"), failure.detail());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aRelativeRedirectOnTheSameHostIsNotFollowedEither() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(301).setHeader("Location", "/v2/users/me"));

        ApiFailure failure = failed(client().verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNEXPECTED_RESPONSE, failure.kind());
        assertTrue(failure.detail().contains("to " + server.getHostName() + ";"), failure.detail());
        assertEquals(1, server.getRequestCount());
    }

    // ---- events, interruption, lifecycle -------------------------------------------------------------------

    @Test
    void everyExchangeIsReportedWithoutTheToken() throws Exception {
        server.enqueue(notionError(503, "service_unavailable", "Down.").setHeader("x-notion-request-id", "h-503"));
        server.enqueue(json(200, bot("My Script", "Acme")));

        ok(client().verify(Secret.of(TOKEN)));

        String url = server.url(ME).toString();
        assertEquals(List.of(new RecordingEvents.Exchanged("GET", url, 503, "h-503"),
                new RecordingEvents.Exchanged("GET", url, 200, "req-ok")), events.exchanges);
        assertFalse(events.toString().contains(TOKEN));
    }

    @Test
    void anInterruptedWaitStopsWithTheInterruptFlagKept() throws Exception {
        server.enqueue(notionError(429, "rate_limited", "Slow down."));
        Sleeper interrupted = d -> {
            throw new InterruptedException();
        };
        NotionClient client = new NotionClient(new NotionClientConfig(baseUrl(), NotionVersion.DEFAULT, TIMEOUT,
                USER_AGENT, 2, null), interrupted, events);
        try {
            ApiFailure failure = failed(client.verify(Secret.of(TOKEN)));

            assertTrue(Thread.interrupted(), "the interrupt flag is restored (and cleared here)");
            assertEquals(FailureKind.RATE_LIMITED, failure.kind());
            assertTrue(failure.detail().endsWith("Stopped while waiting to retry (interrupted)."), failure.detail());
            assertEquals(1, server.getRequestCount());
        } finally {
            client.close();
        }
    }

    @Test
    void closeLeavesNoThreadToKeepTheJvmAlive() throws Exception {
        server.enqueue(json(200, bot("My Script", "Acme")));
        NotionClient client = client();
        ok(client.verify(Secret.of(TOKEN)));

        client.close();
        client.close(); // twice is harmless

        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("OkHttp") && t.isAlive())
                .allMatch(Thread::isDaemon), "only daemon OkHttp threads may remain");
    }

    /**
     * A call whose answer is no longer wanted (the token was rejected while it ran) may still be running when
     * the command ends: its thread must not keep the JVM alive.
     */
    @Test
    void callsRunInTheBackgroundOnThreadsThatCannotKeepTheJvmAlive() {
        server.enqueue(json(200, bot("My Script", "Acme")));
        try (NotionClient client = client()) {
            Thread ran = client.inBackground(() -> {
                ok(client.verify(Secret.of(TOKEN)));
                return Thread.currentThread();
            }).join();

            assertTrue(ran.isDaemon(), ran.getName() + " is not a daemon thread");
        }
    }

    @Test
    void rejectsNonsenseConfiguration() {
        NotionClientConfig zeroTimeout = new NotionClientConfig(baseUrl(), NotionVersion.DEFAULT, Duration.ZERO,
                USER_AGENT, 2, null);
        NotionClientConfig negativeRetries = new NotionClientConfig(baseUrl(), NotionVersion.DEFAULT, TIMEOUT,
                USER_AGENT, -1, null);
        NotionClientConfig badAgent = new NotionClientConfig(baseUrl(), NotionVersion.DEFAULT, TIMEOUT,
                "agent\r\nX-Evil: 1", 2, null);
        for (NotionClientConfig config : List.of(zeroTimeout, negativeRetries, badAgent)) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> new NotionClient(config, sleeper, events));
        }
    }

    @Test
    void readBoundedStopsOneBytePastTheBound() throws Exception {
        Buffer source = new Buffer().writeUtf8("x".repeat(100));
        assertNull(Transport.readBounded(source, 10));
        assertEquals(89, source.size(), "read at most bound + 1 bytes");
        assertEquals(5, Transport.readBounded(new Buffer().writeUtf8("12345"), 5).length);
    }
}
