package dev.notionsetup.setup;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.browser.Browser;
import dev.notionsetup.browser.NoBrowser;
import dev.notionsetup.cli.AccessOptions;
import dev.notionsetup.cli.ConnectionOptions;
import dev.notionsetup.cli.DatabaseOptions;
import dev.notionsetup.cli.Dependencies;
import dev.notionsetup.cli.Invocation;
import dev.notionsetup.cli.Option;
import dev.notionsetup.cli.Options;
import dev.notionsetup.cli.OutputOptions;
import dev.notionsetup.cli.ProfileOption;
import dev.notionsetup.cli.StoreOption;
import dev.notionsetup.cli.TokenOptions;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.term.Console;
import dev.notionsetup.term.LinePrompter;
import dev.notionsetup.term.Output;
import dev.notionsetup.term.ProgressLine;
import dev.notionsetup.term.Prompter;
import dev.notionsetup.term.Tone;
import dev.notionsetup.term.UserInterrupt;
import dev.notionsetup.term.WriterOutput;
import dev.notionsetup.wizard.Wizard;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/** The default command: the wizard on a terminal, unattended setup when a token is given or nobody can answer. */
public final class SetupCommand implements Callable<Integer> {
    /** How --help marks the options that only runs without prompts take. */
    private static final String NO_PROMPTS = "No prompts: ";
    /** Those options, which the wizard refuses: it asks instead, or has no use for them. */
    public static final List<Option> WITHOUT_PROMPTS_ONLY = List.of(Option.YES, Option.FORCE,
            Option.SKIP_VALIDATION, Option.DATABASE, Option.DATA_SOURCE, Option.CHECK_ACCESS, Option.REQUIRE_ACCESS,
            Option.JSON, Option.QUIET);

    private final Dependencies deps;
    private final CommandSpec spec;

