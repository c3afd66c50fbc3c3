package dev.notionsetup.status;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.cli.ConnectionOptions;
import dev.notionsetup.cli.Dependencies;
import dev.notionsetup.cli.Invocation;
import dev.notionsetup.cli.Option;
import dev.notionsetup.cli.Options;
import dev.notionsetup.cli.OutputOptions;
import dev.notionsetup.cli.ProfileOption;
import dev.notionsetup.cli.TokenOptions;
import dev.notionsetup.credentials.KeychainException;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.BotIdentity;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.onboarding.Onboarding;
import dev.notionsetup.report.BotText;
import dev.notionsetup.report.JsonReport.Place;
import dev.notionsetup.report.JsonReport;
import dev.notionsetup.setup.CredentialStore;
import dev.notionsetup.setup.GivenToken;
import dev.notionsetup.setup.TokenPlaces;
import dev.notionsetup.setup.TokenSource;
import dev.notionsetup.setup.TokenSources;
import dev.notionsetup.term.Output;
import dev.notionsetup.term.Tone;
import dev.notionsetup.token.Secret;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * `notion-setup status`: every place a token is read from, which one wins, what Notion says it is, and what is
 * saved beside it. Exit 0 when the winning token works (with --offline: when there is one).
 */
public final class StatusCommand implements Callable<Integer> {
    private final Dependencies deps;
    private final CommandSpec spec;

