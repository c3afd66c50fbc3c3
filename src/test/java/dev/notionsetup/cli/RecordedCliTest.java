package dev.notionsetup.cli;

import dev.notionsetup.testing.Harness;
import dev.notionsetup.testing.RouteNotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.notionsetup.testing.Fixtures.TOKEN;
import static dev.notionsetup.testing.Recorded.answer;
import static dev.notionsetup.testing.Recorded.EDGE_RAY_ID;
import static dev.notionsetup.testing.Recorded.documented;
import static dev.notionsetup.testing.Recorded.edgeBlock;
import static dev.notionsetup.testing.Recorded.gzipped;
import static dev.notionsetup.testing.Recorded.listOf;
import static dev.notionsetup.testing.Recorded.recorded;
import static dev.notionsetup.testing.Recorded.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real command line (validate, and setup without a person) against recorded Notion answers on a loopback
 * server, under each supported API version: what a user sees, the exit codes, --json, and what is written.
 */
class RecordedCliTest {
    static final String OLD_DB = "bff4f2cfbd994377ab1763b8f7111b93";
    static final String MULTI_DB = "c01e05c72e9a4d848b6c5448dc21c2c6";
    static final String FIRST_SOURCE = "b4358d3c040c4cd1b96759d4c11d1a01";
    static final String SECOND_SOURCE = "28399f72bada81b28d25000b442ed14b";

    @TempDir
    Path dir;
    @RegisterExtension
    final RouteNotion notion = new RouteNotion();

    /** Setup, or "validate" when it is the first of {@code args}; options go after the command, as picocli wants. */
    Harness.Result run(String version, String... args) {
        List<String> all = new ArrayList<>();
        List<String> rest = new ArrayList<>(List.of(args));
        if (!rest.isEmpty() && rest.get(0).equals("validate")) {
            all.add(rest.remove(0));
        }
        all.addAll(List.of("--api-url", notion.url(), "--notion-version", version));
        all.addAll(rest);
        Harness harness = new Harness(dir).env("CI", "true").stdin(TOKEN);
        Harness.Result result = harness.run(all.toArray(String[]::new));
        assertFalse(result.everything().contains(TOKEN), "the token never reaches the output");
        return result;
    }

