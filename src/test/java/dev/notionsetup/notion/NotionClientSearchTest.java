package dev.notionsetup.notion;

import dev.notionsetup.token.Secret;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /v1/search}: what the integration can see, in at most four requests. */
class NotionClientSearchTest extends MockNotionTest {
    static final String SEARCH = "/v1/search";
    static final String PAGES = "{\"filter\":{\"property\":\"object\",\"value\":\"page\"},\"page_size\":100}";
    static final String DATABASES = "{\"filter\":{\"property\":\"object\",\"value\":\"database\"},\"page_size\":100}";
    static final String DATA_SOURCES = "{\"filter\":{\"property\":\"object\",\"value\":\"data_source\"},\"page_size\":100}";
    static final String DB_ID = "be907abe510e4116a3d17ea71018c06f";
    static final String DB_DASHED = "be907abe-510e-4116-a3d1-7ea71018c06f";

    static String list(boolean hasMore, String nextCursor, String... results) {
        return "{\"object\":\"list\",\"results\":[" + String.join(",", results) + "],\"next_cursor\":"
                + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + ",\"has_more\":" + hasMore
                + ",\"type\":\"page_or_database\",\"page_or_database\":{},\"request_id\":\"req-s\"}";
    }

    /** A page whose title property is called {@code propertyName}, title split over rich text parts. */
    static String page(String id, String propertyName, String... titleParts) {
        String parts = Stream.of(titleParts)
                .map(t -> "{\"type\":\"text\",\"text\":{\"content\":\"" + t + "\"},\"plain_text\":\"" + t + "\"}")
                .collect(Collectors.joining(","));
        return "{\"object\":\"page\",\"id\":\"" + id + "\",\"archived\":false,\"properties\":{"
                + "\"Status\":{\"id\":\"s\",\"type\":\"select\",\"select\":null},"
                + "\"" + propertyName + "\":{\"id\":\"title\",\"type\":\"title\",\"title\":[" + parts + "]}}}";
    }

    static String database(String id, String title) {
        return "{\"object\":\"database\",\"id\":\"" + id + "\",\"title\":[{\"type\":\"text\",\"plain_text\":\"" + title
                + "\"}],\"properties\":{\"Name\":{\"type\":\"title\",\"title\":{}}}}";
    }

    static String dataSource(String id, String databaseId, String title) {
        return "{\"object\":\"data_source\",\"id\":\"" + id + "\",\"title\":[{\"plain_text\":\"" + title + "\"}],"
                + "\"parent\":{\"type\":\"database_id\",\"database_id\":\"" + databaseId + "\"},"
                + "\"database_parent\":{\"type\":\"page_id\",\"page_id\":\"x\"}}";
    }

    @Test
    void sharedPagesAndDatabases() throws Exception {
        server.enqueue(json(200, list(false, null,
                page("59833787-2cf9-4fdf-8782-e53db20768a5", "title", "Road", "map"),
                page("11111111-2222-3333-4444-555555555555", "Name", "Meeting Notes"))));
        server.enqueue(json(200, list(false, null, database(DB_DASHED, "Tasks"))));

        AccessSummary access = ok(client().checkAccess(Secret.of(TOKEN)));

        assertEquals(List.of(
                new SharedItem(SharedItem.Kind.PAGE, "598337872cf94fdf8782e53db20768a5", "Roadmap"),
                new SharedItem(SharedItem.Kind.PAGE, "11111111222233334444555555555555", "Meeting Notes"),
                new SharedItem(SharedItem.Kind.DATABASE, DB_ID, "Tasks")), access.items());
        assertEquals(2, access.pages());
        assertEquals(1, access.databases());
        assertTrue(access.complete());
        assertEquals(List.of("Roadmap", "Meeting Notes"), access.sampleTitles(2));
        assertPost(SEARCH, "2022-06-28", PAGES);
        assertPost(SEARCH, "2022-06-28", DATABASES);
        assertEquals(2, server.getRequestCount());
    }

    /**
     * Found by hand against an HTTP/1.0 server: the connection pooled after verify() had been closed by the
     * server, and the search on it failed with "could not connect" and a 1 s announced wait. A stale pooled
     * connection is not a failure of Notion; it must be replaced silently.
     */
    @Test
    void aPooledConnectionTheServerClosedIsReplacedWithoutARetry() throws Exception {
        server.enqueue(json(200, bot("My Script", "Acme")).setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));
        server.enqueue(json(200, list(false, null)));
        server.enqueue(json(200, list(false, null)));
        NotionClient client = client();

