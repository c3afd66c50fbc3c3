package dev.notionsetup.notion;

/** A page or database the integration can see (from POST /v1/search). Title is sanitized, may be empty. */
public record SharedItem(Kind kind, String id, String title) {
    public enum Kind { PAGE, DATABASE }
}