    String env() throws IOException {
        Path file = dir.resolve(".env");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    void workspaceBot() {
        notion.on("GET /v1/users/me", answer(200, recorded("users-me/workspace-bot.2025-09-03.json")));
    }

    /** The recorded database c01e05c7 after its second data source was added (recorded in the same run). */
    static byte[] twoSourceDatabase() {
        String one = text(recorded("databases/with-one-data-source.2025-09-03.json"));
        String second = "{\"id\":\"28399f72-bada-81b2-8d25-000b442ed14b\",\"name\":\"Test DataSource Query\"}";
        return one.replace("\"}],\"icon\"", "\"}," + second + "],\"icon\"").getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-28", "2025-09-03", "2026-03-11"})
    void validateNamesAnInternalConnection(String version) {
        workspaceBot();

        Harness.Result result = run(version, "validate", "--token-stdin", "--json");

        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("Kind:           internal connection"), result.stderr());
        assertTrue(result.stderr().contains("Integration:    \"notion-sdk-py\""), result.stderr());
        assertTrue(result.stdout().contains("\"kind\":\"internal_connection\""), result.stdout());
        assertTrue(result.stdout().contains("\"notionVersion\":\"" + version + "\""), result.stdout());
        assertEquals(List.of("GET /v1/users/me " + version), notion.asked());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-28", "2025-09-03", "2026-03-11"})
    void aPersonalTokenIsNamedAndSeesWhatItsOwnerSees(String version) {
        notion.on("GET /v1/users/me", answer(200, documented("users-me-user-owned-bot.json")));
        notion.on("POST /v1/search", answer(200, recorded("search/empty.2025-09-03.json")));

        Harness.Result result = run(version, "validate", "--token-stdin", "--check-access", "--json");

        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("personal access token of \"christine makenotion\""), result.stderr());
        assertTrue(result.stderr().contains("sees what you can see"), result.stderr());
        assertFalse(result.stderr().contains("Connections"), "no sharing advice for a personal token");
        assertFalse(result.stderr().contains("can't see"), result.stderr());
        assertTrue(result.stdout().contains("\"kind\":\"personal\""), result.stdout());
        assertTrue(result.stdout().contains("\"owner\":{\"name\":\"christine makenotion\"}"), result.stdout());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-28", "2025-09-03", "2026-03-11"})
    void onlyTrashedItemsIsNothingShared(String version) {
        workspaceBot();
        notion.on("POST /v1/search", answer(200, listOf(recorded("data-sources/trashed.2025-09-03.json"))));

        Harness.Result result = run(version, "validate", "--token-stdin", "--require-access");

        assertEquals(4, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("can't see any pages or databases yet (2 items in the trash do not count)"),
                result.stderr());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-28", "2025-09-03", "2026-03-11"})
    void searchesWithEmojiTitlesAndGzipAreCounted(String version) {
        workspaceBot();
        notion.on("POST /v1/search", gzipped(200, recorded("search/page-and-database-emoji-title.page-1.2021-05-13.json")),
                gzipped(200, recorded("search/empty.page-2.2021-05-13.json")),
                answer(200, recorded("search/pages-emoji-icon.2022-06-28.json")));

        Harness.Result result = run(version, "validate", "--token-stdin", "--check-access", "--json");

        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("can see 4 pages and 1 database: \"Nicolas Goutay\", \"Orbit \uD83D\uDC9C Notion"),
                result.stderr());
        assertTrue(result.stdout().contains("\"pages\":4"), result.stdout());
    }

    @Test
    void restrictedResourceAfterUsersMeIsAMissingCapabilityNeverARejection() {
        workspaceBot();
        notion.on("POST /v1/search", answer(403, documented("403-restricted_resource.json")));

        Harness.Result checked = run("2022-06-28", "validate", "--token-stdin", "--check-access");
        Harness.Result required = run("2022-06-28", "validate", "--token-stdin", "--require-access", "--json");

        assertEquals(0, checked.exitCode(), checked.stderr());
        assertTrue(checked.stderr().contains("'Read content' capability"), checked.stderr());
        assertEquals(4, required.exitCode(), required.stderr());
        assertTrue(required.stdout().contains("\"kind\":\"missing_capability\""), required.stdout());
        for (Harness.Result r : List.of(checked, required)) {
            assertFalse(r.stderr().toLowerCase().contains("rejected"), r.stderr());
            assertFalse(r.stderr().contains("Copy the Internal Integration Secret"), r.stderr());
        }
    }

    @Test
    void theRecordedUnauthorizedIsExit1() {
        notion.on("GET /v1/users/me", answer(401, recorded("errors/401-unauthorized.2025-09-03.json")));

        Harness.Result result = run("2025-09-03", "validate", "--token-stdin");

        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("API token is invalid."), result.stderr());
    }

    @Test
    void aWrongApiUrlPathIsSaid() {
        Harness.Result result = new Harness(dir).env("CI", "true").stdin(TOKEN)
                .run("validate", "--api-url", notion.url("/api/"), "--token-stdin");

        assertEquals(2, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("Check --api-url"), result.stderr());
    }

    @Test
    void serverErrorsAreExit3() {
        notion.on("GET /v1/users/me", answer(503, documented("503-service_unavailable.json")));

        assertEquals(3, run("2026-03-11", "validate", "--token-stdin").exitCode());
    }

    @Test
    void theEdgesBlockPageIsSaidWithItsRayIdAndWhatToDo() throws IOException {
        notion.on("GET /v1/users/me", edgeBlock());

        Harness.Result validate = run("2025-09-03", "validate", "--token-stdin", "--json");
        Harness.Result setup = run("2025-09-03", "--token-stdin", "--yes", "--json");

        for (Harness.Result r : List.of(validate, setup)) {
            assertEquals(3, r.exitCode(), r.stderr());
            assertTrue(r.stderr().contains("(Cloudflare) blocked the request before it reached Notion's API (HTTP 403,"
                    + " Ray ID " + EDGE_RAY_ID + ")"), r.stderr());
            assertTrue(r.stderr().contains("Give Notion's support (https://www.notion.so/help) that Ray ID"), r.stderr());
            assertFalse(r.stderr().contains("captive portal"), r.stderr());
            assertTrue(r.stdout().contains("\"kind\":\"unexpected_response\""), r.stdout());
            assertTrue(r.stdout().contains("Ray ID " + EDGE_RAY_ID), r.stdout());
        }
        assertEquals("", env(), "nothing written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-28", "2025-09-03", "2026-03-11"})
    void setupWithADatabaseRunsTheFirstQueryAndSavesWhatTheVersionUses(String version) throws IOException {
        workspaceBot();
        boolean dataSources = !version.equals("2022-06-28");
        if (dataSources) {
            notion.on("GET /v1/databases/" + MULTI_DB, answer(200, recorded("databases/with-one-data-source.2025-09-03.json")));
            notion.on("POST /v1/data_sources/" + FIRST_SOURCE + "/query",
                    answer(200, recorded("queries/data-source-empty.2025-09-03.json")));
        } else {
            notion.on("GET /v1/databases/" + OLD_DB, answer(200, recorded("databases/retrieve.2022-06-28.json")));
            notion.on("POST /v1/databases/" + OLD_DB + "/query", answer(200, recorded("queries/database-one-row.2021.json")));
        }
        String db = dataSources ? MULTI_DB : OLD_DB;

        Harness.Result result = run(version, "--token-stdin", "--database", "https://www.notion.so/acme/Tasks-" + db,
                "--json");

        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("The first query returned " + (dataSources ? "0 rows" : "1 row")),
                result.stderr());
        assertTrue(result.stdout().contains("\"firstQuery\":{\"rows\":" + (dataSources ? 0 : 1)), result.stdout());
        String expected = "NOTION_API_KEY=" + TOKEN + "\nNOTION_DATABASE_ID=" + db + "\n"
                + (dataSources ? "NOTION_DATA_SOURCE_ID=" + FIRST_SOURCE + "\n" : "");
        assertEquals(expected, env());
    }

