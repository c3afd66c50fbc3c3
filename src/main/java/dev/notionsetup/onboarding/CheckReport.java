package dev.notionsetup.onboarding;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.notion.AccessSummary;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.CredentialKind;
import dev.notionsetup.notion.DataSourceChoice;
import dev.notionsetup.notion.DataSourceRef;
import dev.notionsetup.notion.DatabaseId;
import dev.notionsetup.notion.DatabaseInfo;
import dev.notionsetup.notion.NotionVersion;
import dev.notionsetup.notion.QueryProof;
import dev.notionsetup.report.AccessText;
import dev.notionsetup.report.JsonReport;
import dev.notionsetup.report.QueryText;
import dev.notionsetup.term.Output;
import dev.notionsetup.term.Tone;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the runs without a person (setup and validate) report the checks after the token's:
 * --check-access / --require-access (what the integration can see; when access is required, "nothing
 * shared" is exit 4) and --database (the database, its data source from 2025-09-03 on, and the guide's first
 * query, one row at most). A database with several data sources needs --data-source; without it the run stops
 * with the list, since guessing would save the wrong one.
 *
 * @param version the run's Notion-Version, which the data source hint names
 */
public record CheckReport(Output out, JsonReport json, NotionVersion version, Origin origin) {

    /** How the database check ended: confirmed, or stopped with an exit code after saying why. */
    public sealed interface Outcome {
        /** {@code dataSource} is empty when the database was queried directly (before 2025-09-03). */
        record Done(Optional<DataSourceRef> dataSource) implements Outcome {
        }

        record Stopped(int exitCode) implements Outcome {
        }
    }

    /**
     * Where the ids came from, as messages name them: the options, or the lines the wizard saved (validate
     * checks those when no --database is given).
     */
    public record Origin(String database, String dataSource) {
        public static final Origin OPTIONS = new Origin("--database", "--data-source");
    }

    /**
     * The exit code to stop with, or empty to carry on; worded for the kind of credential: a personal token
     * sees what its owner sees, so "nothing visible" is not about sharing.
     */
    public OptionalInt access(ApiResult<AccessSummary> result, boolean required, CredentialKind kind) {
        return result.fold(access -> access(access, required, kind), failure -> {
            String what = "Couldn't check what the token can see: " + failure.detail();
            if (required) {
                return OptionalInt.of(json.stop(out, what, failure));
            }
            out.show(Tone.WARNING, what);
            out.show(Tone.HINT, failure.advice());
            return OptionalInt.empty();
        });
    }

    private OptionalInt access(AccessSummary access, boolean required, CredentialKind kind) {
        json.access(access);
        if (!access.nothingShared()) {
            out.show(Tone.SUCCESS, AccessText.describe(access, kind));
            return OptionalInt.empty();
        }
        out.show(required ? Tone.ERROR : Tone.WARNING, AccessText.describe(access, kind));
        out.show(Tone.HINT, AccessText.whatToDo(kind));
        if (!required) {
            return OptionalInt.empty();
        }
        json.error("nothing_shared", AccessText.describe(access, kind), AccessText.whatToDo(kind)).print();
        return OptionalInt.of(ExitCode.NOTHING_SHARED.code());
    }

    /** The normalized id of --database, or a usage error (exit 2) before anything is sent. */
    public static String databaseIdOf(String urlOrId) {
        return DatabaseId.parse(urlOrId).orElseThrow(() -> new UserError(
                "--database is not a Notion database URL or id.",
                "Give the database's link (Share \u2192 Copy link) or its 32-character id.", ExitCode.USAGE));
    }

    /**
     * Reports the database and first query of {@code answers}, looked up for {@code dataSource};
     * {@code afterFailure} is added to the failure line ("Nothing was written."), may be empty.
     */
    public Outcome database(Answers answers, Optional<String> dataSource, String afterFailure) {
        if (dataSource.isPresent() && DatabaseId.normalize(dataSource.get()).isEmpty()) {
            throw new UserError(origin.dataSource() + " is not a Notion id.",
                    "Give the data source's 32-character id (Notion: the database's \u2022\u2022\u2022 \u2192 Manage"
                            + " data sources \u2192 Copy data source ID).", ExitCode.USAGE);
        }
        return answers.database().fold(database -> query(answers, database, dataSource, afterFailure),
                failure -> new Outcome.Stopped(json.stop(out, origin.database() + ": " + failure.detail()
                        + afterFailure, failure)));
    }

    private Outcome query(Answers answers, DatabaseInfo database, Optional<String> dataSource, String afterFailure) {
        out.show(Tone.SUCCESS, "Found the database " + database.quotedTitle() + ".");
        Optional<DataSourceRef> chosen = choose(database, dataSource);
        if (chosen.isPresent() && !version.usesDataSources()) {
            out.show(Tone.HINT, QueryText.readThroughDataSources(version));
        }
        return answers.query().orElseThrow().fold(proof -> done(database, chosen, proof),
                failure -> new Outcome.Stopped(json.stop(out, "The first query failed: " + failure.detail()
                        + afterFailure, failure)));
    }

    private Outcome done(DatabaseInfo database, Optional<DataSourceRef> chosen, QueryProof proof) {
        out.show(Tone.SUCCESS, QueryText.proof(proof));
        out.show(Tone.HINT, "  " + QueryText.how(proof));
        json.database(database, chosen, proof);
        return new Outcome.Done(chosen);
    }

    private Optional<DataSourceRef> choose(DatabaseInfo database, Optional<String> requested) {
        DataSourceChoice choice = DataSourceChoice.of(database, requested);
        if (choice instanceof DataSourceChoice.Chosen chosen) {
            if (database.dataSources().size() > 1 || requested.isPresent()) {
                out.show(Tone.PLAIN, "Data source: " + QueryText.list(List.of(chosen.dataSource())));
            }
            return Optional.of(chosen.dataSource());
        }
        if (choice instanceof DataSourceChoice.NeedsChoice needs) {
            throw new UserError("The database " + database.quotedTitle() + " has " + needs.options().size()
                    + " data sources: " + QueryText.list(needs.options()) + ".",
                    "Choose one with --data-source ID, e.g. --data-source " + needs.options().get(0).id()
                            + " (in Notion: the database's \u2022\u2022\u2022 \u2192 Manage data sources \u2192 Copy"
                            + " data source ID).",
                    ExitCode.USAGE);
        }
        if (choice instanceof DataSourceChoice.NotInDatabase missing) {
            throw new UserError(origin.dataSource() + " " + DatabaseId.normalize(missing.requested()).orElse("")
                    + " is not a data source of the database " + database.quotedTitle() + ".",
                    missing.options().isEmpty() ? "Leave --data-source out for this database."
                            : "Its data sources are: " + QueryText.list(missing.options()) + ".", ExitCode.USAGE);
        }
        return Optional.empty();
    }
}
