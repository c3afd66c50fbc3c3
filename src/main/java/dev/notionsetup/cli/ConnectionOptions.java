package dev.notionsetup.cli;

import picocli.CommandLine.Model.CommandSpec;

/** How to reach Notion; every option also has an environment variable, the option wins. Null: not given. */
public record ConnectionOptions(String apiUrl, String notionVersion, int timeoutSeconds) {
    public static void declare(CommandSpec spec) {
        spec.addOption(Options.valued("--api-url", "URL", String.class, null,
                "Notion API base URL (env NOTION_API_URL; default https://api.notion.com)."
                        + " Plain http only for loopback hosts."));
        spec.addOption(Options.valued("--notion-version", "DATE", String.class, null,
                "Notion-Version header (env NOTION_VERSION; default 2022-06-28)."));
        spec.addOption(Options.valued("--timeout", "SECONDS", int.class, "30",
                "The whole run's bound on waiting for Notion, retries and Retry-After waits included, in"
                        + " seconds (default ${DEFAULT-VALUE})."));
    }

    static ConnectionOptions of(CommandSpec spec) {
        return new ConnectionOptions(Options.value(spec, "--api-url"), Options.value(spec, "--notion-version"),
                Options.<Integer>value(spec, "--timeout"));
    }
}
