package dev.notionsetup.onboarding;

import dev.notionsetup.notion.AccessSummary;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.BotIdentity;
import dev.notionsetup.notion.DataSourceChoice;
import dev.notionsetup.notion.DatabaseId;
import dev.notionsetup.notion.DatabaseInfo;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.notion.QueryProof;
import dev.notionsetup.token.Secret;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The checks a token goes through (setup without a person, validate, status): does Notion accept it, what
 * can it see, is the database there and does the first query answer. Every
 * request that does not need another's answer goes out at once; the first query follows as soon as the
 * database's answer names what to query. The answers are read in that order, whatever order they arrive in,
 * so what each mode shows is the same as when they went one after another. The modes differ only in how they
 * ask and how they report; the wizard asks each check when the user reaches its step, on the same client.
 */
public final class Onboarding {

    /**
     * What to check beside the token.
     *
     * @param access     whether to ask what the token can see (the searches)
     * @param databaseId the normalized id of the database to confirm and query once
     * @param dataSource which of its data sources, as given (any id form)
     */
    public record Checks(boolean access, Optional<String> databaseId, Optional<String> dataSource) {
        public static final Checks TOKEN_ONLY = new Checks(false, Optional.empty(), Optional.empty());

        /** A data source id that is no id is a usage error, said in its turn: nothing is asked about it. */
        private boolean looksUpDatabase() {
            return databaseId.isPresent() && dataSource.map(id -> DatabaseId.normalize(id).isPresent()).orElse(true);
        }
    }

    private final NotionClient client;

    public Onboarding(NotionClient client) {
        this.client = client;
    }

    /** Sends every request {@code checks} needs, at once; read the answers from what this returns. */
    public Answers start(Secret token, Checks checks) {
        Pending<BotIdentity> identity = pending(c -> c.verify(token));
        Pending<AccessSummary> access = checks.access() ? pending(c -> c.checkAccess(token)) : null;
        Pending<DatabaseInfo> database = null;
        Pending<QueryProof> query = null;
        if (checks.looksUpDatabase()) {
            database = pending(c -> c.database(token, checks.databaseId().get(), checks.dataSource().isPresent()));
            HeldEvents events = new HeldEvents(client.events());
            NotionClient queries = client.reportingTo(events);
            query = new Pending<>(database.result().thenCompose(found -> queryOf(found, checks.dataSource())
                    .map(db -> queries.inBackground(() -> queries.firstQuery(token, db.database(), db.sourceId())))
                    .orElse(CompletableFuture.completedFuture(null))), events, client);
        }
        return new Answers(identity, access, database, query);
    }

    private record ToQuery(DatabaseInfo database, String sourceId) {
    }

    /** The database and data source to query, when the lookup leaves no choice to make first. */
    private static Optional<ToQuery> queryOf(ApiResult<DatabaseInfo> found, Optional<String> dataSource) {
        if (!(found instanceof ApiResult.Ok<DatabaseInfo> ok)) {
            return Optional.empty();
        }
        DataSourceChoice choice = DataSourceChoice.of(ok.value(), dataSource);
        if (choice instanceof DataSourceChoice.Chosen chosen) {
            return Optional.of(new ToQuery(ok.value(), chosen.dataSource().id()));
        }
        return choice instanceof DataSourceChoice.NoDataSources ? Optional.of(new ToQuery(ok.value(), null))
                : Optional.empty();
    }

    private <T> Pending<T> pending(Function<NotionClient, ApiResult<T>> call) {
        HeldEvents events = new HeldEvents(client.events());
        NotionClient reporting = client.reportingTo(events);
        return new Pending<>(reporting.inBackground(() -> call.apply(reporting)), events, client);
    }
}
