package dev.notionsetup.notion;

import dev.notionsetup.token.Secret;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code GET /v1/databases/{id}}: confirm a database id and read its title. */
class NotionClientDatabaseTest extends MockNotionTest {
    static final String ID = "be907abe510e4116a3d17ea71018c06f";
    static final String PATH = "/v1/databases/" + ID;
    static final String SOURCE = "b4358d3c040c4cd1b96759d4c11d1a01";

    static String database(String title) {
        return "{\"object\":\"database\",\"id\":\"be907abe-510e-4116-a3d1-7ea71018c06f\",\"created_time\":\"x\","
                + "\"title\":[{\"type\":\"text\",\"plain_text\":\"" + title + "\"},{\"plain_text\":\" 2025\"}],"
                + "\"properties\":{\"Name\":{\"id\":\"title\",\"type\":\"title\",\"title\":{}}},"
                + "\"data_sources\":[{\"id\":\"" + SOURCE + "\",\"name\":\"Tasks\"}],\"request_id\":\"req-db\"}";
    }

    @Test
    void found() throws Exception {
        server.enqueue(json(200, database("Tasks")));

        DatabaseInfo info = ok(client().database(Secret.of(TOKEN), ID));
        assertEquals(ID, info.id());
        assertEquals("Tasks 2025", info.title());
        assertFalse(info.trashed());
        assertGet(PATH);
    }

    @Test
    void foundFromAPastedUrl() throws Exception {
        server.enqueue(json(200, database("Tasks")));

        DatabaseInfo info = ok(client().database(Secret.of(TOKEN),
                " https://www.notion.so/acme/Tasks-" + ID + "?v=0123456789abcdef0123456789abcdef "));

        assertEquals(ID, info.id());
        assertGet(PATH);
    }

    @Test
    void foundWithTheDashedFormAndNewerVersion() throws Exception {
        server.enqueue(json(200, database("Tasks")));

        ok(client(new NotionVersion("2025-09-03"), 2).database(Secret.of(TOKEN), "be907abe-510e-4116-a3d1-7ea71018c06f"));

        assertGet(PATH, "2025-09-03");
    }

    @Test
    void titleIsSanitized() throws Exception {
        server.enqueue(json(200, database("\\u001b[1mTasks\\r")));

        assertEquals("Tasks 2025", ok(client().database(Secret.of(TOKEN), ID)).title());
    }

    @Test
    void anIdThatRepeatsPartOfTheTokenIsNotUsed() throws Exception {
        // The token's "1234567890abcdef" is hexadecimal: an id made of it loses that part to redaction.
        server.enqueue(json(200, database("Tasks").replace(SOURCE, "1234567890abcdef0123456789abcdef")));

        ApiFailure failure = failed(client(new NotionVersion("2025-09-03"), 2).database(Secret.of(TOKEN), ID));

        assertEquals(FailureKind.UNEXPECTED_RESPONSE, failure.kind());
        assertTrue(failure.detail().contains("gave an id that repeats part of the token; it was not used."),
                failure.detail());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aDatabaseWithoutADataSourceIsNeverQueriedAsADatabaseUnderADataSourceVersion() {
        ApiFailure failure = failed(client(new NotionVersion("2026-03-11"), 2)
                .firstQuery(Secret.of(TOKEN), new DatabaseInfo(ID, "Tasks"), null));

        assertEquals(FailureKind.NOT_FOUND, failure.kind());
        assertTrue(failure.detail().startsWith("Database \"Tasks\" (" + ID + ") is a linked database"), failure.detail());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void notSharedWithTheIntegration() throws Exception {
        server.enqueue(notionError(404, "object_not_found", "Could not find database with ID: "
                + "be907abe-510e-4116-a3d1-7ea71018c06f. Make sure the relevant pages and databases are shared "
                + "with your integration."));
        server.enqueue(notionError(404, "object_not_found", "Could not find data_source with ID: " + ID + "."));

        ApiFailure failure = failed(client().database(Secret.of(TOKEN), ID));

        assertEquals(FailureKind.NOT_FOUND, failure.kind());
        assertEquals(404, failure.status());
        assertEquals("object_not_found", failure.code());
        assertEquals("req-404", failure.requestId());
        assertTrue(failure.message().startsWith("Could not find database"), failure.message());
        assertEquals("Database " + ID + " was not found: it is not shared with this connection, or it does not "
                + "exist.", failure.detail());
        assertTrue(failure.fix().contains("Connections"), failure.fix());
        assertEquals(2, server.getRequestCount(), "404 is never retried; the id is only asked about as a data source");
        assertEquals(List.of(), sleeper.waits);
        assertGet(PATH);
        assertGet("/v1/data_sources/" + ID, "2025-09-03");
    }

    @Test
    void aPageIdIsABadRequest() throws Exception {
        server.enqueue(notionError(400, "validation_error", "Provided ID " + ID + " is a page, not a database."));

        ApiFailure failure = failed(client().database(Secret.of(TOKEN), ID));

        assertEquals(FailureKind.BAD_REQUEST, failure.kind());
        assertEquals("That id is a page, not a database (400 validation_error).", failure.detail());
        assertTrue(failure.fix().contains("Copy link"), failure.fix());
        assertGet(PATH);
    }

    @Test
    void notADatabaseIdIsRefusedWithoutARequest() {
        ApiFailure failure = failed(client().database(Secret.of(TOKEN), "https://example.com/Tasks-" + ID));
        ApiFailure none = failed(client().database(Secret.of(TOKEN), null));

        assertEquals(FailureKind.BAD_REQUEST, failure.kind());
        assertNull(failure.status());
        assertTrue(failure.detail().startsWith("'https://example.com/Tasks-"), failure.detail());
        assertEquals(FailureKind.BAD_REQUEST, none.kind());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void pastingTheTokenByMistakeDoesNotEchoIt() {
        ApiFailure failure = failed(client().database(Secret.of(TOKEN), TOKEN));

        assertFalse(failure.detail().contains(TOKEN));
        assertTrue(failure.detail().contains("[token]"), failure.detail());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aPageObjectInsteadOfADatabase() throws Exception {
        server.enqueue(json(200, "{\"object\":\"page\",\"id\":\"" + ID + "\"}"));

        ApiFailure failure = failed(client().database(Secret.of(TOKEN), ID));

        assertEquals(FailureKind.UNEXPECTED_RESPONSE, failure.kind());
        assertTrue(failure.detail().contains("not a database (object \"page\")"), failure.detail());
    }

    @Test
    void unavailableIsRetried() throws Exception {
        server.enqueue(notionError(503, "database_connection_unavailable", "Try later."));
        server.enqueue(json(200, database("Tasks")));

        assertEquals("Tasks 2025", ok(client().database(Secret.of(TOKEN), ID)).title());
        assertEquals(1, sleeper.waits.size());
        assertGet(PATH);
        assertGet(PATH);
    }
}