    @Test
    void aMultiSourceDatabaseWorksUnder20220628() throws IOException {
        workspaceBot();
        notion.on("GET /v1/databases/" + MULTI_DB + " @2022-06-28",
                answer(400, documented("400-multiple_data_sources_for_database.json")));
        notion.on("GET /v1/databases/" + MULTI_DB + " @2025-09-03", answer(200, twoSourceDatabase()));
        notion.on("POST /v1/data_sources/" + SECOND_SOURCE + "/query",
                answer(200, recorded("queries/data-source-empty.2025-09-03.json")));

        Harness.Result result = run("2022-06-28", "--token-stdin", "--database", MULTI_DB,
                "--data-source", "28399f72-bada-81b2-8d25-000b442ed14b");

        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("the first query uses 2025-09-03"), result.stderr());
        assertTrue(env().contains("NOTION_DATA_SOURCE_ID=" + SECOND_SOURCE + "\n"), env());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-28", "2025-09-03", "2026-03-11"})
    void severalDataSourcesWithoutAChoiceStopWithTheListAndWriteNothing(String version) throws IOException {
        workspaceBot();
        notion.on("GET /v1/databases/" + MULTI_DB + " @2022-06-28",
                answer(400, documented("400-multiple_data_sources_for_database.json")));
        notion.on("GET /v1/databases/" + MULTI_DB, answer(200, twoSourceDatabase()));

        Harness.Result result = run(version, "--token-stdin", "--database", MULTI_DB);

        assertEquals(2, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("has 2 data sources: \"Test Database - 2025-10-05 18:54:58.791392\" ("
                + FIRST_SOURCE + "), \"Test DataSource Query\" (" + SECOND_SOURCE + ")."), result.stderr());
        assertTrue(result.stderr().contains("--data-source " + FIRST_SOURCE), result.stderr());
        assertEquals("", env());
    }

    @Test
    void aPageGivenAsTheDatabaseIsSaidAndNothingIsWritten() throws IOException {
        workspaceBot();
        String page = "393abc1eedcd81e9afcae7cba9d39cff";
        notion.on("GET /v1/databases/" + page, answer(400, documented("400-page-not-database.json")));

        Harness.Result result = run("2025-09-03", "--token-stdin", "--database", page);

        assertEquals(2, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("That id is a page, not a database"), result.stderr());
        assertTrue(result.stderr().contains("Nothing was written."), result.stderr());
        assertEquals("", env());
    }

