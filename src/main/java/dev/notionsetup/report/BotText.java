package dev.notionsetup.report;

import dev.notionsetup.notion.BotIdentity;

/** How a verified bot is described to people, the same in the wizard and in `validate`. */
public final class BotText {
    private BotText() {
    }

    public static String name(BotIdentity bot) {
        return bot.name() == null || bot.name().isBlank() ? "(unnamed integration)" : bot.name();
    }

    public static String workspace(BotIdentity bot) {
        return bot.workspaceName() == null || bot.workspaceName().isBlank()
                ? "(workspace name not shared by Notion)" : bot.workspaceName();
    }

    /** "Integration: My Script · Workspace: Acme". */
    public static String summary(BotIdentity bot) {
        return "Integration: " + name(bot) + " \u00b7 Workspace: " + workspace(bot);
    }
}
