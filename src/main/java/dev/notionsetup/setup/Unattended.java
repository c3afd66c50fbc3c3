package dev.notionsetup.setup;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.envfile.WriteResult;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.BotIdentity;
import dev.notionsetup.notion.DataSourceRef;
import dev.notionsetup.notion.DatabaseId;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.onboarding.Answers;
import dev.notionsetup.onboarding.CheckReport;
import dev.notionsetup.onboarding.Onboarding;
import dev.notionsetup.report.BotText;
import dev.notionsetup.report.JsonReport;
import dev.notionsetup.term.Output;
import dev.notionsetup.term.Tone;
import dev.notionsetup.token.Secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Setup with no human: the token comes from --token, --token-stdin or the environment (TokenSources); it is
 * verified and written, or the run fails with a documented exit code. Never prompts, never waits for input.
 */
public record Unattended(Output out, JsonReport json, NotionClient client, CredentialStore store) {

    /**
     * What the invocation asked for.
     *
     * @param database   a database URL or id to confirm, query once and save as NOTION_DATABASE_ID, when given
     * @param dataSource which of the database's data sources to query and save as NOTION_DATA_SOURCE_ID
     * @param keychain   where the token is kept instead of the env file (which then gets only the database ids)
     */
    public record Request(Optional<GivenToken> token, boolean replaceExisting, boolean skipValidation,
                          boolean checkAccess, boolean requireAccess, Optional<String> database,
                          Optional<String> dataSource, Optional<KeychainStore> keychain) {

        public Request(Optional<GivenToken> token, boolean replaceExisting, boolean skipValidation,
                       boolean checkAccess, boolean requireAccess, Optional<String> database) {
            this(token, replaceExisting, skipValidation, checkAccess, requireAccess, database, Optional.empty(),
                    Optional.empty());
        }
    }

