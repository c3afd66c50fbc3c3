package dev.notionsetup.notion;

/**
 * The only code in the project that speaks HTTP. Every public method returns a value; nothing from OkHttp
 * leaks out, and the token is sent nowhere but the configured base URL.
 */
public final class NotionClient implements AutoCloseable {

    public NotionClient(NotionClientConfig config, Sleeper sleeper, ClientEvents events) {
        throw new UnsupportedOperationException("implemented in the client change");
    }

    /** GET /v1/users/me: does this token work, and whose is it. */
    public ApiResult<BotIdentity> verify(String token) {
        throw new UnsupportedOperationException();
    }

    /** POST /v1/search (a few pages at most): what the integration can see. */
    public ApiResult<AccessSummary> checkAccess(String token) {
        throw new UnsupportedOperationException();
    }

    /** GET /v1/databases/{id}: confirm a database id and read its title (404 means not shared). */
    public ApiResult<DatabaseInfo> database(String token, String databaseId) {
        throw new UnsupportedOperationException();
    }

    public NotionVersion version() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
