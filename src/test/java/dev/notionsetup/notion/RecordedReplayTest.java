package dev.notionsetup.notion;

import dev.notionsetup.token.Secret;
import dev.notionsetup.ExitCode;
import dev.notionsetup.testing.FakeClock;
import dev.notionsetup.testing.RouteNotion;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.notionsetup.testing.Recorded.answer;
import static dev.notionsetup.testing.Recorded.EDGE_RAY_ID;
import static dev.notionsetup.testing.Recorded.documented;
import static dev.notionsetup.testing.Recorded.edgeBlock;
import static dev.notionsetup.testing.Recorded.gzipped;
import static dev.notionsetup.testing.Recorded.listOf;
import static dev.notionsetup.testing.Recorded.recorded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real client against answers recorded from the real Notion API (src/test/resources/notion/recorded,
 * sources in its index.json), and Notion's documented error bodies where nobody recorded one, served by a
 * loopback server under each API version the tool supports.
 */
class RecordedReplayTest {
    static final String TOKEN = "ntn_FAKEreplay" + "Z".repeat(33) + "wxyz";
    /** The recorded database of notion-sdk-py's test_data_sources_query (a second data source was added to it). */
    static final String MULTI_DB = "c01e05c72e9a4d848b6c5448dc21c2c6";
    static final String DATA_SOURCE = "393abc1eedcd81799372000bd163e729";

