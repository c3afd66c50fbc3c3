package dev.notionsetup.cli;

import dev.notionsetup.testing.Harness;
import dev.notionsetup.testing.RouteNotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.notionsetup.testing.Fixtures.TOKEN;
import static dev.notionsetup.testing.Recorded.answer;
import static dev.notionsetup.testing.Recorded.documented;
import static dev.notionsetup.testing.Recorded.recorded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A linked database (a view, shared with the connection, of a database that is not) answers differently under
 * each version: no data sources from 2025-09-03, a 400 for its query or for itself before. Every way is said
 * as what it is, with the way out, and no version is sent to an endpoint it does not have.
 */
class LinkedDatabaseTest {
    static final String LINKED = "5a1b2c3d00004000800000000000d0c1";

    @TempDir
    Path dir;
    @RegisterExtension
    final RouteNotion notion = new RouteNotion();

    Harness.Result setup(String version) {
        notion.on("GET /v1/users/me", answer(200, recorded("users-me/workspace-bot.2025-09-03.json")));
        Harness.Result result = new Harness(dir).env("CI", "true").stdin(TOKEN).run("--api-url", notion.url(),
                "--notion-version", version, "--token-stdin", "--database", LINKED, "--json");
        assertFalse(result.everything().contains(TOKEN), "the token never reaches the output");
        assertEquals(2, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("is a linked database"), result.stderr());
        assertTrue(result.stderr().contains("a view of another database, which is not shared with this connection"),
                result.stderr());
        assertTrue(result.stderr().contains("Share the original database"), result.stderr());
        assertTrue(result.stdout().contains("\"kind\":\"not_found\""), result.stdout());
        assertFalse(Files.exists(dir.resolve(".env")), "nothing is written");
        return result;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-09-03", "2026-03-11"})
    void fromDataSourceVersionsItHasNoneAndNothingIsQueried(String version) {
        notion.on("GET /v1/databases/" + LINKED, answer(200, documented("database-linked-view.2025-09-03.json")));

        Harness.Result result = setup(version);

        assertTrue(result.stderr().contains("Database \"Tasks (linked view)\" (" + LINKED + ") is a linked database"),
                result.stderr());
        // users/me and the database lookup go out together, in either order.
        assertEquals(java.util.List.of("GET /v1/databases/" + LINKED + " " + version, "GET /v1/users/me " + version),
                notion.asked().stream().sorted().toList());
    }

    @Test
    void under20220628ItsQueryIsNotionsFourHundred() {
        notion.on("GET /v1/databases/" + LINKED, answer(200, recorded("databases/retrieve.2022-06-28.json")));
        notion.on("POST /v1/databases/" + LINKED + "/query", answer(400, documented("400-linked-database-query.json")));

        Harness.Result result = setup("2022-06-28");

        assertTrue(result.stderr().contains("The first query failed: This database is a linked database (400"
                + " validation_error)"), result.stderr());
    }

    @Test
    void under20220628ItsRetrievalMayBeRefusedToo() {
        notion.on("GET /v1/databases/" + LINKED, answer(400, documented("400-linked-database-retrieve.json")));

        setup("2022-06-28");

        assertEquals(2, notion.requests.size(), notion.asked().toString());
    }
}