    @Test
    void aDataSourceGivenAsTheDatabaseIsSaid() throws IOException {
        workspaceBot();
        String source = "393abc1eedcd81799372000bd163e729";
        notion.on("GET /v1/databases/" + source, answer(404, documented("404-object_not_found.json")));
        notion.on("GET /v1/data_sources/" + source, answer(200, recorded("data-sources/retrieve.2025-09-03.json")));

        Harness.Result result = run("2022-06-28", "validate", "--token-stdin", "--database", source);

        assertEquals(2, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("is a data source \"Test Data Source"), result.stderr());
        assertTrue(result.stderr().contains("Give --database 3e6318325efa470281718b8a0e6651ba --data-source " + source),
                result.stderr());
    }

    @Test
    void validateWithADatabaseRunsTheSameQuery() {
        workspaceBot();
        notion.on("GET /v1/databases/" + OLD_DB, answer(200, recorded("databases/retrieve.2022-06-28.json")));
        notion.on("POST /v1/databases/" + OLD_DB + "/query", answer(200, recorded("queries/database-empty.2022-06-28.json")));

        Harness.Result result = run("2022-06-28", "validate", "--token-stdin", "--database", OLD_DB);

        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("The first query returned 0 rows"), result.stderr());
        assertTrue(notion.asked().contains("POST /v1/databases/" + OLD_DB + "/query 2022-06-28"), notion.asked().toString());
    }

    @Test
    void varWritesAndValidateReadsTheTokenUnderAnotherName() throws IOException {
        workspaceBot();

        Harness.Result setup = run("2022-06-28", "--token-stdin", "--var", "NOTION_TOKEN");
        Harness.Result validate = new Harness(dir).env("CI", "true")
                .run("validate", "--api-url", notion.url(), "--var", "NOTION_TOKEN");
        Harness.Result withoutVar = new Harness(dir).env("CI", "true")
                .run("validate", "--api-url", notion.url());

        assertEquals(0, setup.exitCode(), setup.stderr());
        assertEquals("NOTION_TOKEN=" + TOKEN + "\n", env());
        assertTrue(setup.stderr().contains("Saved NOTION_TOKEN"), setup.stderr());
        assertEquals(0, validate.exitCode(), validate.stderr());
        assertTrue(validate.stderr().contains("from NOTION_TOKEN in .env"), validate.stderr());
        assertEquals(2, withoutVar.exitCode(), "NOTION_API_KEY is not in the file");
    }

    @Test
    void anInvalidVarIsAUsageErrorInTwoLinesAndNothingIsWritten() throws IOException {
        Harness.Result result = run("2022-06-28", "--token-stdin", "--var", "1NOT-VALID");

        assertEquals(2, result.exitCode());
        assertEquals(List.of("Error: --var '1NOT-VALID' is not a valid variable name.",
                "Use letters, digits and underscores, not starting with a digit, e.g. --var NOTION_TOKEN."),
                result.stderr().lines().toList());
        assertEquals("", env());
        assertEquals(List.of(), notion.asked());
    }

    @Test
    void notionsOwnVariableNamesAreRead() {
        workspaceBot();

        Harness.Result result = new Harness(dir).env("CI", "true").env("NOTION_API_TOKEN", TOKEN)
                .env("NOTION_API_BASE_URL", notion.url()).env("NOTION_API_VERSION", "2026-03-11")
                .run("validate");

        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("from NOTION_API_TOKEN in the environment"), result.stderr());
        assertEquals(List.of("GET /v1/users/me 2026-03-11"), notion.asked());
    }

    @Test
    void ourVariablesComeBeforeNotionsOwn() {
        workspaceBot();

        Harness.Result result = new Harness(dir).env("CI", "true").env("NOTION_API_TOKEN", "not-a-token")
                .env("NOTION_API_KEY", TOKEN).env("NOTION_API_URL", notion.url())
                .env("NOTION_API_BASE_URL", "http://localhost:1/").env("NOTION_VERSION", "2025-09-03")
                .env("NOTION_API_VERSION", "2026-03-11").run("validate");

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(List.of("GET /v1/users/me 2025-09-03"), notion.asked());
    }

    @Test
    void anUnknownFutureVersionWarnsAndIsUsed() {
        workspaceBot();

        Harness.Result result = run("2027-01-15", "validate", "--token-stdin");

        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("Notion-Version 2027-01-15 is newer than the versions this tool knows"),
                result.stderr());
        assertEquals(List.of("GET /v1/users/me 2027-01-15"), notion.asked());
    }
}
