package dev.notionsetup.setup;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.envfile.WriteResult;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.BotIdentity;
import dev.notionsetup.notion.DatabaseId;
import dev.notionsetup.notion.DatabaseInfo;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.prompt.Output;
import dev.notionsetup.prompt.Tone;
import dev.notionsetup.report.BotText;
import dev.notionsetup.report.FailureReport;
import dev.notionsetup.report.FailureText;
import dev.notionsetup.report.JsonReport;
import dev.notionsetup.token.Secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Setup with no human: the token comes from --token, --token-stdin or NOTION_API_KEY; it is verified and
 * written, or the run fails with a documented exit code. Never prompts, never waits for input.
 */
public final class Unattended {

    /** What the invocation asked for. */
    /**
     * @param database a database URL or id to confirm and save as NOTION_DATABASE_ID, when given
     */
    public record Request(Optional<GivenToken> token, boolean replaceExisting, boolean skipValidation,
                          boolean checkAccess, boolean requireAccess, Optional<String> database) {
    }

    private final Output out;
    private final JsonReport json;
    private final NotionClient client;
    private final CredentialStore store;

    /** {@code json} is null unless --json was given. */
    public Unattended(Output out, JsonReport json, NotionClient client, CredentialStore store) {
        this.out = out;
        this.json = json;
        this.client = client;
        this.store = store;
    }

    public int run(Request request) {
        GivenToken given = request.token().orElseThrow(() -> new UserError(
                "No token given, and there is no terminal to ask for one.",
                "Pipe it in (printenv NOTION_TOKEN | notion-setup --token-stdin --yes), or use --token or"
                        + " NOTION_API_KEY.", ExitCode.USAGE));
        PreparedToken token = PreparedToken.from(given, out);
        Optional<String> databaseId = request.database().map(Unattended::databaseIdOf);
        Optional<String> existing = store.existingToken();
        boolean unchanged = existing.isPresent() && existing.get().equals(token.value());
        if (existing.isPresent() && !unchanged && !request.replaceExisting()) {
            throw new UserError(store.shownName() + " already has a different NOTION_API_KEY ("
                    + Secrets.mask(existing.get()) + ").",
                    "Pass --yes to replace it, or --env-file to write somewhere else.", ExitCode.USAGE);
        }
        List<String> warnings = new ArrayList<>(token.warnings()); // already shown when they were found
        BotIdentity bot = null;
        if (request.skipValidation()) {
            warn(warnings, "Not checking the token with Notion (--skip-validation): it is saved unverified.");
        } else {
            ApiResult<BotIdentity> verified = client.verify(token.value());
            if (verified instanceof ApiResult.Failed<BotIdentity> failed) {
                return FailureReport.stop(out, json, FailureText.reason(failed.failure()) + " Nothing was written.",
                        failed.failure());
            }
            bot = ((ApiResult.Ok<BotIdentity>) verified).value();
            if (request.checkAccess() || request.requireAccess()) {
                OptionalInt stop = new AccessGate(out, json, client).check(token.value(), request.requireAccess());
                if (stop.isPresent()) {
                    out.show(Tone.HINT, "Nothing was written.");
                    return stop.getAsInt();
                }
            }
            if (databaseId.isPresent()) {
                ApiResult<DatabaseInfo> database = client.database(token.value(), databaseId.get());
                if (database instanceof ApiResult.Failed<DatabaseInfo> failed) {
                    return FailureReport.stop(out, json, "--database: " + FailureText.reason(failed.failure())
                            + " Nothing was written.", failed.failure());
                }
                DatabaseInfo info = ((ApiResult.Ok<DatabaseInfo>) database).value();
                out.show(Tone.SUCCESS, "Found the database \"" + info.title() + "\".");
                if (json != null) {
                    json.root().putObject("database").put("id", info.id()).put("title", info.title());
                }
            }
        }
        boolean databaseUnchanged = databaseId.isEmpty() || databaseId.equals(store.existingDatabaseId());
        WriteResult written = unchanged && databaseUnchanged ? null : store.save(token.value(), databaseId);
        if (written != null) {
            written.warnings().forEach(w -> warn(warnings, w));
        }
        store.environmentConflict(token.value()).ifPresent(w -> warn(warnings, w));
        store.gitignoreNeedingEntry().ifPresent(g -> warn(warnings, store.shownName()
                + " is inside a git work tree and not ignored; add it to " + g + "."));
        summarize(token, bot, written, warnings);
        return ExitCode.OK;
    }

    private static String databaseIdOf(String urlOrId) {
        return DatabaseId.parse(urlOrId).orElseThrow(() -> new UserError(
                "--database is not a Notion database URL or id.",
                "Give the database's link (Share \u2192 Copy link) or its 32-character id.", ExitCode.USAGE));
    }

    private void warn(List<String> warnings, String warning) {
        warnings.add(warning);
        out.show(Tone.WARNING, warning);
    }

    private void summarize(PreparedToken token, BotIdentity bot, WriteResult written, List<String> warnings) {
        String masked = Secrets.mask(token.value());
        if (written == null) {
            out.show(Tone.SUCCESS, "NOTION_API_KEY in " + store.shownName() + " is unchanged (" + masked + ").");
        } else {
            out.show(Tone.SUCCESS, "Saved NOTION_API_KEY (" + masked + ", from " + token.source().description()
                    + ") to " + written.writtenTo() + ".");
        }
        if (bot != null) {
            out.show(Tone.PLAIN, BotText.summary(bot));
        }
        if (json == null) {
            return;
        }
        json.ok(true);
        json.root().put("envFile", (written == null ? store.path() : written.writtenTo()).toString());
        json.root().put("written", written != null);
        json.root().put("created", written != null && written.created());
        json.root().put("source", token.source().jsonName());
        json.root().put("token", masked);
        json.root().put("verified", bot != null);
        json.root().put("notionVersion", client.version().value());
        if (bot != null) {
            json.bot(bot);
        }
        json.warnings(warnings);
        json.print();
    }
}
