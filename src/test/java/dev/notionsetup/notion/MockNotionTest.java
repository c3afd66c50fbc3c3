package dev.notionsetup.notion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notionsetup.testing.FakeClock;
import dev.notionsetup.testing.FakeNotion;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A scripted MockWebServer standing in for api.notion.com, a client pointed at it, a recording sleeper and
 * events, a clock that moves only with the sleeper's waits and the server's slow answers
 * ({@link #enqueueSlow}), and no jitter; plus the assertions every test makes on what was sent. The client's
 * timeout is long enough that a busy machine never trips it; tests about the timeout set their own.
 */
abstract class MockNotionTest {
    static final String TOKEN = "ntn_1234567890abcdefghijklmnopqrstuvwxyzABCDEFGHIJ";
    static final String USER_AGENT = "notion-setup/0.1.0";
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    final FakeClock clock = new FakeClock(NOW);
    private final Map<MockResponse, Duration> slow = Collections.synchronizedMap(new IdentityHashMap<>());
    private final QueueDispatcher queue = new QueueDispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            MockResponse answer = super.dispatch(request);
            Duration took = slow.remove(answer);
            if (took != null) {
                clock.advance(took);
            }
            return answer;
        }
    };
    @RegisterExtension
    final FakeNotion notion = new FakeNotion().answerWith(queue);
    final MockWebServer server = notion.server();
    final RecordingSleeper sleeper = new RecordingSleeper(clock);
    final RecordingEvents events = new RecordingEvents();
    private final List<NotionClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(NotionClient::close);
    }

    NotionClient client() {
        return client(NotionVersion.DEFAULT, NotionClientConfig.DEFAULT_MAX_RETRIES);
    }

    NotionClient client(NotionVersion version, int maxRetries) {
        return client(new NotionClientConfig(baseUrl(), version, TIMEOUT, USER_AGENT, maxRetries, null));
    }

    /** A client that gives up after {@code timeout}: only for the tests about the timeout itself. */
    NotionClient client(Duration timeout) {
        return client(new NotionClientConfig(baseUrl(), NotionVersion.DEFAULT, timeout, USER_AGENT,
                NotionClientConfig.DEFAULT_MAX_RETRIES, null));
    }

    NotionClient client(NotionClientConfig config) {
        NotionClient client = new NotionClient(config, sleeper, events, clock, () -> 0.0);
        clients.add(client);
        return client;
    }

    /** Enqueues an answer the server takes {@code took} to give, on the client's clock. */
    void enqueueSlow(MockResponse answer, Duration took) {
        slow.put(answer, took);
        queue.enqueueResponse(answer); // not server.enqueue, which queues a copy
    }

    ApiBaseUrl baseUrl() {
        String url = server.url("/").toString();
        return ApiBaseUrl.parse(url);
    }

    static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .setBody(body);
    }

    static MockResponse notionError(int status, String code, String message) {
        return json(status, "{\"object\":\"error\",\"status\":" + status + ",\"code\":\"" + code
                + "\",\"message\":\"" + message + "\",\"request_id\":\"req-" + status + "\"}");
    }

    static String bot(String name, String workspaceName) {
        String ws = workspaceName == null ? "null" : "\"" + workspaceName + "\"";
        return "{\"object\":\"user\",\"id\":\"6794760a-1f15-45cd-9c65-0dfe42f5135a\",\"name\":\"" + name + "\","
                + "\"avatar_url\":null,\"type\":\"bot\",\"bot\":{\"owner\":{\"type\":\"workspace\",\"workspace\":true},"
                + "\"workspace_name\":" + ws + ",\"workspace_id\":\"ws-1\","
                + "\"workspace_limits\":{\"max_file_upload_size_in_bytes\":5368709120}},\"request_id\":\"req-ok\"}";
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
        assertNotNull(request, "expected a request");
        return request;
    }

    /** The recorded request is a GET to {@code path} with every header we promise and no body. */
    RecordedRequest assertGet(String path, String version) throws InterruptedException {
        RecordedRequest request = take();
        assertEquals("GET", request.getMethod());
        assertEquals(path, request.getPath());
        assertHeaders(request, version);
        assertEquals(0, request.getBodySize(), "a GET has no body");
        assertNull(request.getHeader("Content-Type"));
        return request;
    }

    RecordedRequest assertGet(String path) throws InterruptedException {
        return assertGet(path, NotionVersion.DEFAULT.value());
    }

    /** A POST to {@code path} whose JSON body equals {@code expectedJson}. */
    RecordedRequest assertPost(String path, String version, String expectedJson) throws Exception {
        RecordedRequest request = take();
        assertEquals("POST", request.getMethod());
        assertEquals(path, request.getPath());
        assertHeaders(request, version);
        assertEquals("application/json; charset=utf-8", request.getHeader("Content-Type"));
        JsonNode body = JSON.readTree(request.getBody().readUtf8());
        assertEquals(JSON.readTree(expectedJson), body);
        return request;
    }

    static void assertHeaders(RecordedRequest request, String version) {
        assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
        assertEquals(version, request.getHeader("Notion-Version"));
        assertEquals("application/json", request.getHeader("Accept"));
        assertEquals(USER_AGENT, request.getHeader("User-Agent"));
    }

    static <T> T ok(ApiResult<T> result) {
        if (result instanceof ApiResult.Ok<T> ok) {
            return ok.value();
        }
        return fail("expected Ok, got " + result);
    }

    static ApiFailure failed(ApiResult<?> result) {
        if (!(result instanceof ApiResult.Failed<?> failed)) {
            return fail("expected Failed, got " + result);
        }
        ApiFailure failure = failed.failure();
        assertNotNull(failure.detail());
        assertFalse(failure.detail().contains(TOKEN), "the token must never be in a failure");
        assertFalse(String.valueOf(failure.message()).contains(TOKEN), "the token must never be in a failure");
        return failure;
    }
}