    @RegisterExtension
    final RouteNotion notion = new RouteNotion();
    final FakeClock clock = new FakeClock(Instant.parse("2026-11-29T12:00:00Z"));
    final RecordingSleeper sleeper = new RecordingSleeper(clock);
    NotionClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
    }

    NotionClient client(String version) {
        client = new NotionClient(new NotionClientConfig(ApiBaseUrl.parse(notion.url()),
                new NotionVersion(version), Duration.ofSeconds(20), "notion-setup/test", 2, null), sleeper,
                ClientEvents.NONE, clock, () -> 0.0);
        return client;
    }

    static <T> T ok(ApiResult<T> result) {
        assertInstanceOf(ApiResult.Ok.class, result, () -> "expected Ok, got " + result);
        return ((ApiResult.Ok<T>) result).value();
    }

    static ApiFailure failed(ApiResult<?> result) {
        return assertInstanceOf(ApiResult.Failed.class, result, () -> "expected Failed, got " + result).failure();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-28", "2025-09-03", "2026-03-11"})
    void aWorkspaceOwnedBotIsAnInternalConnection(String version) {
        notion.on("GET /v1/users/me", answer(200, recorded("users-me/workspace-bot.2025-09-03.json")));

        BotIdentity bot = ok(client(version).verify(Secret.of(TOKEN)));

        assertEquals(CredentialKind.INTERNAL_CONNECTION, bot.kind());
        assertEquals("notion-sdk-py", bot.name());
        assertEquals("notion-sdk-py", bot.workspaceName());
        assertEquals("231674b6-2cc1-46bc-b742-c5c9fe4b9c73", bot.workspaceId());
        assertNull(bot.ownerName());
        assertEquals(List.of("GET /v1/users/me " + version), notion.asked());
    }

    @Test
    void olderRecordingsWithoutWorkspaceIdOrNameStillIdentifyTheBot() {
        notion.on("GET /v1/users/me", answer(200, recorded("users-me/workspace-bot-without-workspace-id.2025-09-03.json")),
                answer(200, recorded("users-me/workspace-bot-without-workspace-name.2021-08-16.json")));
        NotionClient c = client("2022-06-28");

        BotIdentity first = ok(c.verify(Secret.of(TOKEN)));
        BotIdentity second = ok(c.verify(Secret.of(TOKEN)));

        assertNull(first.workspaceId());
        assertEquals(CredentialKind.INTERNAL_CONNECTION, first.kind());
        assertEquals("Notion to Orbit", second.name());
        assertNull(second.workspaceName());
        assertEquals(CredentialKind.INTERNAL_CONNECTION, second.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-28", "2025-09-03", "2026-03-11"})
    void aUserOwnedBotIsAPersonalTokenNamedByItsOwner(String version) {
        notion.on("GET /v1/users/me", answer(200, documented("users-me-user-owned-bot.json")));

        BotIdentity bot = ok(client(version).verify(Secret.of(TOKEN)));

        assertEquals(CredentialKind.PERSONAL, bot.kind());
        assertEquals("user", bot.ownerType());
        assertEquals("christine makenotion", bot.ownerName());
        assertEquals("pied piper", bot.name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-28", "2025-09-03", "2026-03-11"})
    void recordedSearchResultsAreCountedWithTheirTitlesAndTheFilterOfTheVersion(String version) throws Exception {
        notion.on("POST /v1/search", answer(200, recorded("search/pages-emoji-icon.2022-06-28.json")),
                answer(200, recorded("search/empty.2025-09-03.json")));

        AccessSummary access = ok(client(version).checkAccess(Secret.of(TOKEN)));

        assertEquals(3, access.pages());
        assertEquals(0, access.databases());
        assertEquals(List.of("A Tax That Could Fix Big Tech", "Bon App\u00e9tit Foodcast", "Take Fig on a walk"),
                access.sampleTitles(5));
        String expected = new NotionVersion(version).usesDataSources() ? "data_source" : "database";
        assertTrue(notion.requests.get(0).getBody().readUtf8().contains("\"value\":\"page\""));
        assertTrue(notion.requests.get(1).getBody().readUtf8().contains("\"value\":\"" + expected + "\""));
        notion.requests.forEach(r -> assertEquals(version, r.getHeader("Notion-Version")));
    }

    @Test
    void aSecondResultPageIsFollowedAndANonBmpEmojiTitleSurvives() throws Exception {
        notion.on("POST /v1/search",
                answer(200, recorded("search/page-and-database-emoji-title.page-1.2021-05-13.json")),
                answer(200, recorded("search/empty.page-2.2021-05-13.json")),
                answer(200, recorded("search/empty.2025-09-03.json")));

        AccessSummary access = ok(client("2022-06-28").checkAccess(Secret.of(TOKEN)));

        assertEquals(1, access.pages());
        assertEquals(1, access.databases());
        assertTrue(access.complete());
        assertEquals(List.of("Nicolas Goutay", "Orbit \uD83D\uDC9C Notion"), access.sampleTitles(5));
        RecordedRequest second = notion.requests.get(1);
        assertTrue(second.getBody().readUtf8().contains("\"start_cursor\":\"9a3a435e-de45-44f9-969e-e537ece4b078\""));
        assertEquals(3, notion.requests.size());
    }

    @Test
    void aGzipBodyIsReadLikeAnyOther() {
        notion.on("POST /v1/search", gzipped(200, recorded("search/pages-emoji-icon.2022-06-28.json")),
                gzipped(200, recorded("search/empty.2025-09-03.json")));
        notion.on("GET /v1/users/me", gzipped(200, recorded("users-me/workspace-bot.2025-09-03.json")));
        NotionClient c = client("2025-09-03");

        assertEquals("notion-sdk-py", ok(c.verify(Secret.of(TOKEN))).name());
        assertEquals(3, ok(c.checkAccess(Secret.of(TOKEN))).pages());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-28", "2025-09-03", "2026-03-11"})
    void trashedItemsAreNeitherCountedNorListed(String version) {
        byte[] live = recorded("data-sources/retrieve.2025-09-03.json");
        byte[] trashed = recorded("data-sources/trashed.2025-09-03.json");
        byte[] otherLive = recorded("data-sources/created-in-database-c01e05c7.2025-09-03.json");
        notion.on("POST /v1/search", answer(200, recorded("search/empty.2025-09-03.json")),
                answer(200, listOf(trashed, live, otherLive)));

        AccessSummary access = ok(client(version).checkAccess(Secret.of(TOKEN)));

        assertEquals(2, access.databases(), "the trashed data source is not counted");
        assertEquals(1, access.trashed());
        assertEquals(List.of("Test Data Source - 2026-07-04 11:09:14.284382", "Test DataSource Query"),
                access.sampleTitles(5));
        assertEquals(List.of("3e6318325efa470281718b8a0e6651ba", MULTI_DB),
                access.databaseItems().stream().map(SharedItem::id).toList(), "listed under their databases");
    }

    @Test
    void onlyTrashedItemsIsNothingShared() {
        notion.on("POST /v1/search", answer(200, listOf(recorded("data-sources/trashed.2025-09-03.json"))));

        AccessSummary access = ok(client("2026-03-11").checkAccess(Secret.of(TOKEN)));

        assertTrue(access.nothingShared());
        assertEquals(2, access.trashed(), "one from each search");
    }

    @Test
    void aRecordedDatabaseUpTo20220628HasNoDataSourcesAndIsQueriedDirectly() throws Exception {
        String id = "bff4f2cfbd994377ab1763b8f7111b93";
        notion.on("GET /v1/databases/" + id, answer(200, recorded("databases/retrieve.2022-06-28.json")));
        notion.on("POST /v1/databases/" + id + "/query", answer(200, recorded("queries/database-one-row.2021.json")));
        NotionClient c = client("2022-06-28");

        DatabaseInfo database = ok(c.database(Secret.of(TOKEN), id));
        QueryProof proof = ok(c.firstQuery(Secret.of(TOKEN), database, null));

        assertEquals("Test Database - 2023-06-29 15:06:43.393647", database.title());
        assertEquals(List.of(), database.dataSources());
        assertEquals(1, proof.rows());
        assertFalse(proof.hasMore());
        assertNull(proof.dataSourceId());
        RecordedRequest query = notion.requests.get(1);
        assertEquals("{\"page_size\":1}", query.getBody().readUtf8());
        assertEquals("2022-06-28", query.getHeader("Notion-Version"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-09-03", "2026-03-11"})
    void fromDataSourceVersionsTheDatabaseListsThemAndTheQueryGoesToOne(String version) throws Exception {
        notion.on("GET /v1/databases/" + MULTI_DB, answer(200, recorded("databases/with-one-data-source.2025-09-03.json")));
        notion.on("POST /v1/data_sources/b4358d3c040c4cd1b96759d4c11d1a01/query",
                answer(200, recorded("queries/data-source-empty.2025-09-03.json")));
        NotionClient c = client(version);

        DatabaseInfo database = ok(c.database(Secret.of(TOKEN), MULTI_DB));
        DataSourceChoice choice = DataSourceChoice.of(database, java.util.Optional.empty());
        DataSourceRef source = ((DataSourceChoice.Chosen) choice).dataSource();
        QueryProof proof = ok(c.firstQuery(Secret.of(TOKEN), database, source.id()));

        assertEquals("Test Database - 2025-10-05 18:54:58.791392", source.name());
        assertEquals(0, proof.rows());
        assertEquals(version, proof.version().value());
        assertEquals(List.of("GET /v1/databases/" + MULTI_DB + " " + version,
                "POST /v1/data_sources/b4358d3c040c4cd1b96759d4c11d1a01/query " + version), notion.asked());
    }

    @Test
    void aMultiSourceDatabaseRefusedTo20220628IsReadWith20250903() {
        notion.on("GET /v1/databases/" + MULTI_DB + " @2022-06-28",
                answer(400, documented("400-multiple_data_sources_for_database.json")));
        notion.on("GET /v1/databases/" + MULTI_DB + " @2025-09-03",
                answer(200, recorded("databases/with-one-data-source.2025-09-03.json")));
        notion.on("POST /v1/data_sources/b4358d3c040c4cd1b96759d4c11d1a01/query",
                answer(200, recorded("queries/data-source-empty.2025-09-03.json")));
        NotionClient c = client("2022-06-28");

        DatabaseInfo database = ok(c.database(Secret.of(TOKEN), MULTI_DB));
        QueryProof proof = ok(c.firstQuery(Secret.of(TOKEN), database, database.dataSources().get(0).id()));

        assertEquals(1, database.dataSources().size());
        assertEquals("2025-09-03", proof.version().value());
        assertEquals(List.of("GET /v1/databases/" + MULTI_DB + " 2022-06-28",
                "GET /v1/databases/" + MULTI_DB + " 2025-09-03",
                "POST /v1/data_sources/b4358d3c040c4cd1b96759d4c11d1a01/query 2025-09-03"), notion.asked());
    }

    @Test
    void aMultiSourceErrorOnAQueryAdvisesTheMinimumVersionNotTheOneThatFailed() {
        notion.on("POST /v1/databases/" + MULTI_DB + "/query",
                answer(400, documented("400-multiple_data_sources_for_database.json")));

        ApiFailure failure = failed(client("2022-06-28").firstQuery(Secret.of(TOKEN), new DatabaseInfo(MULTI_DB, "x"), null));

        assertEquals(FailureKind.BAD_REQUEST, failure.kind());
        assertTrue(failure.detail().contains("several data sources"), failure.detail());
        assertTrue(failure.fix().contains("--notion-version 2025-09-03"), failure.fix());
        assertFalse(failure.fix().contains("2022-06-28"), failure.fix());
        assertEquals("2025-09-03", failure.multipleDataSources().value());
    }

    @Test
    void aDataSourceIdGivenAsADatabaseIdIsNamedWithItsDatabase() {
        notion.on("GET /v1/databases/" + DATA_SOURCE, answer(404, documented("404-object_not_found.json")));
        notion.on("GET /v1/data_sources/" + DATA_SOURCE, answer(200, recorded("data-sources/retrieve.2025-09-03.json")));

        ApiFailure failure = failed(client("2022-06-28").database(Secret.of(TOKEN), DATA_SOURCE));

        assertEquals(FailureKind.BAD_REQUEST, failure.kind());
        assertTrue(failure.detail().startsWith(DATA_SOURCE + " is a data source \"Test Data Source"), failure.detail());
        assertTrue(failure.detail().contains("database 3e6318325efa470281718b8a0e6651ba"), failure.detail());
        assertEquals("Give --database 3e6318325efa470281718b8a0e6651ba --data-source " + DATA_SOURCE + ".",
                failure.fix());
        assertEquals("2025-09-03", notion.requests.get(1).getHeader("Notion-Version"));
    }

    @Test
    void aPageIdGivenAsADatabaseSaysItIsAPage() {
        String page = "393abc1eedcd81e9afcae7cba9d39cff";
        notion.on("GET /v1/databases/" + page, answer(400, documented("400-page-not-database.json")));

        ApiFailure failure = failed(client("2025-09-03").database(Secret.of(TOKEN), page));

        assertEquals("That id is a page, not a database (400 validation_error).", failure.detail());
        assertTrue(failure.fix().contains("Copy link"));
        assertEquals(ExitCode.USAGE, failure.kind().exitCode());
    }

    @Test
    void aTrashedDatabaseIsNotOffered() {
        notion.on("GET /v1/databases/" + MULTI_DB, answer(200, trashedDatabase()));

        ApiFailure failure = failed(client("2026-03-11").database(Secret.of(TOKEN), MULTI_DB));

        assertTrue(failure.detail().contains("is in Notion's trash"), failure.detail());
    }

    /** The recorded database object with in_trash set: no recording of a trashed database exists. */
    private static byte[] trashedDatabase() {
        return dev.notionsetup.testing.Recorded.text(recorded("databases/with-one-data-source.2025-09-03.json"))
                .replace("\"in_trash\":false", "\"in_trash\":true").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void restrictedResourceOnSearchAfterUsersMeIsAMissingCapabilityNotARejection() {
        notion.on("GET /v1/users/me", answer(200, recorded("users-me/workspace-bot.2025-09-03.json")));
        notion.on("POST /v1/search", answer(403, documented("403-restricted_resource.json")));
        NotionClient c = client("2025-09-03");

        ok(c.verify(Secret.of(TOKEN)));
        ApiFailure failure = failed(c.checkAccess(Secret.of(TOKEN)));

        assertEquals(FailureKind.MISSING_CAPABILITY, failure.kind());
        assertEquals(ExitCode.NOTHING_SHARED, failure.kind().exitCode());
        assertTrue(failure.detail().contains("'Read content' capability"), failure.detail());
        assertFalse(failure.detail().toLowerCase().contains("rejected"), failure.detail());
        assertTrue(failure.fix().contains("Read content"), failure.fix());
    }

    @Test
    void restrictedResourceOnADatabaseIsAMissingCapabilityToo() {
        notion.on("GET /v1/databases/" + MULTI_DB, answer(403, documented("403-restricted_resource.json")));

        assertEquals(FailureKind.MISSING_CAPABILITY, failed(client("2022-06-28").database(Secret.of(TOKEN), MULTI_DB)).kind());
    }

    @Test
    void restrictedResourceOnUsersMeStaysARejection() {
        notion.on("GET /v1/users/me", answer(403, documented("403-restricted_resource.json")));

        assertEquals(FailureKind.REJECTED, failed(client("2022-06-28").verify(Secret.of(TOKEN))).kind());
    }

    @Test
    void theRecordedUnauthorizedIsARejection() {
        notion.on("GET /v1/users/me", answer(401, recorded("errors/401-unauthorized.2025-09-03.json")));

        ApiFailure failure = failed(client("2025-09-03").verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.REJECTED, failure.kind());
        assertEquals("API token is invalid.", failure.message());
        assertEquals(1, notion.requests.size(), "401 is never retried");
    }

    @Test
    void theRecordedInvalidRequestUrlPointsAtTheApiUrl() {
        notion.on("GET /v1/users/me", answer(400, recorded("errors/400-invalid_request_url.2025-09-03.json")));

        ApiFailure failure = failed(client("2025-09-03").verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.BAD_REQUEST, failure.kind());
        assertTrue(failure.fix().contains("--api-url"), failure.fix());
        assertTrue(failure.fix().contains("https://api.notion.com"), failure.fix());
    }

    @Test
    void aMalformedIdAnswerSaysSo() {
        notion.on("GET /v1/databases/" + MULTI_DB, answer(400, documented("400-malformed-id.json")));

        ApiFailure failure = failed(client("2025-09-03").database(Secret.of(TOKEN), MULTI_DB));

        assertTrue(failure.detail().contains("not a valid Notion id"), failure.detail());
        assertTrue(failure.fix().contains("32-character id"), failure.fix());
    }

    @Test
    void rateLimitedHonoursRetryAfterThenSucceeds() {
        notion.on("GET /v1/users/me", answer(429, documented("429-rate_limited.json")).setHeader("Retry-After", "7"),
                answer(200, recorded("users-me/workspace-bot.2025-09-03.json")));

        ok(client("2025-09-03").verify(Secret.of(TOKEN)));

        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"500-internal_server_error.json", "502-bad_gateway.json", "503-service_unavailable.json",
            "504-gateway_timeout.json"})
    void serverErrorsAreRetriedThenUnavailable(String body) {
        int status = Integer.parseInt(body.substring(0, 3));
        notion.on("GET /v1/users/me", answer(status, documented(body)));

        ApiFailure failure = failed(client("2022-06-28").verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNAVAILABLE, failure.kind());
        assertEquals(ExitCode.UNAVAILABLE, failure.kind().exitCode());
        assertEquals(3, notion.requests.size(), "two retries");
    }

    @Test
    void theEdgesBlockPageIsNotionsEdgeBlockingTheRequestWithItsRayIdNotAProxy() {
        notion.on("GET /v1/users/me", edgeBlock());

        ApiFailure failure = failed(client("2025-09-03").verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNEXPECTED_RESPONSE, failure.kind());
        assertEquals(403, failure.status());
        assertEquals("The network edge in front of localhost (Cloudflare) blocked the request before it reached"
                + " Notion's API (HTTP 403, Ray ID " + EDGE_RAY_ID + ").", failure.detail());
        assertTrue(failure.advice().startsWith("Give Notion's support (https://www.notion.so/help) that Ray ID;"),
                failure.advice());
        assertTrue(failure.advice().contains("VPN"), failure.advice());
        assertFalse((failure.detail() + failure.advice()).contains("captive portal"), failure.detail());
        assertEquals(1, notion.requests.size(), "a block is not retried");
    }

    @Test
    void aRayIdIsShownSanitizedAndBounded() {
        notion.on("GET /v1/users/me", edgeBlock().removeHeader("cf-ray")
                .addHeaderLenient("cf-ray", "\u001b[2J\u001b]0;owned\u0007" + "9".repeat(200)));

        String detail = failed(client("2025-09-03").verify(Secret.of(TOKEN))).detail();

        assertFalse(detail.contains("\u001b") || detail.contains("\u0007"), detail);
        assertTrue(detail.length() < 200, detail);
        assertTrue(detail.contains("blocked the request"), detail);
    }

    @Test
    void notionsOwn403PassesTheEdgeAndStaysNotions() {
        notion.on("GET /v1/users/me", answer(403, documented("403-restricted_resource.json"))
                .setHeader("cf-ray", EDGE_RAY_ID));

        ApiFailure failure = failed(client("2025-09-03").verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.REJECTED, failure.kind());
        assertFalse(failure.detail().contains("Ray ID"), failure.detail());
    }

    @Test
    void anEdgeServerErrorPageNamesItsRayId() {
        notion.on("GET /v1/users/me", edgeBlock().setResponseCode(502));

        ApiFailure failure = failed(client("2025-09-03").verify(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNAVAILABLE, failure.kind());
        assertEquals("Notion is unavailable (502) after 2 retries; the answer came from the network edge in front"
                + " of it (Cloudflare Ray ID " + EDGE_RAY_ID + "), not Notion's API.", failure.detail());
    }

    @Test
    void aConflictIsTemporaryNotTheTokensFault() {
        notion.on("POST /v1/search", answer(409, documented("409-conflict_error.json")));

        ApiFailure failure = failed(client("2022-06-28").checkAccess(Secret.of(TOKEN)));

        assertEquals(FailureKind.UNAVAILABLE, failure.kind());
        assertTrue(failure.detail().contains("409 conflict_error"), failure.detail());
    }
}
