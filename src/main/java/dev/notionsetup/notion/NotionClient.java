package dev.notionsetup.notion;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * The only code in the project that speaks HTTP. Every public method returns a value; nothing from OkHttp
 * leaks out, and the token is sent nowhere but the configured base URL.
 *
 * <p>All three calls are reads (the search changes nothing either), so all get the read-only retry policy:
 * see {@link RetryPolicy}. Every wait is announced through {@link ClientEvents#retrying} before it starts.
 * Server text in results is sanitized ({@link TerminalText}); failure texts never contain the token.
 */
public final class NotionClient implements AutoCloseable {
    static final String DEFAULT_USER_AGENT = "notion-setup";
    /** Each search (pages, databases) reads at most this many result pages: a count, not an export. */
    static final int SEARCH_PAGES_PER_KIND = 2;
    /** The shortest part of the token that {@link #redact} recognizes in server text. */
    static final int ECHO_MIN = 10;

    private final NotionClientConfig config;
    private final Sleeper sleeper;
    private final ClientEvents events;
    private final RetryPolicy retryPolicy;
    private final Transport transport;
    private final Failures failures;

    public NotionClient(NotionClientConfig config, Sleeper sleeper, ClientEvents events) {
        this(config, sleeper, events, Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * For tests: {@code clock} reads HTTP-date {@code Retry-After} values, {@code jitter} returns values in
     * [0, 1) that stretch each backoff by up to 25 %.
     */
    NotionClient(NotionClientConfig config, Sleeper sleeper, ClientEvents events, Clock clock, DoubleSupplier jitter) {
        this.config = normalized(Objects.requireNonNull(config, "config"));
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.events = events == null ? ClientEvents.NONE : events;
        this.retryPolicy = new RetryPolicy(this.config.maxRetries(), Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(jitter, "jitter"));
        HttpWarmup.awaitDone(); // before this thread touches OkHttp: see HttpWarmup
        this.transport = new Transport(this.config, this.events);
        this.failures = new Failures(this.config.baseUrl().host(), this.config.timeout());
    }

    /** GET /v1/users/me: does this token work, and whose is it. */
    public ApiResult<BotIdentity> verify(String token) {
        return call(token, "v1/users/me", null, answer -> NotionObjects.botIdentity(answer.json(), answer.requestId())
                .<ApiResult<BotIdentity>>map(bot -> new ApiResult.Ok<>(redacted(bot, token)))
                .orElseGet(() -> new ApiResult.Failed<>(failures.unexpected(answer, "a bot user"))));
    }

    /**
     * POST /v1/search (a few pages at most): what the integration can see. One search for pages and one for
     * databases, each following {@code next_cursor} at most once, so at most four requests; when more
     * remained the summary is marked incomplete.
     */
    public ApiResult<AccessSummary> checkAccess(String token) {
        Map<String, SharedItem> seen = new LinkedHashMap<>();
        boolean complete = true;
        for (SearchQuery first : List.of(SearchQuery.pages(), SearchQuery.databases(config.version()))) {
            SearchQuery query = first;
            for (int page = 1; ; page++) {
                ApiResult<NotionObjects.SearchPage> result = search(token, query);
                if (result instanceof ApiResult.Failed<NotionObjects.SearchPage> failed) {
                    return new ApiResult.Failed<>(failed.failure());
                }
                NotionObjects.SearchPage found = ((ApiResult.Ok<NotionObjects.SearchPage>) result).value();
                // Two data sources of one database are listed under the same database id: count it once.
                found.items().forEach(item -> seen.putIfAbsent(item.kind() + ":" + item.id(), item));
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
        return new ApiResult.Ok<>(new AccessSummary(new ArrayList<>(seen.values()), complete));
    }

    /**
     * GET /v1/databases/{id}: confirm a database id and read its title (404 means not shared).
     * {@code databaseId} may be anything {@link DatabaseId#parse} accepts, such as a pasted Notion URL.
     */
    public ApiResult<DatabaseInfo> database(String token, String databaseId) {
        Optional<String> parsed = DatabaseId.parse(databaseId);
        if (parsed.isEmpty()) {
            String shown = databaseId == null ? "" : TerminalText.sanitize(databaseId, 80);
            return new ApiResult.Failed<>(redacted(new ApiFailure(FailureKind.BAD_REQUEST, null, null, null, null,
                    "'" + shown + "' is not a Notion database id or database URL (expected 32 hexadecimal "
                            + "characters, or a link such as https://www.notion.so/…/Tasks-<id>?v=…)."), token));
        }
        String id = parsed.get();
        ApiResult<DatabaseInfo> result = call(token, "v1/databases/" + id, null,
                answer -> NotionObjects.databaseInfo(answer.json())
                        // Our normalized id, the one the user will store, rather than however Notion spells it.
                        .<ApiResult<DatabaseInfo>>map(info -> new ApiResult.Ok<>(new DatabaseInfo(id, info.title())))
                        .orElseGet(() -> new ApiResult.Failed<>(failures.unexpected(answer, "a database"))));
        if (result instanceof ApiResult.Failed<DatabaseInfo> failed
                && failed.failure().kind() == FailureKind.NOT_FOUND) {
            return new ApiResult.Failed<>(withDetail(failed.failure(), "Database " + id + " was not found: it is not "
                    + "shared with this integration, or it does not exist. In Notion, open the database, then "
                    + "••• → Connections → add your integration."));
        }
        return result;
    }

    public NotionVersion version() {
        return config.version();
    }

    /** Shuts down OkHttp's dispatcher and evicts pooled connections, so no thread keeps the JVM alive. */
    @Override
    public void close() {
        transport.close();
    }

    private ApiResult<NotionObjects.SearchPage> search(String token, SearchQuery query) {
        return call(token, "v1/search", query.toJson(), answer -> NotionObjects.searchPage(answer.json())
                .<ApiResult<NotionObjects.SearchPage>>map(ApiResult.Ok::new)
                .orElseGet(() -> new ApiResult.Failed<>(failures.unexpected(answer, "a list of search results"))));
    }

    /**
     * One logical call: exchanges until an answer is final or the retry policy says stop, announcing and
     * sleeping between tries. {@code jsonBody} null means GET. Every call of this client is read-only.
     */
    private <T> ApiResult<T> call(String token, String path, byte[] jsonBody,
                                  Function<Attempt.Answered, ApiResult<T>> onSuccess) {
        Optional<ApiFailure> tokenProblem = tokenProblem(token);
        if (tokenProblem.isPresent()) {
            return new ApiResult.Failed<>(tokenProblem.get());
        }
        int retries = 0;
        while (true) {
            Attempt attempt = transport.exchange(token, path, jsonBody);
            if (attempt instanceof Attempt.Answered answer && answer.isSuccess()) {
                ApiResult<T> result = onSuccess.apply(answer);
                return result instanceof ApiResult.Failed<T> failed
                        ? new ApiResult.Failed<>(redacted(failed.failure(), token)) : result;
            }
            Optional<RetryPolicy.Retry> retry = retryPolicy.after(attempt, retries, true);
            if (retry.isEmpty()) {
                return new ApiResult.Failed<>(redacted(failures.from(attempt, retries), token));
            }
            Duration wait = retry.get().delay();
            events.retrying(wait, retry.get().reason(), retries + 1, retryPolicy.maxRetries());
            try {
                sleeper.sleep(wait);
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

    /**
     * A token that cannot go into an HTTP header is refused here, before OkHttp would throw with the header
     * in its message. Cleaning pasted tokens is the token package's job; this is the last line of defence.
     */
    private static Optional<ApiFailure> tokenProblem(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.of(new ApiFailure(FailureKind.BAD_REQUEST, null, null, null, null, "No token was given."));
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return Optional.of(new ApiFailure(FailureKind.BAD_REQUEST, null, null, null, null,
                        "The token contains spaces, line breaks or other characters that cannot be sent; "
                                + "copy it again from the integration's page."));
            }
        }
        return Optional.empty();
    }

    /** Defence in depth: a server that echoes the token back must not get it printed through us. */
    static ApiFailure redacted(ApiFailure f, String token) {
        if (token == null || token.length() < 4) {
            return f;
        }
        return new ApiFailure(f.kind(), f.status(), redact(f.code(), token), redact(f.message(), token),
                redact(f.requestId(), token), redact(f.detail(), token));
    }

    private static ApiFailure withDetail(ApiFailure f, String detail) {
        return new ApiFailure(f.kind(), f.status(), f.code(), f.message(), f.requestId(), detail);
    }

    /** A server's echo of the token in a successful answer is no more fit to print than in an error. */
    private static BotIdentity redacted(BotIdentity bot, String token) {
        return new BotIdentity(redact(bot.id(), token), redact(bot.name(), token), redact(bot.workspaceName(), token),
                redact(bot.workspaceId(), token), redact(bot.ownerType(), token), redact(bot.requestId(), token));
    }

    /**
     * {@code text} with the token, and every run of {@value #ECHO_MIN} or more of its characters, replaced by
     * "[token]". Server text is sanitized and cut to a bounded length before we see it, so an echo can hold
     * only part of the token; an exact match alone would let that part through.
     */
    static String redact(String text, String token) {
        if (text == null || token == null || token.length() < 4) {
            return text;
        }
        if (token.length() < ECHO_MIN) {
            return text.replace(token, "[token]");
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i + ECHO_MIN;
            if (end <= text.length() && token.contains(text.substring(i, end))) {
                while (end < text.length() && token.contains(text.substring(i, end + 1))) {
                    end++;
                }
                out.append("[token]");
                i = end;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static NotionClientConfig normalized(NotionClientConfig c) {
        Objects.requireNonNull(c.baseUrl(), "config.baseUrl");
        Duration timeout = c.timeout() == null ? NotionClientConfig.DEFAULT_TIMEOUT : c.timeout();
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive (OkHttp reads zero as 'no timeout')");
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
        return new NotionClientConfig(c.baseUrl(), version, timeout, userAgent, c.maxRetries(), c.proxy());
    }
}
