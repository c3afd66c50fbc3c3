package dev.notionsetup.notion;

/**
 * The answer to the first query (seed 000, step 4): a 200 with a results array, so the token and the sharing
 * both work. {@code rows} is how many came back (the query asks for one at most); {@code dataSourceId} is
 * null when the database was queried directly (versions before 2025-09-03).
 */
public record QueryProof(String databaseId, String dataSourceId, int rows, boolean hasMore, NotionVersion version) {
}
