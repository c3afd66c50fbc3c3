package dev.notionsetup.testing;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import javax.net.ServerSocketFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small, stateful Notion for MockWebServer: accepts the tokens it is told to, answers /v1/users/me (an
 * internal connection's bot, or a personal token's with {@link #personalTokenOf}), /v1/search (honouring the
 * object filter), /v1/databases/{id} and its query, and the queries of a database's data sources (the
 * database lists them from Notion-Version 2025-09-03; with several, older versions get Notion's 400; a
 * linked view lists none).
 * Queries return {@link #rows} rows. Content can be "shared" mid-test, as a user would in the browser
 * between two checks.
 *
 * <p>Registered as a JUnit extension it also owns its server: started on loopback before each test and shut
 * down after it, so a test class needs only
 * {@code @RegisterExtension final FakeNotion fake = new FakeNotion().accept(TOKEN);}. A test that wants other
 * answers installs them with {@link #answerWith}; {@link #scripted()} answers only what the test enqueues.
 */
public final class FakeNotion extends Dispatcher implements BeforeEachCallback, AfterEachCallback {
    private final MockWebServer server = new MockWebServer();
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    private final List<String> pages = new CopyOnWriteArrayList<>();
    private final Map<String, String> databases = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> dataSources = new LinkedHashMap<>();
    private final Deque<MockResponse> nextUsersMe = new ArrayDeque<>();
    private final Map<MockResponse, Duration> took = new IdentityHashMap<>();
    private volatile FakeClock clock;
    private volatile String personalOwner;
    private volatile int rows;
    public final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    public FakeNotion() {
        server.setDispatcher(this);
        server.setServerSocketFactory(new NoDelay());
    }

    /**
     * Answers leave at once: MockWebServer writes an answer's head and body apart, and with Nagle's algorithm
     * on, the body then waits for the client's delayed ACK, some 40 ms a request, in every test.
     */
    private static final class NoDelay extends ServerSocketFactory {
        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket socket = super.accept();
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds the socket itself");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds the socket itself");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds the socket itself");
        }
    }

    /** A server that answers only the responses the test enqueues on {@link #server()}, in order. */
    public static FakeNotion scripted() {
        return new FakeNotion().answerWith(new QueueDispatcher());
    }

    /** Answers every request with {@code dispatcher} from now on (which may delegate to this fake). */
    public FakeNotion answerWith(Dispatcher dispatcher) {
        server.setDispatcher(dispatcher);
        return this;
    }

    /** The server itself: its address, what it received, and (when {@link #scripted()}) its queue. */
    public MockWebServer server() {
        return server;
    }

    /** The base URL a client under test is given, e.g. {@code http://localhost:41234/}. */
    public String url() {
        return server.url("/").toString();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        // The IPv4 loopback address, not the name: a child JVM must reach the same socket whatever
        // "localhost" resolves to first.
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        server.shutdown();
    }

    public FakeNotion accept(String token) {
        validTokens.add(token);
        return this;
    }

    public FakeNotion sharePage(String title) {
        pages.add(title);
        return this;
    }

    /** A database with one data source (its id is the database's reversed), as every database has one. */
    public synchronized FakeNotion shareDatabase(String id32, String title) {
        return shareDatabase(id32, title, Map.of(new StringBuilder(id32).reverse().toString(), title));
    }

    /**
     * A linked database: a view, shared with the connection, of a database that is not. Read with 2025-09-03 or
     * later it lists no data sources; older versions read it, and their query of it is Notion's 400.
     */
    public synchronized FakeNotion shareLinkedView(String id32, String title) {
        return shareDatabase(id32, title, Map.of());
    }

    /** A database with these data sources (id32 → name), as Notion has them from 2025-09-03. */
    public synchronized FakeNotion shareDatabase(String id32, String title, Map<String, String> sources) {
        databases.put(id32, title);
        dataSources.put(id32, new LinkedHashMap<>(sources));
        return this;
    }

    /** From now on /v1/users/me answers as for a personal access token of {@code ownerName}. */
    public FakeNotion personalTokenOf(String ownerName) {
        personalOwner = ownerName;
        return this;
    }

    /** How many rows every query returns (none by default). */
    public FakeNotion rows(int rows) {
        this.rows = rows;
        return this;
    }

    /** The next /v1/users/me answers, before the normal behaviour resumes (e.g. a 503 then normal). */
    public synchronized FakeNotion thenUsersMe(MockResponse response) {
        nextUsersMe.add(response);
        return this;
    }

    /**
     * The next /v1/users/me answer is {@code response}, and Notion takes {@code slow} to give it: {@code clock}
     * (the run's) moves on by that much before the answer leaves, so the wait counts against --timeout.
     */
    public synchronized FakeNotion thenUsersMe(MockResponse response, Duration slow, FakeClock clock) {
        this.clock = clock;
        took.put(response, slow);
        return thenUsersMe(response);
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        String path = request.getPath() == null ? "" : request.getPath();
        if (path.equals("/v1/users/me") && !nextUsersMe.isEmpty()) {
            MockResponse next = nextUsersMe.pop();
            Duration slow = took.remove(next);
            if (slow != null) {
                clock.advance(slow);
            }
            return next;
        }
        String auth = request.getHeader("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !validTokens.contains(auth.substring(7))) {
            return json(401, Fixtures.UNAUTHORIZED);
        }
        if (path.equals("/v1/users/me") && request.getMethod().equals("GET")) {
            return json(200, personalOwner == null ? Fixtures.BOT_ME : Fixtures.personalBot(personalOwner));
        }
        if (path.equals("/v1/search") && request.getMethod().equals("POST")) {
            return json(200, search(request.getBody().readUtf8()));
        }
        if (path.startsWith("/v1/databases/") && request.getMethod().equals("GET")) {
            String id = path.substring("/v1/databases/".length()).replace("-", "");
            String title = databases.get(id);
            if (title == null) {
                return json(404, "{\"object\":\"error\",\"status\":404,\"code\":\"object_not_found\",\"message\":"
                        + "\"Could not find database with ID: " + id + ". Make sure the relevant pages and databases"
                        + " are shared with your integration.\",\"request_id\":\"req-404\"}");
            }
            return databaseAnswer(id, title, request.getHeader("Notion-Version"));
        }
        if (path.startsWith("/v1/databases/") && path.endsWith("/query") && request.getMethod().equals("POST")) {
            String id = path.substring("/v1/databases/".length(), path.length() - "/query".length()).replace("-", "");
            if (databases.containsKey(id) && dataSources.get(id).isEmpty()) {
                return json(400, "{\"object\":\"error\",\"status\":400,\"code\":\"validation_error\",\"message\":"
                        + "\"Database with ID " + id + " does not contain any data sources accessible by this API"
                        + " bot.\"}");
            }
            return databases.containsKey(id) ? json(200, queryAnswer()) : json(404, "{\"object\":\"error\",\"status\":404,\"code\":\"object_not_found\","
                            + "\"message\":\"Could not find database with ID: " + id + ".\"}");
        }
        if (path.startsWith("/v1/data_sources/") && path.endsWith("/query") && request.getMethod().equals("POST")) {
            String id = path.substring("/v1/data_sources/".length(), path.length() - "/query".length()).replace("-", "");
            return dataSources.values().stream().anyMatch(m -> m.containsKey(id)) ? json(200, queryAnswer())
                    : json(404, "{\"object\":\"error\",\"status\":404,\"code\":\"object_not_found\","
                            + "\"message\":\"Could not find data source with ID: " + id + ".\"}");
        }
        if (path.startsWith("/v1/data_sources/") && request.getMethod().equals("GET")) {
            return json(404, "{\"object\":\"error\",\"status\":404,\"code\":\"object_not_found\","
                    + "\"message\":\"Could not find data source.\"}");
        }
        return json(400, "{\"object\":\"error\",\"status\":400,\"code\":\"invalid_request_url\","
                + "\"message\":\"Invalid request URL.\"}");
    }

    private String search(String body) {
        boolean onlyPages = body.contains("\"page\"");
        boolean onlyDatabases = body.contains("\"database\"") || body.contains("\"data_source\"");
        List<String> results = new ArrayList<>();
        if (!onlyDatabases) {
            for (int i = 0; i < pages.size(); i++) {
                results.add("{\"object\":\"page\",\"id\":\"" + String.format("%032x", 0xA000 + i) + "\",\"properties\":"
                        + "{\"Name\":{\"id\":\"title\",\"type\":\"title\",\"title\":[{\"type\":\"text\","
                        + "\"plain_text\":\"" + pages.get(i) + "\"}]}}}");
            }
        }
        if (!onlyPages) {
            databases.forEach((id, title) -> results.add(database(id, title)));
        }
        return "{\"object\":\"list\",\"results\":[" + String.join(",", results)
                + "],\"next_cursor\":null,\"has_more\":false,\"type\":\"page_or_database\",\"request_id\":\"req-s\"}";
    }

    private MockResponse databaseAnswer(String id, String title, String version) {
        Map<String, String> sources = dataSources.getOrDefault(id, Map.of());
        boolean withSources = version != null && version.compareTo("2025-09-03") >= 0;
        if (!withSources && sources.size() > 1) {
            return json(400, "{\"object\":\"error\",\"status\":400,\"code\":\"validation_error\",\"message\":"
                    + "\"Databases with multiple data sources are not supported in this API version.\","
                    + "\"additional_data\":{\"error_type\":\"multiple_data_sources_for_database\",\"database_id\":\""
                    + id + "\",\"minimum_api_version\":\"2025-09-03\"}}");
        }
        if (!withSources) {
            return json(200, database(id, title));
        }
        List<String> listed = new ArrayList<>();
        sources.forEach((sourceId, name) -> listed.add("{\"id\":\"" + sourceId + "\",\"name\":\"" + name + "\"}"));
        return json(200, "{\"object\":\"database\",\"id\":\"" + id + "\",\"title\":[{\"type\":\"text\","
                + "\"plain_text\":\"" + title + "\"}],\"data_sources\":[" + String.join(",", listed) + "]}");
    }

    private String queryAnswer() {
        List<String> results = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            results.add("{\"object\":\"page\",\"id\":\"" + String.format("%032x", 0xB000 + i) + "\"}");
        }
        return "{\"object\":\"list\",\"results\":[" + String.join(",", results)
                + "],\"next_cursor\":null,\"has_more\":false}";
    }

    private static String database(String id, String title) {
        return "{\"object\":\"database\",\"id\":\"" + id + "\",\"title\":[{\"type\":\"text\",\"plain_text\":\""
                + title + "\"}],\"properties\":{}}";
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }
}
