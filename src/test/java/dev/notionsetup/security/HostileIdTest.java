package dev.notionsetup.security;

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

import static dev.notionsetup.testing.Fixtures.TOKEN;
import static dev.notionsetup.testing.Recorded.answer;
import static dev.notionsetup.testing.Recorded.documented;
import static dev.notionsetup.testing.Recorded.recorded;
import static dev.notionsetup.testing.Recorded.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ids in Notion's answers are the server's text like any other: a server that names a data source or a
 * database by something that is not a Notion id gets an unexpected-response failure, and that text is never
 * put into a request path, a command we suggest, or the env file.
 */
class HostileIdTest {
    static final String DB = "c01e05c72e9a4d848b6c5448dc21c2c6";
    static final String RECORDED_SOURCE = "b4358d3c-040c-4cd1-b967-59d4c11d1a01";

    @TempDir
    Path dir;
    @RegisterExtension
    final RouteNotion notion = new RouteNotion();

    Harness.Result setup(String... more) {
        notion.on("GET /v1/users/me", answer(200, recorded("users-me/workspace-bot.2025-09-03.json")));
        String[] args = new String[more.length + 5];
        System.arraycopy(new String[] {"--api-url", notion.url(), "--notion-version", "2025-09-03", "--token-stdin"},
                0, args, 0, 5);
        System.arraycopy(more, 0, args, 5, more.length);
        Harness.Result result = new Harness(dir).env("CI", "true").stdin(TOKEN).run(args);
        assertFalse(result.everything().contains(TOKEN), "the token never reaches the output");
        return result;
    }

    /** The recorded one-source database, its data source renamed to {@code id}. */
    static byte[] databaseWithSource(String id) {
        return text(recorded("databases/with-one-data-source.2025-09-03.json")).replace(RECORDED_SOURCE, id)
                .getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../../../admin/x", "..", "b4358d3c040c4cd1b96759d4c11d1a01/../../../x",
            "%2e%2e", "x\\nNOTION_API_KEY=ntn_x", "b4358d3c040c4cd1b96759d4c11d1a0"})
    void aDataSourceIdThatIsNotAnIdIsNeitherQueriedNorSaved(String hostile) throws IOException {
        notion.on("GET /v1/databases/" + DB, answer(200, databaseWithSource(hostile)));

        Harness.Result result = setup("--database", DB, "--json");

        assertEquals(3, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("gave a data source id that is not a Notion id (32 hexadecimal digits);"
                + " it was not used."), result.stderr());
        assertTrue(result.stdout().contains("\"kind\":\"unexpected_response\""), result.stdout());
        assertEquals(2, notion.requests.size(), notion.asked().toString());
        notion.requests.forEach(r -> assertTrue(r.getPath().startsWith("/v1/"), r.getPath()));
        assertFalse(Files.exists(dir.resolve(".env")), "nothing is written");
    }

    @Test
    void aParentDatabaseIdThatIsACommandIsNeverSuggested() {
        String source = "393abc1eedcd81799372000bd163e729";
        notion.on("GET /v1/databases/" + source, answer(404, documented("404-object_not_found.json")));
        String hostile = text(recorded("data-sources/retrieve.2025-09-03.json"))
                .replace("\"database_id\":\"3e631832-5efa-4702-8171-8b8a0e6651ba\"",
                        "\"database_id\":\"$(rm -rf ~) --token ntn_x\"");
        notion.on("GET /v1/data_sources/" + source, answer(200, hostile.getBytes(StandardCharsets.UTF_8)));

        Harness.Result result = setup("--database", source);

        assertTrue(hostile.contains("$(rm -rf ~)"), "the recorded answer has the parent this test replaces");
        assertEquals(2, result.exitCode(), result.stderr());
        assertFalse(result.everything().contains("rm -rf"), result.stderr());
        assertFalse(result.everything().contains("Give --database"), result.stderr());
        assertTrue(result.stderr().contains("was not found"), result.stderr());
    }

    @Test
    void aSearchResultWhoseIdIsNotAnIdStopsTheAccessCheck() {
        notion.on("POST /v1/search", answer(200, ("{\"object\":\"list\",\"results\":[{\"object\":\"page\",\"id\":"
                + "\"../../v2/pages\",\"properties\":{}}],\"next_cursor\":null,\"has_more\":false}")
                .getBytes(StandardCharsets.UTF_8)));

        Harness.Result result = setup("--require-access");

        assertEquals(3, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("gave a page id that is not a Notion id"), result.stderr());
        assertFalse(result.everything().contains("v2/pages"), result.stderr());
    }
}
