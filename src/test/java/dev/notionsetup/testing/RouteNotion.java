package dev.notionsetup.testing;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Notion stand-in on a loopback MockWebServer that answers by route ("GET /v1/users/me", "POST /v1/search",
 * …), for replaying recorded answers: each route has a queue of answers, and its last answer repeats. A route
 * may also be keyed by Notion-Version ("GET /v1/databases/… @2025-09-03") for the answers that depend on it.
 * Anything not routed gets Notion's recorded 400 invalid_request_url. Every request is kept for assertions.
 */
public final class RouteNotion extends Dispatcher implements AutoCloseable, BeforeEachCallback, AfterEachCallback {
    private final Map<String, Deque<MockResponse>> routes = new LinkedHashMap<>();
    private final MockWebServer server = new MockWebServer();
    public final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    /** As a JUnit extension ({@code @RegisterExtension final RouteNotion notion = new RouteNotion();}). */
    @Override
    public void beforeEach(ExtensionContext context) {
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        close();
    }

    private void start() {
        server.setDispatcher(this);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to give as --api-url, ending in "/". */
    public String url() {
        return url("/");
    }

    public String url(String path) {
        return server.url(path).toString();
    }

    /** {@code route} is "METHOD /path" or "METHOD /path @version"; answers are served in order, the last repeats. */
    public synchronized RouteNotion on(String route, MockResponse... answers) {
        routes.computeIfAbsent(route, r -> new ArrayDeque<>()).addAll(List.of(answers));
        return this;
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        String route = request.getMethod() + " " + request.getPath();
        Deque<MockResponse> answers = routes.get(route + " @" + request.getHeader("Notion-Version"));
        if (answers == null) {
            answers = routes.get(route);
        }
        if (answers == null || answers.isEmpty()) {
            return Recorded.answer(400, Recorded.recorded("errors/400-invalid_request_url.2025-09-03.json"));
        }
        return answers.size() > 1 ? answers.pop() : answers.peek().clone();
    }

    /** "POST /v1/search 2025-09-03", one per request, to assert what was asked and with which version. */
    public List<String> asked() {
        List<String> asked = new ArrayList<>();
        requests.forEach(r -> asked.add(r.getMethod() + " " + r.getPath() + " " + r.getHeader("Notion-Version")));
        return asked;
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
