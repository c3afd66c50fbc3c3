package dev.notionsetup.report;

import dev.notionsetup.notion.BotIdentity;
import dev.notionsetup.notion.CredentialKind;
import dev.notionsetup.notion.TerminalText;

/**
 * How a verified bot is described to people, the same in the wizard and in `validate`. Its names are the
 * server's text, so they are shown quoted ({@link TerminalText#quoted}); the placeholders for a missing name
 * are ours, and are not.
 */
public final class BotText {
    /** Where an internal connection's token is revoked (its page there: Configuration, Refresh or delete). */
    public static final String INTERNAL_CONNECTIONS = "https://www.notion.so/profile/integrations/internal";
    /** Where a personal access token is revoked. */
    public static final String PERSONAL_TOKENS = "https://www.notion.so/developers/tokens";

    private BotText() {
    }

    /** Where to end this token for good: the page for its kind. */
    public static String revokeAt(BotIdentity bot) {
        return bot.kind() == CredentialKind.PERSONAL ? PERSONAL_TOKENS
                : INTERNAL_CONNECTIONS + " (" + name(bot) + ", Configuration)";
    }

    public static String name(BotIdentity bot) {
        return bot.name() == null || bot.name().isBlank() ? "(unnamed integration)" : TerminalText.quoted(bot.name());
    }

    public static String workspace(BotIdentity bot) {
        return bot.workspaceName() == null || bot.workspaceName().isBlank()
                ? "(workspace name not shared by Notion)" : TerminalText.quoted(bot.workspaceName());
    }

    /**
     * "Integration: \"My Script\" · Workspace: \"Acme\"" for an internal connection; for a personal token, whose it is:
     * "Personal access token of Ada Lovelace · Workspace: Acme".
     */
    public static String summary(BotIdentity bot) {
        if (bot.kind() == CredentialKind.PERSONAL) {
            return "Personal access token of " + owner(bot) + " \u00b7 Workspace: " + workspace(bot);
        }
        return "Integration: " + name(bot) + " \u00b7 Workspace: " + workspace(bot);
    }

    /** "internal connection (integration)", "personal access token of Ada Lovelace", …: what the token is. */
    public static String kind(BotIdentity bot) {
        return switch (bot.kind()) {
            case INTERNAL_CONNECTION -> "internal connection (integration), owned by the workspace";
            case PERSONAL -> "personal access token of " + owner(bot) + " (sees what they can see)";
            case UNKNOWN -> "unknown (Notion named no owner)";
        };
    }

    /** The person a personal token acts as. */
    public static String owner(BotIdentity bot) {
        return bot.ownerName() == null || bot.ownerName().isBlank() ? "(name not shared by Notion)"
                : TerminalText.quoted(bot.ownerName());
    }
}
