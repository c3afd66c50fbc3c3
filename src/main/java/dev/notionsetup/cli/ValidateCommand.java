package dev.notionsetup.cli;

import dev.notionsetup.health.HealthCheck;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.prompt.Output;
import dev.notionsetup.setup.TokenSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** `notion-setup validate`: the health check. Thin: options in, HealthCheck out. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Check that the token still works, and say precisely what is wrong when it does not.",
                "The token comes from --token, --token-stdin, NOTION_API_KEY, or the env file, in that order."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok: the token works",
                "1:Notion rejected the token (401/403)",
                "2:usage or bad input; no token found",
                "3:Notion unreachable or unavailable after retries",
                "4:nothing is shared with the integration (only with --require-access)",
                "5:the env file could not be read"},
        footerHeading = "%nExamples:%n",
        footer = {"  notion-setup validate                      Check the token in ./.env",
                "  notion-setup validate --json | jq .ok      For scripts",
                "  notion-setup validate --require-access     Exit 4 while nothing is shared",
                "  printenv NOTION_TOKEN | notion-setup validate --token-stdin",
                "                                             CI: check a secret before using it",
                "  */30 * * * * cd /srv/app && notion-setup validate -q || notify-ops",
                "                                             From cron: only failures print",
                "",
                "Environment: NOTION_API_KEY (the token, before the env file),",
                "  NOTION_API_URL, NOTION_VERSION, NO_COLOR, HTTPS_PROXY, ALL_PROXY, NO_PROXY."})
public final class ValidateCommand implements Callable<Integer> {
    private final Dependencies deps;

    @Mixin
    EnvFileOption envFile;
    @Mixin
    TokenOptions tokens;
    @Mixin
    AccessOptions access;
    @Mixin
    ConnectionOptions connection;
    @Mixin
    OutputOptions output;

    public ValidateCommand(Dependencies deps) {
        this.deps = deps;
    }

    @Override
    public Integer call() {
        Invocation invocation = new Invocation(deps, connection, output, envFile);
        Output out = invocation.stderrOutput();
        try (NotionClient client = invocation.client(out)) {
            return new HealthCheck(out, invocation.jsonReport(), client, invocation.credentialStore())
                    .run(TokenSources.fromInvocation(tokens.token, tokens.tokenStdin, deps.stdin(), deps.env()),
                            access.checkAccess, access.requireAccess);
        }
    }
}
