package dev.notionsetup.validate;

import dev.notionsetup.ExitCode;
import dev.notionsetup.cli.AccessOptions;
import dev.notionsetup.cli.ConnectionOptions;
import dev.notionsetup.cli.DatabaseOptions;
import dev.notionsetup.cli.Dependencies;
import dev.notionsetup.cli.Invocation;
import dev.notionsetup.cli.Options;
import dev.notionsetup.cli.OutputOptions;
import dev.notionsetup.cli.ProfileOption;
import dev.notionsetup.cli.TokenOptions;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.setup.CredentialStore;
import dev.notionsetup.term.Output;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** `notion-setup validate`: the health check. Thin: options in, HealthCheck out */
public final class ValidateCommand implements Callable<Integer> {
    private final Dependencies deps;
    private final CommandSpec spec;

    public ValidateCommand(Dependencies deps) {
        this.deps = deps;
        this.spec = Options.command("validate", this);
        spec.usageMessage().description(
                "Check that the token still works, and say precisely what is wrong when it does not.",
                "The token comes from --token, --token-stdin, NOTION_API_KEY (or --var's name), NOTION_API_TOKEN,"
                        + " the profile's keychain entry, or the env file, in that order.");
        ProfileOption.declareEnvFile(spec, "read");
        ProfileOption.declare(spec);
        TokenOptions.declare(spec, "The variable the token is read from, in the environment and in the env file"
                + " (default NOTION_API_KEY), e.g. NOTION_TOKEN.");
        AccessOptions.declare(spec, "");
        DatabaseOptions.declare(spec, "", "Run the first query on this database (one row at most) and report it;"
                + " without it, on the NOTION_DATABASE_ID saved in the env file, if any.");
        ConnectionOptions.declare(spec);
        OutputOptions.declare(spec, "");
        Options.standardHelp(spec);
        Options.exitCodesAndExamples(spec, ExitCode.helpList(Map.of(ExitCode.OK, "ok: the token works",
                        ExitCode.USAGE, "usage or bad input; no token found",
                        ExitCode.ENV_FILE, "the env file could not be read"), Set.of()), true,
                "  notion-setup validate                      Check the token in ./.env",
                "  notion-setup validate --json | jq .ok      For scripts",
                "  notion-setup validate --require-access     Exit 4 while nothing is shared",
                "  printenv NOTION_TOKEN | notion-setup validate --token-stdin",
                "                                             CI: check a secret before using it",
                "  */30 * * * * cd /srv/app && notion-setup validate -q || notify-ops",
                "                                             From cron: only failures print");
    }

    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        AccessOptions access = AccessOptions.of(spec);
        try (Invocation invocation = new Invocation(deps, spec)) {
            Output out = invocation.stderrOutput();
            try (NotionClient client = invocation.client(out)) {
                DatabaseOptions database = DatabaseOptions.of(spec);
                CredentialStore store = invocation.credentialStore();
                return new HealthCheck(out, invocation.jsonReport(), client, store)
                        .run(new HealthCheck.Request(invocation.token(store, out), access.checkAccess(),
                                access.requireAccess(), database.database(), database.dataSource()));
            }
        }
    }
}
