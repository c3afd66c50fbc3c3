package dev.notionsetup.notion;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.notionsetup.json.JsonTree;
import dev.notionsetup.token.Secret;
import dev.notionsetup.token.Secrets;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The only code in the project that speaks HTTP. Every public method returns a value; nothing from OkHttp
 * leaks out, and the token is sent nowhere but the configured base URL.
 *
 * <p>All calls are reads (the search and the query change nothing either), so all get the read-only retry policy:
 * see {@link RetryPolicy}. Every wait is announced through {@link ClientEvents#retrying} before it starts.
 * Server text in results is sanitized ({@link TerminalText}); no result or failure text contains the token
 * ({@link TokenEchoes}, {@link #redacted(ApiFailure, String)}).
 */
public final class NotionClient implements AutoCloseable {
    static final String DEFAULT_USER_AGENT = "notion-setup";
    /** Each search (pages, databases) reads at most this many result pages: a count, not an export. */
    static final int SEARCH_PAGES_PER_KIND = 2;
    /** The shortest part of the token that {@link #redact} recognizes in server text. */
    static final int ECHO_MIN = Secrets.ECHO_MIN;
    /** Where connections (integrations) and their capabilities are managed. */
    static final String CAPABILITIES_PAGE = "https://www.notion.so/profile/integrations";

    private final NotionClientConfig config;
    private final Clock clock;
    private final ClientEvents events;
    private final RetryPolicy retryPolicy;
    private final Failures failures;
    private final TimeBudget budget;
    /** The HTTP client and the retry wait, shared with every view of this client ({@link #reportingTo}). */
    private final Shared shared;

    /** Made by the first request (see {@link #transport()}); null until then. */
    private static final class Shared {
        private final SharedWait wait;
        private Transport transport;

        private Shared(SharedWait wait) {
            this.wait = wait;
        }
    }

    public NotionClient(NotionClientConfig config, Sleeper sleeper, ClientEvents events) {
        this(config, sleeper, events, new LocalClock());
    }

    /** {@code clock} measures the run's time budget and says, in its zone, when to try again. */
    public NotionClient(NotionClientConfig config, Sleeper sleeper, ClientEvents events, Clock clock) {
        this(config, sleeper, events, clock, () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * For tests: {@code clock} reads HTTP-date {@code Retry-After} values and measures the time budget,
     * {@code jitter} returns values in [0, 1) that stretch each backoff by up to 25 %.
     */
    NotionClient(NotionClientConfig config, Sleeper sleeper, ClientEvents events, Clock clock, DoubleSupplier jitter) {
        this.config = normalized(Objects.requireNonNull(config, "config"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = events == null ? ClientEvents.NONE : events;
        this.retryPolicy = new RetryPolicy(this.config.maxRetries(), clock, Objects.requireNonNull(jitter, "jitter"));
        this.failures = new Failures(this.config.baseUrl().host(), this.config.timeout());
        this.budget = new TimeBudget(this.config.totalTimeout(), clock);
        this.shared = new Shared(new SharedWait(Objects.requireNonNull(sleeper, "sleeper")));
    }

    private NotionClient(NotionClient of, ClientEvents events) {
        this.config = of.config;
        this.clock = of.clock;
        this.events = events;
        this.retryPolicy = of.retryPolicy;
        this.failures = of.failures;
        this.budget = of.budget;
        this.shared = of.shared;
    }

    /**
     * This client, telling {@code events} instead: same connections, deadline and retry wait. Calls made
     * together each get their own, so that what they say can be shown in order.
     */
    public NotionClient reportingTo(ClientEvents events) {
        return new NotionClient(this, events);
    }

    /** Whom this client tells about its waits and exchanges. */
    public ClientEvents events() {
        return events;
    }

    /** The failure of a call stopped before it had an answer, because this thread was interrupted. */
    public <T> ApiResult<T> interrupted() {
        Attempt stopped = new Attempt.NoAnswer(Attempt.Trouble.INTERRUPTED, "interrupted");
        return new ApiResult.Failed<>(failures.from(stopped, 0));
    }

    /** Runs {@code call} on the HTTP client's own threads, to overlap it with other calls. */
    public <T> CompletableFuture<T> inBackground(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, transport().executor());
    }

    /**
     * Opens the connection now, in the background, for a caller whose first request is a while off (the
     * wizard, while the user reads and pastes): the check then costs one round trip, not a connect and a TLS
     * handshake first. Plain http is only ever loopback, with nothing to save, and is left alone.
     */
    public void warm() {
        if (config.baseUrl().isPlainHttp()) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                transport().warm();
            } catch (Throwable e) {
                // The check meets the same problem and says it in words; an exception left to this thread
                // would print its stack trace on the wizard's screen.
            }
        }, "notion-setup connect");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Gives what follows the whole --timeout again. The wizard calls it for each check the user asks for
     * ("Try again", another token); an unattended run never does, and keeps one deadline for the run.
     */
    public void startCheck() {
        budget.restart();
    }

    /** GET /v1/users/me: does this token work, and whose is it. */
    public ApiResult<BotIdentity> verify(Secret token) {
        return call(token, List.of("v1", "users", "me"), null, answer -> NotionObjects.botIdentity(answer.json(), answer.requestId())
                .<ApiResult<BotIdentity>>map(ApiResult.Ok::new)
                .orElseGet(() -> new ApiResult.Failed<>(failures.unexpected(answer, "a bot user"))));
    }

    /**
     * POST /v1/search (a few pages at most): what the integration can see. One search for pages and one for
     * databases, each following {@code next_cursor} at most once, so at most four requests; when more
     * remained the summary is marked incomplete.
     */
    public ApiResult<AccessSummary> checkAccess(Secret token) {
        Map<String, SharedItem> seen = new LinkedHashMap<>();
        boolean complete = true;
        int trashed = 0;
        for (SearchQuery first : List.of(SearchQuery.pages(), SearchQuery.databases(config.version()))) {
            SearchQuery query = first;
            for (int page = 1; ; page++) {
                ApiResult<NotionObjects.SearchPage> result = search(token, query);
                if (result instanceof ApiResult.Failed<NotionObjects.SearchPage> failed) {
                    return new ApiResult.Failed<>(failed.failure());
                }
                NotionObjects.SearchPage found = result.orElseThrow();
                // Two data sources of one database are listed under the same database id: count it once.
                found.items().forEach(item -> seen.putIfAbsent(item.kind() + ":" + item.id(), item));
                trashed += found.trashed();
                if (!found.hasMore()) {
                    break;
                }
                if (page == SEARCH_PAGES_PER_KIND || found.nextCursor() == null) {
                    complete = false;
                    break;
                }
                query = query.next(found.nextCursor());
            }
        }
        return new ApiResult.Ok<>(new AccessSummary(new ArrayList<>(seen.values()), complete, trashed));
    }

    /**
     * GET /v1/databases/{id}: confirm a database id, read its title and (from 2025-09-03) its data sources.
     * {@code databaseId} may be anything {@link DatabaseId#parse} accepts, such as a pasted Notion URL.
     *
     * <p>A database with several data sources cannot be read with a version before 2025-09-03 (400, naming
     * the minimum version): it is then asked again with that version, so such a database works whatever
     * --notion-version is. Read with 2025-09-03 or later, a database that lists no data source is a linked
     * database (a view of one not shared with the connection): that is the failure, not a database to query. A 404 may mean the id is a data source's, not a database's: Notion is asked about
     * that id as a data source, and the failure says so when it is one.
     */
    public ApiResult<DatabaseInfo> database(Secret token, String databaseId) {
        return database(token, databaseId, false);
    }

    /**
     * As {@link #database(Secret, String)}; {@code listDataSources} reads it with 2025-09-03 or later whatever
     * the run's version, for when a data source was named (--data-source) and must be found in the list.
     */
    public ApiResult<DatabaseInfo> database(Secret token, String databaseId, boolean listDataSources) {
        Optional<String> parsed = DatabaseId.parse(databaseId);
        if (parsed.isEmpty()) {
            String shown = databaseId == null ? "" : TerminalText.sanitize(databaseId, 80);
            return new ApiResult.Failed<>(redacted(ApiFailure.ours(FailureKind.BAD_REQUEST, "'" + shown
                    + "' is not a Notion database id or database URL (expected 32 hexadecimal characters, or a link"
                    + " such as https://www.notion.so/\u2026/Tasks-<id>?v=\u2026).",
                    "Give the database's link (Share \u2192 Copy link) or its 32-character id."), token));
        }
        String id = parsed.get();
        NotionVersion version = listDataSources ? config.version().atLeast(NotionVersion.DATA_SOURCES)
                : config.version();
        ApiResult<DatabaseInfo> result = retrieveDatabase(token, id, version);
        if (result instanceof ApiResult.Failed<DatabaseInfo> failed && failed.failure().multipleDataSources() != null
                && !version.usesDataSources()) {
            version = failed.failure().multipleDataSources();
            result = retrieveDatabase(token, id, version);
        }
        if (result instanceof ApiResult.Failed<DatabaseInfo> failed
                && Integer.valueOf(404).equals(failed.failure().status())) {
            return new ApiResult.Failed<>(dataSourceInstead(token, id).orElseGet(() -> failed.failure().withDetail(
                    "Database " + id + " was not found: it is not shared with this connection, or it does not exist.",
                    "In Notion, open the database, then \u2022\u2022\u2022 \u2192 Connections \u2192 add your"
                            + " connection (integration); or check the id.")));
        }
        if (result instanceof ApiResult.Ok<DatabaseInfo> ok && ok.value().trashed()) {
            return new ApiResult.Failed<>(ApiFailure.ours(FailureKind.NOT_FOUND, "Database "
                    + ok.value().quotedTitle() + " (" + id + ") is in Notion's trash.",
                    "Restore it from the trash in Notion, or choose another database."));
        }
        if (result instanceof ApiResult.Ok<DatabaseInfo> ok && version.usesDataSources()
                && ok.value().dataSources().isEmpty()) {
            return new ApiResult.Failed<>(Failures.linkedDatabase(ok.value()));
        }
        return result;
    }

    /**
     * The first query of the guide (seed 000, step 4), one row at most: {@code POST /v1/data_sources/{id}/query}
     * when {@code dataSourceId} is given (with 2025-09-03 or later, whatever the run's version), else
     * {@code POST /v1/databases/{id}/query} with the run's version, which must be older than 2025-09-03 (newer
     * versions have no such endpoint; without a data source it is a linked database). A 200 with a results array proves the
     * token and the sharing both work.
     */
    public ApiResult<QueryProof> firstQuery(Secret token, DatabaseInfo database, String dataSourceId) {
        if (dataSourceId == null && config.version().usesDataSources()) {
            // Versions with data sources have no database query: a database without one is a linked view.
            return new ApiResult.Failed<>(Failures.linkedDatabase(database));
        }
        byte[] body = JsonTree.write(JsonNodeFactory.instance.objectNode().put("page_size", 1));
        NotionVersion version = dataSourceId == null ? config.version()
                : config.version().atLeast(NotionVersion.DATA_SOURCES);
        List<String> path = dataSourceId == null ? List.of("v1", "databases", database.id(), "query")
                : List.of("v1", "data_sources", dataSourceId, "query");
        ApiResult<QueryProof> result = call(token, path, body, version, true, answer -> NotionObjects.queryPage(
                answer.json()).<ApiResult<QueryProof>>map(page -> new ApiResult.Ok<>(new QueryProof(database.id(),
                        dataSourceId, page.rows(), page.hasMore(), version)))
                .orElseGet(() -> new ApiResult.Failed<>(failures.unexpected(answer, "a list of rows"))));
        if (result instanceof ApiResult.Failed<QueryProof> failed
                && Integer.valueOf(404).equals(failed.failure().status())) {
            String what = dataSourceId == null ? "Database " + database.id() : "Data source " + dataSourceId;
            return new ApiResult.Failed<>(failed.failure().withDetail(what + " could not be queried: Notion did not"
                    + " find it for this connection (404).", "In Notion, open the database, then \u2022\u2022\u2022"
                    + " \u2192 Connections \u2192 add your connection; or check the id."));
        }
        return result;
    }

    private ApiResult<DatabaseInfo> retrieveDatabase(Secret token, String id, NotionVersion version) {
        return call(token, List.of("v1", "databases", id), null, version, true,
                answer -> NotionObjects.databaseInfo(answer.json())
                        // Our normalized id, the one the user will store, rather than however Notion spells it.
                        .<ApiResult<DatabaseInfo>>map(info -> new ApiResult.Ok<>(new DatabaseInfo(id, info.title(),
                                info.dataSources(), info.trashed())))
                        .orElseGet(() -> new ApiResult.Failed<>(failures.unexpected(answer, "a database"))));
    }

    /** When {@code id} is a data source's (GET /v1/data_sources/{id} answers one), a failure that says so. */
    private Optional<ApiFailure> dataSourceInstead(Secret token, String id) {
        ApiResult<NotionObjects.DataSourceLookup> lookup = call(token, List.of("v1", "data_sources", id), null,
                config.version().atLeast(NotionVersion.DATA_SOURCES), true,
                answer -> NotionObjects.dataSource(answer.json())
                        .<ApiResult<NotionObjects.DataSourceLookup>>map(ApiResult.Ok::new)
                        .orElseGet(() -> new ApiResult.Failed<>(failures.unexpected(answer, "a data source"))));
        if (!(lookup instanceof ApiResult.Ok<NotionObjects.DataSourceLookup> ok)) {
            return Optional.empty();
        }
        DataSourceRef source = ok.value().dataSource();
        String parent = ok.value().databaseId();
        String name = source.name().isBlank() ? "" : " " + TerminalText.quoted(source.name());
        return Optional.of(new ApiFailure(FailureKind.BAD_REQUEST, 404, "object_not_found", null, null,
                id + " is a data source" + name + ", not a database"
                        + (parent == null ? "." : "; it belongs to database " + parent + "."),
                parent == null ? "Give the database's id (its link: Share \u2192 Copy link), and this id as --data-source."
                        : "Give --database " + parent + " --data-source " + id + "."));
    }

    public NotionVersion version() {
        return config.version();
    }

    /** Shuts down OkHttp's dispatcher and evicts pooled connections, so no thread keeps the JVM alive. */
    @Override
    public void close() {
        synchronized (shared) {
            if (shared.transport != null) {
                shared.transport.close();
            }
        }
    }

    /**
     * The HTTP client, made when the first request needs it rather than with this client: the wizard makes
     * its client before the first question, and building OkHttp with a TLS context (reading the trust store)
     * there would delay the first screen for a request that comes minutes later.
     */
    private Transport transport() {
        synchronized (shared) {
            if (shared.transport == null) {
                HttpWarmup.awaitDone(); // before this thread touches OkHttp: see HttpWarmup
                shared.transport = new Transport(config);
            }
            return shared.transport;
        }
    }

    private ApiResult<NotionObjects.SearchPage> search(Secret token, SearchQuery query) {
        return call(token, List.of("v1", "search"), query.toJson(), config.version(), true,
                answer -> NotionObjects.searchPage(answer.json())
                .<ApiResult<NotionObjects.SearchPage>>map(ApiResult.Ok::new)
                .orElseGet(() -> new ApiResult.Failed<>(failures.unexpected(answer, "a list of search results"))));
    }

    /**
     * One logical call: exchanges until an answer is final or the retry policy says stop, announcing and
     * sleeping between tries. {@code jsonBody} null means GET. Every call of this client is read-only.
     */
    private <T> ApiResult<T> call(Secret token, List<String> path, byte[] jsonBody,
                                  Function<Attempt.Answered, ApiResult<T>> onSuccess) {
        return call(token, path, jsonBody, config.version(), false, onSuccess);
    }

    /**
     * {@code readsContent}: a call past /v1/users/me, made once the token is known to work. A 403
     * restricted_resource there is a capability the connection lacks (Read content), not a bad token.
     */
    private <T> ApiResult<T> call(Secret token, List<String> path, byte[] jsonBody, NotionVersion version,
                                  boolean readsContent, Function<Attempt.Answered, ApiResult<T>> onSuccess) {
        ApiResult<T> result = exchangeWithRetries(token, path, jsonBody, version, onSuccess);
        if (readsContent && result instanceof ApiResult.Failed<T> failed && isRestricted(failed.failure())) {
            return new ApiResult.Failed<>(failed.failure().withKind(FailureKind.MISSING_CAPABILITY,
                    "The token works, but Notion will not let it read content (403 restricted_resource): the"
                            + " connection lacks the 'Read content' capability.",
                    "Turn it on: " + CAPABILITIES_PAGE + " \u2192 your connection \u2192 Capabilities \u2192 tick"
                            + " 'Read content' \u2192 Save; then run this again."));
        }
        return result;
    }

    private static boolean isRestricted(ApiFailure failure) {
        return Integer.valueOf(403).equals(failure.status()) && "restricted_resource".equals(failure.code());
    }

    private <T> ApiResult<T> exchangeWithRetries(Secret token, List<String> path, byte[] jsonBody, NotionVersion version,
                                                 Function<Attempt.Answered, ApiResult<T>> onSuccess) {
        Optional<ApiFailure> tokenProblem = tokenProblem(token);
        if (tokenProblem.isPresent()) {
            return new ApiResult.Failed<>(tokenProblem.get());
        }
        int retries = 0;
        while (true) {
            long ticket;
            try {
                ticket = shared.wait.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return interrupted();
            }
            // No request may outlast what is left of the deadline.
            Duration left = budget.remaining();
            if (left.isZero()) {
                return new ApiResult.Failed<>(failures.noTimeLeft(budget.total()));
            }
            Attempt attempt = exchange(token, path, jsonBody, version,
                    left.compareTo(config.timeout()) < 0 ? left : config.timeout());
            if (attempt instanceof Attempt.Answered answer && answer.isSuccess()) {
                try {
                    ApiResult<T> result = onSuccess.apply(answer);
                    // Every value read from an answer, whatever its type, loses any echo of the token here.
                    return result instanceof ApiResult.Failed<T> failed
                            ? new ApiResult.Failed<>(redacted(failed.failure(), token))
                            : new ApiResult.Ok<>(TokenEchoes.removed(result.orElseThrow(), token));
                } catch (NotionObjects.NotAnId e) {
                    return new ApiResult.Failed<>(redacted(failures.notAnId(answer, e.what()), token));
                }
            }
            Optional<RetryPolicy.Retry> retry = retryPolicy.after(attempt, retries, true);
            if (retry.isEmpty()) {
                return new ApiResult.Failed<>(redacted(failures.from(attempt, retries, version), token));
            }
            if (!budget.allows(retry.get().delay())) {
                // A wait past the deadline is not started: stop now and say when trying again makes sense.
                return new ApiResult.Failed<>(redacted(failures.outOfTime(attempt, retries, retry.get(),
                        budget.total(), budget.now().atZone(clock.getZone())), token));
            }
            Duration wait = retry.get().delay();
            int attemptNumber = retries + 1;
            try {
                if (shared.wait.await(wait, ticket, () -> events.retrying(wait, retry.get().reason(), attemptNumber,
                        retryPolicy.maxRetries()))) {
                    budget.spend(wait);
                }
            } catch (InterruptedException e) {
                // Whoever interrupted us wants us to stop: keep the flag for them, and report what we had.
                Thread.currentThread().interrupt();
                ApiFailure last = failures.from(attempt, retries);
                return new ApiResult.Failed<>(redacted(
                        withDetail(last, last.detail() + " Stopped while waiting to retry (interrupted)."), token));
            }
            retries++;
        }
    }

    /** One try. */
    private Attempt exchange(Secret token, List<String> path, byte[] jsonBody, NotionVersion version,
                             Duration limit) {
        budget.begin();
        try {
            return transport().exchange(token, path, jsonBody, version.value(), limit, events);
        } finally {
            budget.end();
        }
    }

    /**
     * A token that cannot go into an HTTP header is refused here, before OkHttp would throw with the header
     * in its message. Cleaning pasted tokens is the token package's job; this is the last line of defence.
     */
    private static Optional<ApiFailure> tokenProblem(Secret token) {
        if (token == null || token.isEmpty()) {
            return Optional.of(ApiFailure.ours(FailureKind.BAD_REQUEST, "No token was given.", null));
        }
        if (!token.fitsHeader()) {
            return Optional.of(ApiFailure.ours(FailureKind.BAD_REQUEST, "The token contains spaces, line"
                    + " breaks or other characters that cannot be sent; copy it again from the integration's"
                    + " page.", null));
        }
        return Optional.empty();
    }

    /** Defence in depth: a server that echoes the token back must not get it printed through us. */
    static ApiFailure redacted(ApiFailure f, Secret token) {
        if (token == null) {
            return f;
        }
        return new ApiFailure(f.kind(), f.status(), redact(f.code(), token), redact(f.message(), token),
                redact(f.requestId(), token), redact(f.detail(), token), redact(f.fix(), token),
                f.multipleDataSources());
    }

    private static ApiFailure withDetail(ApiFailure f, String detail) {
        return f.withDetail(detail, f.fix());
    }

    /** {@code text} with the token, or any part of it of {@value #ECHO_MIN} characters or more, as "[token]". */
    static String redact(String text, Secret token) {
        return token == null ? text : token.redactIn(text, "[token]");
    }

    private static NotionClientConfig normalized(NotionClientConfig c) {
        Objects.requireNonNull(c.baseUrl(), "config.baseUrl");
        Duration timeout = c.timeout() == null ? NotionClientConfig.DEFAULT_TIMEOUT : c.timeout();
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive (OkHttp reads zero as 'no timeout')");
        }
        Duration total = c.totalTimeout() != null ? c.totalTimeout()
                : timeout.compareTo(NotionClientConfig.DEFAULT_TIMEOUT) > 0 ? timeout : NotionClientConfig.DEFAULT_TIMEOUT;
        if (total.isNegative() || total.isZero()) {
            throw new IllegalArgumentException("totalTimeout must be positive");
        }
        String userAgent = c.userAgent() == null || c.userAgent().isBlank()
                ? DEFAULT_USER_AGENT : c.userAgent().strip();
        if (!userAgent.chars().allMatch(ch -> ch >= 0x20 && ch <= 0x7E)) {
            throw new IllegalArgumentException("userAgent must be printable ASCII");
        }
        if (c.maxRetries() < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
        NotionVersion version = c.version() == null ? NotionVersion.DEFAULT : c.version();
        return new NotionClientConfig(c.baseUrl(), version, timeout, userAgent, c.maxRetries(), c.proxy(), total);
    }
}