    public int run(Request request) {
        GivenToken given = request.token().orElseThrow(() -> new UserError(
                "No token given, and there is no terminal to ask for one.",
                "Pipe it in (printenv NOTION_TOKEN | notion-setup --token-stdin --yes), or use --token or"
                        + " NOTION_API_KEY.", ExitCode.USAGE));
        if (request.dataSource().isPresent() && request.database().isEmpty()) {
            throw new UserError("--data-source was given without --database.",
                    "Give the database too: --database URL_OR_ID --data-source ID.", ExitCode.USAGE);
        }
        Optional<KeychainStore> keychain = request.keychain();
        if (keychain.isEmpty() || request.database().isPresent()) {
            store.preflight(); // before any request: a refused file must not cost a round trip to Notion first
        }
        PreparedToken token = PreparedToken.from(given, out);
        Optional<String> databaseId = request.database().map(CheckReport::databaseIdOf);
        Optional<String> dataSourceId = request.skipValidation()
                ? request.dataSource().flatMap(DatabaseId::normalize) : Optional.empty();
        // Read before any request too: a keychain that cannot be reached fails here, not after Notion said yes.
        Optional<Secret> existing = keychain.isPresent()
                ? keychain.get().keychain().read(keychain.get().profile())
                : store.existingToken();
        boolean unchanged = (keychain.isPresent() ? existing : store.existingValue().map(Secret::of))
                .filter(token.value()::equals).isPresent();
        if (keychain.isEmpty() && !unchanged && store.wouldReplaceOtherValue()) {
            throw new UserError(store.shownName() + " already has " + store.variable() + ", and its value does not"
                    + " look like a Notion token.", "Pass --force to replace it with the token, or choose another"
                    + " --var for the token; nothing was written.", ExitCode.USAGE);
        }
        if (existing.isPresent() && !unchanged && !request.replaceExisting()) {
            throw new UserError(keychain.map(k -> capitalized(k.entry()) + " already holds a different token (")
                    .orElse(store.shownName() + " already has a different " + store.variable() + " (")
                    + existing.get() + ").", keychain.isPresent()
                    ? "Pass --yes to replace it, or --profile to keep this token under another name."
                    : "Pass --yes to replace it, or --env-file to write somewhere else.", ExitCode.USAGE);
        }
        List<String> warnings = new ArrayList<>(token.warnings()); // already shown when they were found
        BotIdentity bot = null;
        if (request.skipValidation()) {
            warn(warnings, "Not checking the token with Notion (--skip-validation): it is saved unverified.");
        } else {
            boolean access = request.checkAccess() || request.requireAccess();
            Answers answers = new Onboarding(client).start(token.value(),
                    new Onboarding.Checks(access, databaseId, request.dataSource()));
            ApiResult<BotIdentity> verified = answers.identity();
            if (verified instanceof ApiResult.Failed<BotIdentity> failed) {
                return json.stop(out, failed.failure().detail() + " Nothing was written.", failed.failure());
            }
            bot = verified.orElseThrow();
            CheckReport report = new CheckReport(out, json, client.version(), CheckReport.Origin.OPTIONS);
            if (access) {
                OptionalInt stop = report.access(answers.access(), request.requireAccess(), bot.kind());
                if (stop.isPresent()) {
                    out.show(Tone.HINT, "Nothing was written.");
                    return stop.getAsInt();
                }
            }
            if (databaseId.isPresent()) {
                CheckReport.Outcome checked = report.database(answers, request.dataSource(), " Nothing was written.");
                if (checked instanceof CheckReport.Outcome.Stopped stopped) {
                    return stopped.exitCode();
                }
                dataSourceId = ((CheckReport.Outcome.Done) checked).dataSource().map(DataSourceRef::id);
            }
        }
        WriteResult written;
        if (keychain.isPresent()) {
            // When the keychain fails, the token is still where it was given (the flag, the pipe, the environment).
            written = keychain.get().save(store, token.value(), unchanged, databaseId, dataSourceId).orElse(null);
            keychain.get().leftInFile(store).ifPresent(w -> warn(warnings, w));
        } else {
            boolean databaseUnchanged = (databaseId.isEmpty() || databaseId.equals(store.existingDatabaseId()))
                    && (dataSourceId.isEmpty() || dataSourceId.equals(store.existingDataSourceId()));
            written = unchanged && databaseUnchanged ? null : store.save(token.value(), databaseId, dataSourceId);
        }
        if (written != null) {
            written.warnings().forEach(w -> warn(warnings, w));
        }
        store.environmentConflict(token.value()).ifPresent(w -> warn(warnings, w));
        store.gitignoreNeedingEntry().ifPresent(g -> warn(warnings, store.notIgnoredWarning(g)));
        summarize(token, bot, written, warnings, databaseId, dataSourceId, keychain, unchanged);
        return ExitCode.OK.code();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void warn(List<String> warnings, String warning) {
        warnings.add(warning);
        out.show(Tone.WARNING, warning);
    }

    private void summarize(PreparedToken token, BotIdentity bot, WriteResult written, List<String> warnings,
                           Optional<String> databaseId, Optional<String> dataSourceId,
                           Optional<KeychainStore> keychain, boolean tokenUnchanged) {
        String masked = token.value().toString();
        String alongside = (databaseId.isPresent() ? " and " + CredentialStore.DATABASE_KEY : "")
                + (dataSourceId.isPresent() ? " and " + CredentialStore.DATA_SOURCE_KEY : "");
        if (keychain.isPresent()) {
            out.show(Tone.SUCCESS, (tokenUnchanged ? "The token in " + keychain.get().entry() + " is unchanged ("
                    + masked + ")." : "Saved the token (" + masked + ", from " + token.description() + ") to "
                    + keychain.get().entry() + ".") + (written == null ? "" : " Saved" + alongside.substring(4)
                    + " to " + written.writtenTo() + "."));
        } else if (written == null) {
            out.show(Tone.SUCCESS, store.variable() + alongside + " in " + store.shownName() + " "
                    + (alongside.isEmpty() ? "is" : "are") + " unchanged (" + masked + ").");
        } else {
            out.show(Tone.SUCCESS, "Saved " + store.variable() + " (" + masked + ", from " + token.description()
                    + ")" + alongside + " to " + written.writtenTo() + ".");
        }
        if (bot != null) {
            out.show(Tone.PLAIN, BotText.summary(bot));
        }
        if (keychain.isPresent()) {
            if (written != null) {
                json.envFile(written.writtenTo(), true, written.created()); // the database ids'
            }
            json.ok(true).keychain(keychain.get().profile().name(), keychain.get().entry(), !tokenUnchanged);
        } else {
            json.ok(true).envFile(written == null ? store.path() : written.writtenTo(), written != null,
                    written != null && written.created());
        }
        json.token(token.source().jsonName(), store.variable(), masked).verified(bot != null)
                .notionVersion(client.version());
        if (bot != null) {
            json.bot(bot);
        }
        json.warnings(warnings).print();
    }
}
