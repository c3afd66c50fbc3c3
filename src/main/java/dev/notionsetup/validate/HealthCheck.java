package dev.notionsetup.validate;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.BotIdentity;
import dev.notionsetup.notion.CredentialKind;
import dev.notionsetup.notion.FailureKind;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.prompt.Output;
import dev.notionsetup.prompt.Tone;
import dev.notionsetup.report.BotText;
import dev.notionsetup.report.JsonReport;
import dev.notionsetup.setup.AccessGate;
import dev.notionsetup.setup.CredentialStore;
import dev.notionsetup.setup.DatabaseCheck;
import dev.notionsetup.setup.GivenToken;
import dev.notionsetup.setup.PreparedToken;
import dev.notionsetup.setup.TokenSource;
import dev.notionsetup.setup.TokenSources;
import dev.notionsetup.token.Secrets;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * `notion-setup validate`: does the stored (or given) token still work? Exit 0 when it does; otherwise the
 * exit code of the failure kind and one line of what is wrong. Never prompts, never writes.
 */
public final class HealthCheck {
    private final Output out;
    private final JsonReport json;
    private final NotionClient client;
    private final CredentialStore store;

    public HealthCheck(Output out, JsonReport json, NotionClient client, CredentialStore store) {
        this.out = out;
        this.json = json;
        this.client = client;
        this.store = store;
    }

    /** {@code given} is the token from --token, --token-stdin or the environment; else the env file is read. */
    public int run(Optional<GivenToken> given, boolean checkAccess, boolean requireAccess) {
        return run(given, checkAccess, requireAccess, Optional.empty(), Optional.empty());
    }

    /**
     * As {@link #run(Optional, boolean, boolean)}; with {@code database} also the guide's first query on it
     * (and {@code dataSource}, which of its data sources), as setup --database runs it.
     */
    public int run(Optional<GivenToken> given, boolean checkAccess, boolean requireAccess, Optional<String> database,
                   Optional<String> dataSource) {
        if (dataSource.isPresent() && database.isEmpty()) {
            throw new UserError("--data-source was given without --database.",
                    "Give the database too: --database URL_OR_ID --data-source ID.", ExitCode.USAGE);
        }
        Optional<String> databaseId = database.map(DatabaseCheck::databaseIdOf);
        String variable = store.variable();
        GivenToken found = given.or(() -> store.existingToken()
                        .map(t -> new GivenToken(t, TokenSource.ENV_FILE, variable)))
                .orElseThrow(() -> new UserError("No token found: no --token, --token-stdin, " + variable
                        + (variable.equals(TokenSources.NTN_KEY) ? "" : " or " + TokenSources.NTN_KEY)
                        + " in the environment, and no " + variable + " in " + store.shownName() + ".",
                        "Run notion-setup to create and save one; or pass --env-file with the right file, or --var"
                                + " with the name the token was saved under.", ExitCode.USAGE));
        PreparedToken token = PreparedToken.from(found, out);
        String from = found.source() != TokenSource.ENV_FILE ? found.description()
                : variable.equals(TokenSources.KEY) ? store.shownName() : variable + " in " + store.shownName();
        ApiResult<BotIdentity> result = client.verify(token.value());
        json.token(found.source().jsonName(), found.variable(), Secrets.mask(token.value()))
                .notionVersion(client.version());
        if (result instanceof ApiResult.Failed<BotIdentity> failed) {
            // Only a rejection says anything about the token; otherwise we simply could not ask.
            String headline = failed.failure().kind() == FailureKind.REJECTED ? "does not work" : "could not be checked";
            return json.stop(out, "The token (" + Secrets.mask(token.value()) + ", from " + from + ") "
                    + headline + ": " + failed.failure().detail(), failed.failure());
        }
        BotIdentity bot = ((ApiResult.Ok<BotIdentity>) result).value();
        out.show(Tone.SUCCESS, "The token works (" + Secrets.mask(token.value()) + ", from " + from + ").");
        out.show(Tone.PLAIN, "  Kind:           " + BotText.kind(bot));
        out.show(Tone.PLAIN, "  " + (bot.kind() == CredentialKind.PERSONAL ? "Token name:     " : "Integration:    ")
                + BotText.name(bot));
        out.show(Tone.PLAIN, "  Workspace:      " + BotText.workspace(bot));
        out.show(Tone.PLAIN, "  Notion version: " + client.version().value());
        if (bot.requestId() != null) {
            out.show(Tone.PLAIN, "  Request id:     " + bot.requestId());
        }
        json.bot(bot);
        if (checkAccess || requireAccess) {
            OptionalInt stop = new AccessGate(out, json, client).check(token.value(), requireAccess, bot.kind());
            if (stop.isPresent()) {
                return stop.getAsInt();
            }
        }
        if (databaseId.isPresent()) {
            DatabaseCheck.Outcome checked = new DatabaseCheck(out, json, client)
                    .run(token.value(), databaseId.get(), dataSource, "");
            if (checked instanceof DatabaseCheck.Outcome.Stopped stopped) {
                return stopped.exitCode();
            }
        }
        json.ok(true).print();
        return ExitCode.OK.code();
    }
}
