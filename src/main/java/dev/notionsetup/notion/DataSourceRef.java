package dev.notionsetup.notion;

/** One data source of a database (from 2025-09-03): its undashed id and its name, sanitized, maybe empty. */
public record DataSourceRef(String id, String name) {
    public DataSourceRef {
        DatabaseId.requireNormalized(id);
    }
}
