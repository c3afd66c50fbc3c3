package dev.notionsetup.notion;

import java.util.List;

/**
 * A database confirmed through GET /v1/databases/{id}; id is the undashed 32-hex form, title sanitized.
 * {@code dataSources} is what the answer listed: empty before 2025-09-03, one or more from then on.
 */
public record DatabaseInfo(String id, String title, List<DataSourceRef> dataSources, boolean trashed) {

    public DatabaseInfo {
        DatabaseId.requireNormalized(id);
        dataSources = List.copyOf(dataSources);
    }

    public DatabaseInfo(String id, String title) {
        this(id, title, List.of(), false);
    }

    /** The title quoted as the server's text ({@link TerminalText#quoted}), or "(untitled)". */
    public String quotedTitle() {
        return title == null || title.isBlank() ? "(untitled)" : TerminalText.quoted(title);
    }

    /** The title, or "(untitled)" for a database without one. */
    public String shownTitle() {
        return title == null || title.isBlank() ? "(untitled)" : title;
    }
}
