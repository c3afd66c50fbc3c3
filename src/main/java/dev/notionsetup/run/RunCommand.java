package dev.notionsetup.run;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.cli.ConnectionOptions;
import dev.notionsetup.cli.Dependencies;
import dev.notionsetup.cli.Invocation;
import dev.notionsetup.cli.Option;
import dev.notionsetup.cli.Options;
import dev.notionsetup.cli.ProfileOption;
import dev.notionsetup.cli.TokenOptions;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.BotIdentity;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.notion.TerminalText;
import dev.notionsetup.report.JsonReport;
import dev.notionsetup.setup.CredentialStore;
import dev.notionsetup.setup.GivenToken;
import dev.notionsetup.setup.PreparedToken;
import dev.notionsetup.term.Output;
import dev.notionsetup.term.Tone;
import dev.notionsetup.token.Secret;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * `notion-setup run -- CMD ARGS…`: starts CMD with the token in its environment, so no file has to hold it
 * for CMD. Says nothing when all goes well; CMD's exit status is the run's.
 */
public final class RunCommand implements Callable<Integer> {
    /** What shells exit with when a command cannot be found, or found but not run. */
    static final int NOT_FOUND = 127;
    static final int NOT_EXECUTABLE = 126;

    private final Dependencies deps;
    private final CommandSpec spec;
    private final PositionalParamSpec command;

    public RunCommand(Dependencies deps) {
        this.deps = deps;
        this.spec = Options.command("run", this);
        spec.usageMessage().description("Start a command with the token in its environment: NOTION_API_KEY (or"
                        + " --var's name), and NOTION_DATABASE_ID / NOTION_DATA_SOURCE_ID where saved.",
                "The token comes from NOTION_API_KEY (or --var's name) or NOTION_API_TOKEN in the environment, the"
                        + " profile's keychain entry, or the env file, in that order. The command gets this"
                        + " terminal's input and output and its exit status is returned; notion-setup prints"
                        + " nothing unless something is wrong, and asks Notion nothing unless --check.")
                .customSynopsis("notion-setup run [OPTIONS] -- COMMAND [ARG...]");
        // Everything from the command on is the command's, options included: `run npm test --watch`.
        spec.parser().stopAtPositional(true);
        ProfileOption.declare(spec);
        ProfileOption.declareEnvFile(spec, "read");
        TokenOptions.declareVariable(spec,
                "The variable the command gets the token in, and the one read from the environment and the env"
                        + " file (default NOTION_API_KEY).");
        Option.CHECK.declare(spec, "Ask Notion whether the token works before starting the command; if it does"
                + " not, do not start it.");
        ConnectionOptions.declare(spec);
        Option.VERBOSE.declare(spec, "Say why the keychain was not read, and each request of --check.");
        Options.standardHelp(spec);
        command = PositionalParamSpec.builder().paramLabel("COMMAND").arity("0..*").type(String[].class).description("The command and its arguments.").build();
        spec.addPositional(command);
        Options.exitCodesAndExamples(spec, ExitCode.helpList(Map.of(ExitCode.USAGE,
                        "no command, or no token anywhere"), Set.of(ExitCode.OK, ExitCode.NOTHING_SHARED)), true,
                "  notion-setup run -- npm start                 NOTION_API_KEY for the app, no .env read by it",
                "  notion-setup run --profile work -- python sync.py",
                "  notion-setup run --check -- ./nightly.sh      Do not start it with a token that fails",
                "",
                "  Exit status: the command's (128+n when signal n ended it); 127 when it cannot be found, 126 when"
                        + " it cannot be run.");
    }

    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        String[] given = command.getValue();
        List<String> argv = given == null ? List.of() : List.of(given);
        if (argv.isEmpty()) {
            throw new UserError("No command to run was given.", "Put it after --, e.g. notion-setup run -- npm start",
                    ExitCode.USAGE);
        }
        try (Invocation invocation = new Invocation(deps, spec)) {
            Output out = invocation.stderrOutput();
            CredentialStore store = invocation.credentialStore();
            GivenToken found = invocation.token(store, out).orElseThrow(() -> new UserError("No token for profile "
                    + invocation.profile() + ": none in the environment, in the keychain, or in " + store.shownName()
                    + ".", "Run notion-setup (the wizard) to create and save one, or pass --profile or --env-file"
                    + " naming where it is saved.", ExitCode.USAGE));
            // Cleaned as every command cleans it; what cleaning says is for setup and validate, not here.
            Secret token = PreparedToken.from(found, (tone, text) -> { }).value();
            if (Option.CHECK.isSet(spec)) {
                try (NotionClient client = invocation.client(out)) {
                    ApiResult<BotIdentity> verified = client.verify(token);
                    if (verified instanceof ApiResult.Failed<BotIdentity> failed) {
                        return JsonReport.none().stop(out, "The token (from " + found.description() + ") "
                                + failed.failure().detail() + " The command was not started.", failed.failure());
                    }
                }
            }
            Map<String, String> environment = new HashMap<>(deps.env());
            // The one place the token goes into the child's environment.
            environment.put(store.variable(), token.reveal());
            // Exported values win, as for the token: the saved ones only fill in.
            store.existingDatabaseId().ifPresent(id -> environment.putIfAbsent(CredentialStore.DATABASE_KEY, id));
            store.existingDataSourceId().ifPresent(id -> environment.putIfAbsent(CredentialStore.DATA_SOURCE_KEY, id));
            try {
                return deps.children().run(argv, environment, deps.workingDir());
            } catch (ChildLauncher.NotStarted e) {
                String name = TerminalText.sanitize(argv.get(0), 120);
                out.show(Tone.ERROR, e.notExecutable() ? name + " cannot be run (permission denied)."
                        : name + ": command not found.");
                out.show(Tone.HINT, e.notExecutable() ? "Make it executable (chmod +x " + name + "), or run it"
                        + " through its interpreter (notion-setup run -- sh " + name + ")."
                        : "Check its name and your PATH, or give its full path (notion-setup run -- ./" + name + ").");
                return e.notExecutable() ? NOT_EXECUTABLE : NOT_FOUND;
            }
        }
    }
}
