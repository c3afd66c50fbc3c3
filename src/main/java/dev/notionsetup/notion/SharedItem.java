package dev.notionsetup.notion;

/**
 * A page or database the integration can see (from POST /v1/search): its undashed id, and its title,
 * sanitized, maybe empty.
 */
public record SharedItem(Kind kind, String id, String title) {
    public enum Kind { PAGE, DATABASE }

    public SharedItem {
        DatabaseId.requireNormalized(id);
    }
}
