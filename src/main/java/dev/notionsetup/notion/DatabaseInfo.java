package dev.notionsetup.notion;

/** A database confirmed through GET /v1/databases/{id}; id is the undashed 32-hex form, title sanitized. */
public record DatabaseInfo(String id, String title) {
}
