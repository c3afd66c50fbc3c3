package dev.notionsetup.notion;

/**
 * What kind of credential a token is, as {@code GET /v1/users/me} tells it through the bot's owner (Notion's
 * reference: {@code owner} is {@code {"type":"workspace","workspace":true}} or {@code {"type":"user","user":{…}}}).
 * The token's prefix says nothing reliable about this, so it is never used. The JSON name is part of the
 * --json contract.
 */
public enum CredentialKind {
    /** Owned by the workspace: an internal connection (integration). It sees only what is shared with it. */
    INTERNAL_CONNECTION("internal_connection"),
    /** Owned by a person: a personal access token (or a public integration's token). It sees what they see. */
    PERSONAL("personal"),
    /** Notion named no owner we know. */
    UNKNOWN("unknown");

    private final String jsonName;

    CredentialKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    static CredentialKind fromOwnerType(String ownerType) {
        if ("workspace".equals(ownerType)) {
            return INTERNAL_CONNECTION;
        }
        return "user".equals(ownerType) ? PERSONAL : UNKNOWN;
    }
}
