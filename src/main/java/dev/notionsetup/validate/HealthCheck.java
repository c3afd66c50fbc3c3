package dev.notionsetup.validate;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.BotIdentity;
import dev.notionsetup.notion.CredentialKind;
import dev.notionsetup.notion.DatabaseId;
import dev.notionsetup.notion.FailureKind;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.onboarding.Answers;
import dev.notionsetup.onboarding.CheckReport;
import dev.notionsetup.onboarding.Onboarding;
import dev.notionsetup.report.BotText;
import dev.notionsetup.report.JsonReport;
import dev.notionsetup.setup.CredentialStore;
import dev.notionsetup.setup.GivenToken;
import dev.notionsetup.setup.PreparedToken;
import dev.notionsetup.setup.TokenSource;
import dev.notionsetup.setup.TokenSources;
import dev.notionsetup.term.Output;
import dev.notionsetup.term.Tone;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * `notion-setup validate`: does the stored (or given) token still work, and the database setup saved beside
 * it? Exit 0 when they do; otherwise the exit code of the failure kind and one line of what is wrong. Never
 * prompts, never writes; warns about the env file as setup does.
 */
public record HealthCheck(Output out, JsonReport json, NotionClient client, CredentialStore store) {
    /**
     * What to check. {@code token} is the one found by the reading order (cli.Invocation#token), if any;
     * {@code database} (and {@code dataSource}, which of its data sources) gets the guide's first query, as
     * setup --database runs it, else the database the env file holds (NOTION_DATABASE_ID, and
     * NOTION_DATA_SOURCE_ID). The saved data source is also taken for {@code database} when that is the saved
     * database.
     */
    public record Request(Optional<GivenToken> token, boolean checkAccess, boolean requireAccess,
                          Optional<String> database, Optional<String> dataSource) {
    }

    /** The database to query, its data source, whether both came from the env file, and how messages name them. */
    private record Target(String databaseId, Optional<String> dataSource, boolean saved, CheckReport.Origin origin) {
    }

    public int run(Request request) {
        Optional<Target> target = target(request.database(), request.dataSource());
        String variable = store.variable();
        GivenToken found = request.token().orElseThrow(() -> new UserError("No token found: no --token,"
                + " --token-stdin, " + variable + (variable.equals(TokenSources.NTN_KEY) ? "" : " or "
                + TokenSources.NTN_KEY) + " in the environment, no keychain entry, and no " + variable + " in "
                + store.shownName() + ".", "Run notion-setup to create and save one; or pass --profile, --env-file"
                + " or --var with the profile, file or name the token was saved under.", ExitCode.USAGE));
        PreparedToken token = PreparedToken.from(found, out);
        String from = found.source() != TokenSource.ENV_FILE ? found.description()
                : variable.equals(TokenSources.KEY) ? store.shownName() : variable + " in " + store.shownName();
        boolean access = request.checkAccess() || request.requireAccess();
        Answers answers = new Onboarding(client).start(token.value(), new Onboarding.Checks(access,
                target.map(Target::databaseId), target.flatMap(Target::dataSource)));
        ApiResult<BotIdentity> result = answers.identity();
        String masked = token.value().toString();
        json.token(found.source().jsonName(), found.variableName(), masked).notionVersion(client.version());
        if (result instanceof ApiResult.Failed<BotIdentity> failed) {
            // Only a rejection says anything about the token; otherwise we simply could not ask.
            String headline = failed.failure().kind() == FailureKind.REJECTED ? "does not work" : "could not be checked";
            return json.stop(out, "The token (" + masked + ", from " + from + ") " + headline + ": "
                    + failed.failure().detail(), failed.failure());
        }
        BotIdentity bot = result.orElseThrow();
        out.show(Tone.SUCCESS, "The token works (" + masked + ", from " + from + ").");
        out.show(Tone.PLAIN, "  Kind:           " + BotText.kind(bot));
        out.show(Tone.PLAIN, "  " + (bot.kind() == CredentialKind.PERSONAL ? "Token name:     " : "Integration:    ")
                + BotText.name(bot));
        out.show(Tone.PLAIN, "  Workspace:      " + BotText.workspace(bot));
        out.show(Tone.PLAIN, "  Notion version: " + client.version().value());
        if (bot.requestId() != null) {
            out.show(Tone.PLAIN, "  Request id:     " + bot.requestId());
        }
        json.bot(bot);
        CheckReport report = new CheckReport(out, json, client.version(),
                target.map(Target::origin).orElse(CheckReport.Origin.OPTIONS));
        if (access) {
            OptionalInt stop = report.access(answers.access(), request.requireAccess(), bot.kind());
            if (stop.isPresent()) {
                return stop.getAsInt();
            }
        }
        if (target.isPresent()) {
            if (target.get().saved()) {
                out.show(Tone.PLAIN, "Checking the database saved in " + store.shownName() + " ("
                        + CredentialStore.DATABASE_KEY + (target.get().dataSource().isPresent()
                        ? " and " + CredentialStore.DATA_SOURCE_KEY : "") + "; --database checks another).");
            }
            CheckReport.Outcome checked = report.database(answers, target.get().dataSource(), "");
            if (checked instanceof CheckReport.Outcome.Stopped stopped) {
                return stopped.exitCode();
            }
        }
        // Setup's warnings about the file that keeps the token, whatever this run read it from.
        List<String> warnings = store.fileWarnings();
        warnings.forEach(w -> out.show(Tone.WARNING, w));
        json.ok(true).warnings(warnings).print();
        return ExitCode.OK.code();
    }

    private Optional<Target> target(Optional<String> database, Optional<String> dataSource) {
        Optional<String> saved = store.existingDatabaseId();
        if (dataSource.isPresent() && database.isEmpty() && saved.isEmpty()) {
            throw new UserError("--data-source was given without --database.",
                    "Give the database too: --database URL_OR_ID --data-source ID.", ExitCode.USAGE);
        }
        if (database.isEmpty() && saved.isEmpty()) {
            return Optional.empty();
        }
        String id = database.isPresent() ? CheckReport.databaseIdOf(database.get())
                : DatabaseId.parse(saved.get()).orElseThrow(() -> new UserError(CredentialStore.DATABASE_KEY + " in "
                        + store.shownName() + " is not a Notion database id.", "Run notion-setup to choose the"
                        + " database again, or correct that line; --database URL_OR_ID checks another.",
                        ExitCode.USAGE));
        // The saved data source belongs to the saved database only.
        boolean theSavedDatabase = saved.flatMap(DatabaseId::parse).filter(id::equals).isPresent();
        Optional<String> source = dataSource.or(() -> theSavedDatabase ? store.existingDataSourceId() : Optional.empty());
        return Optional.of(new Target(id, source, database.isEmpty(), new CheckReport.Origin(
                database.isPresent() ? "--database" : CredentialStore.DATABASE_KEY,
                dataSource.isPresent() ? "--data-source" : CredentialStore.DATA_SOURCE_KEY)));
    }
}
