package dev.notionsetup.notion;

/**
 * Who the token belongs to, from {@code GET /v1/users/me}. Text fields are sanitized; any may be null
 * except {@code id} (e.g. {@code workspaceName} is null for some workspaces, {@code bot} may be empty).
 *
 * @param ownerType "workspace" for an internal connection, "user" for a token that acts as a person (a
 *                  personal access token, or a public integration's OAuth token); null when Notion sent none
 * @param ownerName the person's name when {@code ownerType} is "user" and Notion named them
 */
public record BotIdentity(String id, String name, String workspaceName, String workspaceId, String ownerType,
                          String ownerName, String requestId) {

    /** A bot whose owner, if any, is not a person (the shape before owners were read). */
    public BotIdentity(String id, String name, String workspaceName, String workspaceId, String ownerType,
                       String requestId) {
        this(id, name, workspaceName, workspaceId, ownerType, null, requestId);
    }

    /** The kind of credential, read from the answer's owner, never from the token's prefix. */
    public CredentialKind kind() {
        return CredentialKind.fromOwnerType(ownerType);
    }
}