        ok(client.verify(Secret.of(TOKEN)));
        AccessSummary access = ok(client.checkAccess(Secret.of(TOKEN)));

        assertTrue(access.nothingShared());
        assertEquals(List.of(), sleeper.waits, "no wait, no announced retry");
        assertEquals(List.of(), events.retries);
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void nothingShared() throws Exception {
        server.enqueue(json(200, list(false, null)));
        server.enqueue(json(200, list(false, null)));

        AccessSummary access = ok(client().checkAccess(Secret.of(TOKEN)));

        assertTrue(access.nothingShared());
        assertTrue(access.complete());
        assertEquals(0, access.pages());
        assertPost(SEARCH, "2022-06-28", PAGES);
        assertPost(SEARCH, "2022-06-28", DATABASES);
    }

    @Test
    void sharedAfterARecheck() throws Exception {
        NotionClient client = client();
        server.enqueue(json(200, list(false, null)));
        server.enqueue(json(200, list(false, null)));
        server.enqueue(json(200, list(false, null)));
        server.enqueue(json(200, list(false, null, database(DB_DASHED, "Tasks"))));

        assertTrue(ok(client.checkAccess(Secret.of(TOKEN))).nothingShared());
        AccessSummary again = ok(client.checkAccess(Secret.of(TOKEN)));

        assertEquals(1, again.databases());
        assertEquals(List.of(new SharedItem(SharedItem.Kind.DATABASE, DB_ID, "Tasks")), again.databaseItems());
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void pagingFollowsTheCursorOnceAndSaysWhenMoreRemained() throws Exception {
        server.enqueue(json(200, list(true, "cursor-1", page("a1111111-2222-3333-4444-555555555555", "title", "One"))));
        server.enqueue(json(200, list(true, "cursor-2", page("a2222222-2222-3333-4444-555555555555", "title", "Two"))));
        server.enqueue(json(200, list(true, "db-cursor", database(DB_DASHED, "Tasks"))));
        server.enqueue(json(200, list(false, null, database("cccccccc-2222-3333-4444-555555555555", "CRM"))));

        AccessSummary access = ok(client().checkAccess(Secret.of(TOKEN)));

        assertFalse(access.complete(), "pages had more than two result pages");
        assertEquals(2, access.pages());
        assertEquals(2, access.databases());
        assertPost(SEARCH, "2022-06-28", PAGES);
        assertPost(SEARCH, "2022-06-28",
                "{\"filter\":{\"property\":\"object\",\"value\":\"page\"},\"page_size\":100,\"start_cursor\":\"cursor-1\"}");
        assertPost(SEARCH, "2022-06-28", DATABASES);
        assertPost(SEARCH, "2022-06-28",
                "{\"filter\":{\"property\":\"object\",\"value\":\"database\"},\"page_size\":100,\"start_cursor\":\"db-cursor\"}");
        assertEquals(4, server.getRequestCount(), "never more than four requests");
    }

    @Test
    void hasMoreWithoutACursorIsIncomplete() throws Exception {
        server.enqueue(json(200, list(true, null, page("a1111111-2222-3333-4444-555555555555", "title", "One"))));
        server.enqueue(json(200, list(false, null)));

        AccessSummary access = ok(client().checkAccess(Secret.of(TOKEN)));

        assertFalse(access.complete());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void rateLimitedDuringSearchIsRetried() throws Exception {
        server.enqueue(json(200, list(false, null, page("a1111111-2222-3333-4444-555555555555", "title", "One"))));
        server.enqueue(notionError(429, "rate_limited", "Slow down.").setHeader("Retry-After", "1"));
        server.enqueue(json(200, list(false, null, database(DB_DASHED, "Tasks"))));

        AccessSummary access = ok(client().checkAccess(Secret.of(TOKEN)));

        assertEquals(1, access.pages());
        assertEquals(1, access.databases());
        assertEquals(List.of(Duration.ofSeconds(1)), sleeper.waits);
        assertEquals("Notion asked us to wait", events.retries.get(0).reason());
        assertPost(SEARCH, "2022-06-28", PAGES);
        assertPost(SEARCH, "2022-06-28", DATABASES);
        assertPost(SEARCH, "2022-06-28", DATABASES);
    }

    @Test
    void rateLimitedUntilGivingUpFailsTheWholeCheck() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(notionError(429, "rate_limited", "Slow down."));
        }

        ApiFailure failure = failed(client().checkAccess(Secret.of(TOKEN)));

        assertEquals(FailureKind.RATE_LIMITED, failure.kind());
        assertEquals(List.of(1L, 2L), sleeper.seconds());
        assertEquals(3, server.getRequestCount(), "the database search is not attempted after giving up");
    }

