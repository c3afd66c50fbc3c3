package dev.notionsetup.cli;

import picocli.CommandLine.Option;

/** How to reach Notion; every option also has an environment variable, the option wins. */
public final class ConnectionOptions {
    @Option(names = "--api-url", paramLabel = "URL",
            description = "Notion API base URL (env NOTION_API_URL; default https://api.notion.com)."
                    + " Plain http only for loopback hosts.")
    String apiUrl;

    @Option(names = "--notion-version", paramLabel = "DATE",
            description = "Notion-Version header (env NOTION_VERSION; default 2022-06-28).")
    String notionVersion;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Bound on each HTTP call, in seconds (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;
}
