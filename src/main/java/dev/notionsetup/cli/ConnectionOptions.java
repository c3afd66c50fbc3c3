package dev.notionsetup.cli;

import picocli.CommandLine.Model.CommandSpec;

/** How to reach Notion; every option also has an environment variable, the option wins. Null: not given. */
public record ConnectionOptions(String apiUrl, String notionVersion, int timeoutSeconds) {
    public static void declare(CommandSpec spec) {
        Option.API_URL.declare(spec, "Notion API base URL (env NOTION_API_URL; default https://api.notion.com)."
                + " Plain http only for loopback hosts.");
        Option.NOTION_VERSION.declare(spec, "Notion-Version header (env NOTION_VERSION; default 2022-06-28).");
        spec.addOption(Option.TIMEOUT.builder("The whole run's bound on waiting for Notion, retries and Retry-After"
                + " waits included, in seconds (default ${DEFAULT-VALUE}).").defaultValue("30").build());
    }

    static ConnectionOptions of(CommandSpec spec) {
        return new ConnectionOptions(Option.API_URL.value(spec), Option.NOTION_VERSION.value(spec),
                Option.TIMEOUT.<Integer>value(spec));
    }
}