    @Test
    void serverErrorsDuringSearchAreRetriedBecauseSearchIsARead() throws Exception {
        server.enqueue(notionError(502, "bad_gateway", "Bad gateway."));
        server.enqueue(json(200, list(false, null)));
        server.enqueue(json(200, list(false, null)));

        assertTrue(ok(client().checkAccess(Secret.of(TOKEN))).nothingShared());
        assertEquals(List.of(Duration.ofSeconds(1)), sleeper.waits);
    }

    @Test
    void rejectedTokenDuringSearch() throws Exception {
        server.enqueue(notionError(401, "unauthorized", "API token is invalid."));

        assertEquals(FailureKind.REJECTED, failed(client().checkAccess(Secret.of(TOKEN))).kind());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void version20250903SearchesDataSourcesAndReportsTheirDatabaseIds() throws Exception {
        server.enqueue(json(200, list(false, null)));
        server.enqueue(json(200, list(false, null,
                dataSource("dddddddd-2222-3333-4444-555555555555", DB_DASHED, "Tasks"),
                dataSource("eeeeeeee-2222-3333-4444-555555555555", DB_DASHED, "Tasks (archive)"),
                "{\"object\":\"data_source\",\"id\":\"ffffffff-2222-3333-4444-555555555555\",\"title\":[]}")));

        AccessSummary access = ok(client(new NotionVersion("2025-09-03"), 2).checkAccess(Secret.of(TOKEN)));

        assertEquals(List.of(
                new SharedItem(SharedItem.Kind.DATABASE, DB_ID, "Tasks"),
                new SharedItem(SharedItem.Kind.DATABASE, "ffffffff222233334444555555555555", "")), access.items(),
                "two data sources of one database count once; without a parent, the data source id");
        assertEquals(List.of("Tasks"), access.sampleTitles(5));
        assertPost(SEARCH, "2025-09-03", PAGES);
        assertPost(SEARCH, "2025-09-03", DATA_SOURCES);
    }

    @Test
    void version20220628SearchesDatabases() throws Exception {
        server.enqueue(json(200, list(false, null)));
        server.enqueue(json(200, list(false, null)));

        ok(client(new NotionVersion("2022-06-28"), 2).checkAccess(Secret.of(TOKEN)));

        assertPost(SEARCH, "2022-06-28", PAGES);
        assertPost(SEARCH, "2022-06-28", DATABASES);
    }

    @Test
    void titlesAreSanitizedAndUnknownResultsSkipped() throws Exception {
        server.enqueue(json(200, list(false, null,
                page("a1111111-2222-3333-4444-555555555555", "title", "\\u001b]0;pwned\\u0007Road\\nmap"),
                "{\"object\":\"block\",\"id\":\"x\"}",
                "{\"object\":\"page\",\"id\":\"a3333333-2222-3333-4444-555555555555\",\"properties\":{}}",
                "{\"object\":\"page\"}")));
        server.enqueue(json(200, list(false, null, database(DB_DASHED, "\\u001b[31mTasks\\u001b[0m"))));

        AccessSummary access = ok(client().checkAccess(Secret.of(TOKEN)));

        assertEquals(List.of("Road map", "", "Tasks"), access.items().stream().map(SharedItem::title).toList());
    }

    @Test
    void aWrongShapeIsAnUnexpectedResponse() throws Exception {
        server.enqueue(json(200, "{\"object\":\"list\",\"results\":{}}"));

        ApiFailure failure = failed(client().checkAccess(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNEXPECTED_RESPONSE, failure.kind());
        assertTrue(failure.detail().contains("not a list of search results"), failure.detail());
    }
}
