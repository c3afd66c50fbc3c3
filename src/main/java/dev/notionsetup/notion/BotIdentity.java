package dev.notionsetup.notion;

/**
 * Who the token belongs to, from {@code GET /v1/users/me}. Text fields are sanitized; any may be null
 * except {@code id} (e.g. {@code workspaceName} is null for some workspaces, {@code bot} may be empty).
 * {@code ownerType} is "workspace" for internal integrations, "user" for public ones.
 */
public record BotIdentity(String id, String name, String workspaceName, String workspaceId, String ownerType,
                          String requestId) {
}