    public SetupCommand(Dependencies deps) {
        this.deps = deps;
        this.spec = Options.command("notion-setup", this);
        spec.usageMessage().description("Walks you from a Notion account to a verified NOTION_API_KEY in .env.",
                "Without a token and on a terminal it runs the interactive ten-step wizard; given a token"
                        + " (--token, --token-stdin) or without a terminal it verifies and writes with no prompt."
                        + " A token exported as NOTION_API_KEY is used at once without a terminal, with CI set"
                        + " or --yes; at a terminal you are asked first.",
                "Options marked 'No prompts:' apply only to that second kind of run; the wizard refuses them"
                        + " (exit 2) rather than ignore them.");
        ProfileOption.declareEnvFile(spec, "write");
        ProfileOption.declare(spec);
        StoreOption.declare(spec);
        TokenOptions.declare(spec, "The variable the token is written under and read from (default NOTION_API_KEY),"
                + " e.g. NOTION_TOKEN; not a system, shell, proxy or loader variable, nor one of notion-setup's own.");
        Option.YES.declare(spec, NO_PROMPTS + "replace an existing, different NOTION_API_KEY without asking.");
        Option.FORCE.declare(spec, NO_PROMPTS + "like --yes, and also replace a value under --var's name that is"
                + " not a Notion token (the wizard asks instead).");
        Option.NO_BROWSER.declare(spec, "Never launch a browser; just print the URL (BROWSER picks the command"
                + " otherwise).");
        Option.SKIP_VALIDATION.declare(spec, NO_PROMPTS + "write the token without asking Notion (offline images);"
                + " it is saved unverified.");
        DatabaseOptions.declare(spec, NO_PROMPTS, NO_PROMPTS + "confirm this database with Notion, run the first query on it,"
                + " and save it as NOTION_DATABASE_ID (and NOTION_DATA_SOURCE_ID from 2025-09-03).");
        AccessOptions.declare(spec, NO_PROMPTS);
        ConnectionOptions.declare(spec);
        OutputOptions.declare(spec, NO_PROMPTS);
        Options.standardHelp(spec);
        Options.exitCodesAndExamples(spec, ExitCode.helpList(Map.of(), Set.of()), false,
                "  notion-setup                     Interactive wizard; writes ./.env",
                "  notion-setup --no-browser        Over SSH: print the URL instead of opening it",
                "  printenv NOTION_TOKEN | notion-setup --token-stdin --yes",
                "                                   CI: verify the token, then write .env",
                "  notion-setup validate -q         Health check: exit 0 while the token works",
                "  */30 * * * * cd /srv/app && notion-setup validate -q || notify-ops",
                "                                   The same from cron, every 30 minutes");
    }

    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        try (Invocation invocation = new Invocation(deps, spec)) {
            return run(invocation);
        }
    }

    private int run(Invocation invocation) {
        Optional<GivenToken> given = invocation.givenToken();
        if (given.isEmpty()) {
            Optional<String> whyNot = deps.whyNoPrompt();
            if (whyNot.isEmpty()) {
                refuseOptionsTheWizardIgnores();
                return interactive(invocation, Optional.empty());
            }
            throw new UserError("No token given, and " + whyNot.get() + ", so nothing can be asked.",
                    deps.terminal() ? "Run `env -u CI notion-setup` for the wizard, or give the token"
                            + " (--token-stdin, --token or NOTION_API_KEY)."
                            : "Pipe it in (printenv NOTION_TOKEN | notion-setup --token-stdin --yes), or use"
                            + " --token or NOTION_API_KEY.", ExitCode.USAGE);
        }
        // An exported token is easily forgotten: at a terminal, ask before using it (options for runs without
        // prompts say the run is meant to be one).
        if (given.get().source() == TokenSource.ENVIRONMENT && deps.canPrompt() && optionsWithoutPrompts().isEmpty()) {
            return interactive(invocation, given);
        }
        Output out = invocation.stderrOutput();
        if (given.get().source() == TokenSource.FLAG && deps.terminal()) {
            out.show(Tone.HINT, "Tip: --token lands in your shell history; --token-stdin avoids that.");
        }
        if (given.get().source() == TokenSource.ENVIRONMENT) {
            out.show(Tone.HINT, "Using " + given.get().description() + "; unset it to run the interactive wizard.");
        }
        CredentialStore store = invocation.credentialStore();
        boolean force = Option.FORCE.isSet(spec);
        return unattended(invocation, out, given, force ? store.mayReplaceOtherValue() : store,
                force || Option.YES.isSet(spec));
    }

    private int unattended(Invocation invocation, Output out, Optional<GivenToken> given, CredentialStore store,
                           boolean replaceExisting) {
        // A signal during the write: the unfinished temporary file is removed, and the user is told.
        Thread onSignal = new Thread(() -> StopNotice.forUnattended(deps.writes().stop())
                .ifPresent(deps.stderr()::println), "notion-setup: stop notice");
        Runtime.getRuntime().addShutdownHook(onSignal);
        try (NotionClient client = invocation.client(out)) {
            AccessOptions access = AccessOptions.of(spec);
            DatabaseOptions database = DatabaseOptions.of(spec);
            return new Unattended(out, invocation.jsonReport(), client, store)
                    .run(new Unattended.Request(given, replaceExisting,
                            Option.SKIP_VALIDATION.isSet(spec), access.checkAccess(), access.requireAccess(),
                            database.database(), database.dataSource(),
                            StoreOption.of(spec) == StoreOption.KEYCHAIN
                                    ? Optional.of(new KeychainStore(invocation.keychain(), invocation.profile()))
                                    : Optional.empty()));
        } finally {
            removeHook(onSignal);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or has run.
        }
    }

    /** The wizard asks where these would decide; silently ignoring one would make --help a lie. */
    private void refuseOptionsTheWizardIgnores() {
        List<String> given = optionsWithoutPrompts();
        if (!given.isEmpty()) {
            throw new UserError(String.join(", ", given) + (given.size() == 1 ? " is" : " are")
                    + " only for runs without prompts, and this one would start the wizard.",
                    "Leave " + (given.size() == 1 ? "it" : "them") + " out for the wizard, or give the token"
                            + " (printenv NOTION_TOKEN | notion-setup --token-stdin ...) to run without prompts.",
                    ExitCode.USAGE);
        }
    }

    private List<String> optionsWithoutPrompts() {
        return WITHOUT_PROMPTS_ONLY.stream()
                .filter(option -> option.isGiven(spec.commandLine().getParseResult()))
                .map(Option::longName)
                .toList();
    }

    /**
     * The wizard; or, with {@code exported} (a token exported in the environment), first the question
     * whether to use that token, which hands it to the run without prompts once the terminal is closed.
     */
    private int interactive(Invocation invocation, Optional<GivenToken> exported) {
        CredentialStore store = invocation.credentialStore();
        // Read now: a misspelt --store is a usage error before the terminal opens.
        Optional<StoreOption> place = Option.STORE.isGiven(spec.commandLine().getParseResult())
                ? Optional.of(StoreOption.of(spec)) : Optional.empty();
        // Before the first question (a file we would refuse must not cost the whole walk), and before the
        // terminal opens.
        store.preflight();
        CredentialStore handOff;
        try (Console console = deps.console().get()) {
            Output out = new WriterOutput(console.writer(), invocation.style(console.supportsColor()), console::width,
                    false, invocation.redaction());
            Prompter prompter = new LinePrompter(console, out,
                    new ProgressLine(console.writer(), console.redraws(), deps.clock()));
            boolean noBrowser = Option.NO_BROWSER.isSet(spec);
            Browser browser = noBrowser ? new NoBrowser() : deps.browsers().apply(deps.env());
            // Said from the moment the terminal may be stopped on, before the wizard first sets it.
            AtomicReference<String> stopNotice = new AtomicReference<>(StopNotice.stopped(Optional.empty()));
            console.onUnexpectedExit(() -> StopNotice.forWizard(deps.writes().stop(),
                    stopNotice.get()));
            StartQuestions questions = new StartQuestions(prompter, store);
            Optional<StartQuestions.Start> start;
            try {
                start = exported.isPresent() ? questions.useExported(exported.get())
                        : Optional.of(StartQuestions.Start.WIZARD);
                start = start.flatMap(questions::replaceOtherValue);
            } catch (UserInterrupt interrupt) {
                prompter.show(Tone.ERROR, StopNotice.atPrompt(interrupt, Optional.empty()));
                return ExitCode.INTERRUPTED.code();
            }
            if (start.isEmpty()) {
                prompter.show(Tone.WARNING, "You chose to quit. Nothing was written.");
                return ExitCode.INTERRUPTED.code();
            }
            if (start.get() == StartQuestions.Start.WIZARD) {
                try (NotionClient client = invocation.client(prompter)) {
                    return new Wizard(prompter, browser, !noBrowser, client, questions.store(),
                            new KeychainStore(invocation.keychain(), invocation.profile()), place, stopNotice::set).run();
                }
            }
            handOff = questions.store();
        }
        // The person chose the exported token: the run without prompts, its replacement of a different token
        // agreed to by that choice, on the terminal's streams once JLine has given them back.
        return unattended(invocation, invocation.stderrOutput(), exported, handOff, true);
    }
}