    public StatusCommand(Dependencies deps) {
        this.deps = deps;
        this.spec = Options.command("status", this);
        spec.usageMessage().description("Show where the token is read from and which place wins, the token"
                        + " masked, what Notion says it is (kind, owner, workspace), the saved database, and the env"
                        + " file's mode and git state.",
                "Places, in the order every command reads them: NOTION_API_KEY (or --var's name) and"
                        + " NOTION_API_TOKEN in the environment, the profile's keychain entry, the env file.");
        ProfileOption.declare(spec);
        ProfileOption.declareEnvFile(spec, "read");
        TokenOptions.declareVariable(spec,
                "The token's variable in the environment and the env file (default NOTION_API_KEY).");
        Option.OFFLINE.declare(spec, "Ask Notion nothing: exit 0 when a token is found.");
        ConnectionOptions.declare(spec);
        OutputOptions.declare(spec, "");
        Options.standardHelp(spec);
        Options.exitCodesAndExamples(spec, ExitCode.helpList(Map.of(ExitCode.OK, "ok: the winning token works"
                        + " (--offline: a token was found)", ExitCode.USAGE, "usage; no token anywhere",
                        ExitCode.ENV_FILE, "the env file or the keychain could not be read"),
                        Set.of(ExitCode.NOTHING_SHARED)), true,
                "  notion-setup status                      Where the token comes from, and whether it works",
                "  notion-setup status --profile work --offline",
                "  notion-setup status --json | jq .places");
    }

    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        try (Invocation invocation = new Invocation(deps, spec)) {
            Output out = invocation.stderrOutput();
            CredentialStore store = invocation.credentialStore();
            TokenPlaces places = invocation.places(store);
            JsonReport json = invocation.jsonReport();
            List<Found> found = look(store, places);
            Optional<Found> winner = found.stream().filter(f -> f.token().isPresent()).findFirst();
            out.show(Tone.HEADING, "Profile " + places.profile() + ": places the token is read from, in order");
            List<Place> rows = new ArrayList<>();
            for (Found place : found) {
                boolean used = winner.isPresent() && winner.get() == place;
                Optional<String> masked = place.token().map(t -> t.raw().strip().toString());
                rows.add(new Place(place.source().jsonName(), place.name(), masked, used,
                        place.problem().map(KeychainException::what)));
                out.show(used ? Tone.SUCCESS : Tone.PLAIN, "  " + place.name() + ": " + masked.map(m -> m
                        + (used ? " (used)" : " (not used: an earlier place wins)"))
                        .orElse(place.problem().map(p -> "not available (" + p.what() + ")").orElse("none")));
            }
            json.places(places.profile().name(), rows);
            Optional<String> database = store.existingDatabaseId();
            Optional<String> dataSource = store.existingDataSourceId();
            out.show(Tone.PLAIN, "  Saved database: " + database.map(id -> id + dataSource.map(ds -> " (data source "
                    + ds + ")").orElse("")).orElse("none") + " (" + store.shownName() + ")");
            boolean exists = store.fileExists();
            Optional<String> mode = store.fileMode();
            out.show(Tone.PLAIN, "  Env file " + store.shownName() + ": " + (exists ? "mode " + mode.orElse("unknown")
                    : "does not exist"));
            json.saved(database, dataSource, store.path(), exists, mode);
            List<String> warnings = store.fileWarnings();
            warnings.forEach(w -> out.show(Tone.WARNING, w));
            json.warnings(warnings);
            Optional<KeychainException> refused = found.stream().filter(f -> f.refused()).findFirst()
                    .flatMap(Found::problem);
            if (refused.isPresent() && (winner.isEmpty() || winner.get().source() == TokenSource.ENV_FILE)) {
                // The other commands stop here too: the token may well be in the keychain that refused.
                throw refused.get();
            }
            if (winner.isEmpty()) {
                throw new UserError("No token for profile " + places.profile() + ".", "Run notion-setup (the wizard)"
                        + " to create and save one, or check --profile, --env-file and --var.", ExitCode.USAGE);
            }
            GivenToken token = winner.get().token().orElseThrow();
            invocation.redaction().add(token.raw());
            String masked = token.raw().strip().toString();
            json.token(token.source().jsonName(), token.variableName(), masked);
            if (Option.OFFLINE.isSet(spec)) {
                json.checked(false).ok(true).print();
                return ExitCode.OK.code();
            }
            try (NotionClient client = invocation.client(out)) {
                ApiResult<BotIdentity> result = new Onboarding(client).start(token.raw().strip(),
                        Onboarding.Checks.TOKEN_ONLY).identity();
                json.checked(true).notionVersion(client.version());
                if (result instanceof ApiResult.Failed<BotIdentity> failed) {
                    return json.stop(out, "The token (" + masked + ", from " + winner.get().name() + ") "
                            + failed.failure().detail(), failed.failure());
                }
                BotIdentity bot = result.orElseThrow();
                out.show(Tone.SUCCESS, "The token works (" + masked + ", from " + winner.get().name() + ").");
                out.show(Tone.PLAIN, "  Kind:      " + BotText.kind(bot));
                out.show(Tone.PLAIN, "  " + BotText.summary(bot));
                json.bot(bot).ok(true).print();
                return ExitCode.OK.code();
            }
        }
    }

    /** One place looked in: what it holds, or why it could not be looked in. */
    private record Found(TokenSource source, String name, Optional<GivenToken> token,
                         Optional<KeychainException> problem, boolean refused) {
    }

    private List<Found> look(CredentialStore store, TokenPlaces places) {
        List<Found> found = new ArrayList<>();
        String variable = store.variable();
        for (String name : variable.equals(TokenSources.NTN_KEY) ? List.of(variable)
                : List.of(variable, TokenSources.NTN_KEY)) {
            Optional<String> value = Optional.ofNullable(deps.env().get(name)).filter(v -> !v.isBlank());
            found.add(new Found(TokenSource.ENVIRONMENT, name + " in the environment",
                    value.map(v -> new GivenToken(Secret.of(v), TokenSource.ENVIRONMENT, name)), Optional.empty(), false));
        }
        String entry = places.keychainEntry();
        try {
            TokenPlaces.KeychainLook look = places.lookInKeychain();
            found.add(new Found(TokenSource.KEYCHAIN, entry, look.token(), look.absent(), false));
        } catch (KeychainException refused) {
            found.add(new Found(TokenSource.KEYCHAIN, entry, Optional.empty(), Optional.of(refused), true));
        }
        found.add(new Found(TokenSource.ENV_FILE, variable + " in " + store.shownName(), places.fromEnvFile(),
                Optional.empty(), false));
        return found;
    }
}
