package dev.notionsetup.it;

import dev.notionsetup.testing.RouteNotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.notionsetup.testing.Fixtures.TOKEN;
import static dev.notionsetup.testing.Recorded.MULTI_DB;
import static dev.notionsetup.testing.Recorded.SECOND_SOURCE;
import static dev.notionsetup.testing.Recorded.answer;
import static dev.notionsetup.testing.Recorded.documented;
import static dev.notionsetup.testing.Recorded.gzipped;
import static dev.notionsetup.testing.Recorded.recorded;
import static dev.notionsetup.testing.Recorded.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built jar, in its own process as CI runs it, against recorded Notion answers: a personal token seen by
 * validate, and setup with a multi-source database under the default version, written under --var.
 */
class RecordedIT {
    @TempDir
    Path dir;
    @RegisterExtension
    final RouteNotion notion = new RouteNotion();

    @Test
    void validateTellsAPersonalTokenAndWhatItSees() throws Exception {
        notion.on("GET /v1/users/me", answer(200, documented("users-me-user-owned-bot.json")));
        notion.on("POST /v1/search", gzipped(200, recorded("search/pages-emoji-icon.2022-06-28.json")),
                answer(200, recorded("search/empty.2025-09-03.json")));

        JarProcess.Result run = new JarProcess(dir).env("NOTION_API_TOKEN", TOKEN)
                .run("validate", "--api-url", notion.url(), "--check-access", "--json");

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("personal access token of \"christine makenotion\""), run.stderr());
        assertTrue(run.stderr().contains("This personal token sees what you can see: 3 pages and 0 databases"),
                run.stderr());
        assertTrue(run.stdout().contains("\"kind\":\"personal\""), run.stdout());
        assertFalse((run.stdout() + run.stderr()).contains(TOKEN));
    }

    @Test
    void setupQueriesAMultiSourceDatabaseUnderTheDefaultVersionAndSavesUnderVar() throws Exception {
        String database = text(recorded("databases/with-one-data-source.2025-09-03.json")).replace("\"}],\"icon\"",
                "\"},{\"id\":\"28399f72-bada-81b2-8d25-000b442ed14b\",\"name\":\"Test DataSource Query\"}],\"icon\"");
        notion.on("GET /v1/users/me", answer(200, recorded("users-me/workspace-bot.2025-09-03.json")));
        notion.on("GET /v1/databases/" + MULTI_DB + " @2022-06-28",
                answer(400, documented("400-multiple_data_sources_for_database.json")));
        notion.on("GET /v1/databases/" + MULTI_DB + " @2025-09-03",
                answer(200, database.getBytes(StandardCharsets.UTF_8)));
        notion.on("POST /v1/data_sources/" + SECOND_SOURCE + "/query",
                answer(200, recorded("queries/data-source-empty.2025-09-03.json")));

        JarProcess.Result run = new JarProcess(dir).stdin(TOKEN).run("--api-url", notion.url(), "--token-stdin",
                "--var", "NOTION_TOKEN", "--database", "https://www.notion.so/x/Tasks-" + MULTI_DB,
                "--data-source", SECOND_SOURCE);

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("The first query returned 0 rows"), run.stderr());
        assertEquals("NOTION_TOKEN=" + TOKEN + "\nNOTION_DATABASE_ID=" + MULTI_DB + "\nNOTION_DATA_SOURCE_ID="
                + SECOND_SOURCE + "\n", Files.readString(dir.resolve(".env")));
        assertFalse((run.stdout() + run.stderr()).contains(TOKEN));
    }
}
