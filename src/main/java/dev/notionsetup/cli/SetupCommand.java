package dev.notionsetup.cli;

import dev.notionsetup.browser.Browser;
import dev.notionsetup.browser.NoBrowser;
import dev.notionsetup.flow.FlowLoader;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.prompt.Console;
import dev.notionsetup.prompt.LinePrompter;
import dev.notionsetup.prompt.Output;
import dev.notionsetup.prompt.Prompter;
import dev.notionsetup.prompt.Tone;
import dev.notionsetup.prompt.WriterOutput;
import dev.notionsetup.setup.GivenToken;
import dev.notionsetup.setup.TokenSource;
import dev.notionsetup.setup.Unattended;
import dev.notionsetup.setup.Wizard;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/** The default command: the wizard on a terminal, unattended setup when a token is given or nobody can answer. */
public final class SetupCommand implements Callable<Integer> {
    private final Dependencies deps;
    private final CommandSpec spec;

    public SetupCommand(Dependencies deps) {
        this.deps = deps;
        this.spec = Options.command("notion-setup", this);
        spec.usageMessage().description("Walks you from a Notion account to a verified NOTION_API_KEY in .env.",
                "Without a token and on a terminal it runs the interactive ten-step wizard; given a token"
                        + " (--token, --token-stdin, NOTION_API_KEY) or without a terminal it verifies and"
                        + " writes with no prompt.");
        EnvFileOption.declare(spec);
        TokenOptions.declare(spec);
        spec.addOption(Options.flag("Accept defaults for every confirmation; replace an existing NOTION_API_KEY"
                + " without asking.", "-y", "--yes"));
        spec.addOption(Options.flag("Never launch a browser; just print the URL (BROWSER picks the command"
                + " otherwise).", "--no-browser"));
        spec.addOption(Options.flag("Write the token without asking Notion (offline images); it is saved"
                + " unverified.", "--skip-validation"));
        DatabaseOptions.declare(spec, "Without prompts: confirm this database with Notion, run the first query"
                + " on it, and save it as NOTION_DATABASE_ID (and NOTION_DATA_SOURCE_ID from 2025-09-03).");
        AccessOptions.declare(spec);
        ConnectionOptions.declare(spec);
        OutputOptions.declare(spec);
        Options.standardHelp(spec);
        Options.exitCodesAndExamples(spec, new String[] {
                        "0:ok: the token was verified and written (or was already there)",
                        "1:Notion rejected the token (401/403)",
                        "2:usage or bad input; no token and no terminal to ask for one",
                        "3:Notion unreachable or unavailable after retries",
                        "4:nothing is shared with the integration (only with --require-access)",
                        "5:the env file could not be read or written",
                        "130:interrupted"},
                "  notion-setup                     Interactive wizard; writes ./.env",
                "  notion-setup --no-browser        Over SSH: print the URL instead of opening it",
                "  printenv NOTION_TOKEN | notion-setup --token-stdin --yes",
                "                                   CI: verify the token, then write .env",
                "  notion-setup validate -q         Health check: exit 0 while the token works",
                "  */30 * * * * cd /srv/app && notion-setup validate -q || notify-ops",
                "                                   The same from cron, every 30 minutes",
                "",
                "Environment: NOTION_API_KEY or --var's name, then NOTION_API_TOKEN (the token,",
                "  if no option gives one), CI (any value but 'false': never prompt),",
                "  NOTION_API_URL or NOTION_API_BASE_URL, NOTION_VERSION or NOTION_API_VERSION,",
                "  NO_COLOR, BROWSER, HTTPS_PROXY, ALL_PROXY, NO_PROXY.");
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Invocation invocation = new Invocation(deps, spec);
        Optional<GivenToken> given = invocation.givenToken();
        if (given.isEmpty() && deps.canPrompt()) {
            return interactive(invocation);
        }
        Output out = invocation.stderrOutput();
        if (given.isPresent() && given.get().source() == TokenSource.FLAG && deps.terminal()) {
            out.show(Tone.HINT, "Tip: --token lands in your shell history; --token-stdin avoids that.");
        }
        if (given.isPresent() && given.get().source() == TokenSource.ENVIRONMENT) {
            out.show(Tone.HINT, "Using " + given.get().description() + "; unset it to run the interactive wizard.");
        }
        try (NotionClient client = invocation.client(out)) {
            AccessOptions access = AccessOptions.of(spec);
            DatabaseOptions database = DatabaseOptions.of(spec);
            return new Unattended(out, invocation.jsonReport(), client, invocation.credentialStore())
                    .run(new Unattended.Request(given, Options.isSet(spec, "--yes"),
                            Options.isSet(spec, "--skip-validation"), access.checkAccess(), access.requireAccess(),
                            database.database(), database.dataSource()));
        }
    }

    private int interactive(Invocation invocation) {
        try (Console console = deps.console().get()) {
            Output out = new WriterOutput(console.writer(), invocation.style(console.supportsColor()), console::width,
                    false);
            Prompter prompter = new LinePrompter(console, out);
            boolean noBrowser = Options.isSet(spec, "--no-browser");
            Browser browser = noBrowser ? new NoBrowser() : deps.browsers().apply(deps.env());
            AtomicReference<String> stopNotice = new AtomicReference<>();
            console.onUnexpectedExit(stopNotice::get);
            try (NotionClient client = invocation.client(prompter)) {
                return new Wizard(FlowLoader.load(FlowLoader.NOTION_FLOW), prompter, browser, !noBrowser, client,
                        invocation.credentialStore(), stopNotice::set).run();
            }
        }
    }
}
