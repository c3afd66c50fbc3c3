package dev.notionsetup.onboarding;

import dev.notionsetup.notion.AccessSummary;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.BotIdentity;
import dev.notionsetup.notion.DatabaseInfo;
import dev.notionsetup.notion.QueryProof;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The answers of {@link Onboarding#start}, read in order: the token, what it can see, the database, the
 * first query. Each waits for its own answer only. When the token is refused, the others are dropped
 * unheard: their answers would only repeat the refusal.
 */
public final class Answers {
    private final Pending<BotIdentity> identity;
    private final Pending<AccessSummary> access;
    private final Pending<DatabaseInfo> database;
    private final Pending<QueryProof> query;

    Answers(Pending<BotIdentity> identity, Pending<AccessSummary> access, Pending<DatabaseInfo> database,
            Pending<QueryProof> query) {
        this.identity = identity;
        this.access = access;
        this.database = database;
        this.query = query;
    }

    public ApiResult<BotIdentity> identity() {
        ApiResult<BotIdentity> result = identity.read();
        if (!result.isOk()) {
            discard();
        }
        return result;
    }

    /** Present when the checks asked what the token can see. */
    public ApiResult<AccessSummary> access() {
        return access.read();
    }

    /** The database lookup; only for checks that named a database with a well-formed data source. */
    public ApiResult<DatabaseInfo> database() {
        return database.read();
    }

    /** The first query, when the database was found and no data source choice was left to make. */
    public Optional<ApiResult<QueryProof>> query() {
        return Optional.ofNullable(query.read());
    }

    /** Drops what has not been read: its answers and what it said are never shown. */
    public void discard() {
        Stream.of(access, database, query).filter(p -> p != null).forEach(Pending::discard);
    }
}
