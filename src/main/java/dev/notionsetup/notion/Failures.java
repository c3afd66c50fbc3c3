package dev.notionsetup.notion;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the last {@link Attempt} of a call into an {@link ApiFailure}: the kind, Notion's own status, code,
 * message and request id where they exist, and our one-line {@code detail}. Kinds that blame the token or the
 * request (rejected, bad request, not found) are only given when the answer is Notion's own error JSON; an
 * HTML 403 from a corporate proxy says nothing about the token and is an unexpected response instead.
 */
final class Failures {
    private final String host;
    private final Duration timeout;

    /** What a linked database is, for every version's way of answering for one. */
    static final String LINKED_DATABASE = "a view of another database, which is not shared with this connection,"
            + " so there is nothing it can read.";
    static final String LINKED_DATABASE_FIX = "Share the original database: open it (the view's title leads to it),"
            + " then \u2022\u2022\u2022 \u2192 Connections \u2192 add your connection; or give the original"
            + " database's link or id.";

    Failures(String host, Duration timeout) {
        this.host = host;
        this.timeout = timeout;
    }

    ApiFailure from(Attempt attempt, int retries) {
        return from(attempt, retries, null);
    }

    /** {@code version} is the Notion-Version the request was sent with (for a 400's advice); may be null. */
    ApiFailure from(Attempt attempt, int retries, NotionVersion version) {
        if (attempt instanceof Attempt.NoAnswer noAnswer) {
            return fromNoAnswer(noAnswer, retries);
        }
        ApiFailure failure = fromAnswer((Attempt.Answered) attempt, retries);
        if (failure.kind() != FailureKind.BAD_REQUEST) {
            return failure;
        }
        Attempt.Answered answer = (Attempt.Answered) attempt;
        return NotionObjects.error(answer.json()).map(e -> badRequest(failure, e, version)).orElse(failure);
    }

    /**
     * A 400's advice follows what Notion said, not just its status: the same status means a wrong path, a
     * page where a database was expected, a malformed id, or a database the version cannot read.
     */
    private ApiFailure badRequest(ApiFailure failure, NotionObjects.NotionError error, NotionVersion version) {
        String status = "(400 " + (error.code() == null ? "" : error.code()) + ")";
        String message = error.message() == null ? "" : error.message();
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (error.isMultipleDataSources()) {
            NotionVersion needed = minimumVersion(error.minimumApiVersion());
            if (version != null && version.atLeast(needed).equals(version)) {
                // Never recommend the version that was just refused.
                needed = new NotionVersion(NotionVersion.KNOWN.get(NotionVersion.KNOWN.size() - 1)).atLeast(version);
            }
            String sentWith = version == null ? "the Notion-Version in use" : "Notion-Version " + version;
            return new ApiFailure(failure.kind(), failure.status(), failure.code(), failure.message(),
                    failure.requestId(), "This database has several data sources, which " + sentWith
                            + " cannot read " + status + ".",
                    "Use --notion-version " + needed + " or later (NOTION_VERSION), which reads data sources.",
                    needed);
        }
        if (lower.contains("does not contain any data sources accessible") || lower.contains("is a linked database")
                || lower.contains("do not support linked databases")) {
            return failure.withKind(FailureKind.NOT_FOUND, "This database is a linked database " + status + ": "
                    + LINKED_DATABASE, LINKED_DATABASE_FIX);
        }
        if (lower.contains("is a page, not a database")) {
            return failure.withDetail("That id is a page, not a database " + status + ".",
                    "Give the database's own link: open the database as a full page, then Share \u2192 Copy link"
                            + " (a database shown inside a page has an id of its own).");
        }
        if (lower.contains("valid uuid") || lower.contains("should be a valid")) {
            return failure.withDetail("Notion says the id is not a valid Notion id " + status + ": " + message,
                    "Give the database's link (Share \u2192 Copy link) or its 32-character id.");
        }
        if ("invalid_request_url".equals(error.code())) {
            return failure.withDetail("Notion does not know the address we called " + status
                            + "; the API base URL looks wrong.",
                    "Check --api-url (NOTION_API_URL, NOTION_API_BASE_URL): it is the API's base,"
                            + " https://api.notion.com, with no /v1 or other path after it.");
        }
        if ("missing_version".equals(error.code()) || lower.contains("notion-version")) {
            return failure.withDetail(failure.detail(), "Check --notion-version / NOTION_VERSION: use a dated version"
                    + " Notion lists, such as " + NotionVersion.DEFAULT + " or " + NotionVersion.DATA_SOURCES + ".");
        }
        return failure.withDetail(failure.detail(), "Notion did not accept the request as sent; its message above"
                + " says why.");
    }

    /**
     * From 2025-09-03 a linked database answers GET /v1/databases/{id} with no data sources: nothing this
     * connection can query (and the database query of older versions does not exist there).
     */
    static ApiFailure linkedDatabase(DatabaseInfo database) {
        return ApiFailure.ours(FailureKind.NOT_FOUND, "Database " + database.quotedTitle()
                + " (" + database.id() + ") is a linked database: " + LINKED_DATABASE, LINKED_DATABASE_FIX);
    }

    /** The version a multi-source error names, or 2025-09-03 when it names none we can read. */
    static NotionVersion minimumVersion(String named) {
        try {
            return named == null ? NotionVersion.DATA_SOURCES
                    : new NotionVersion(named.strip()).atLeast(NotionVersion.DATA_SOURCES);
        } catch (dev.notionsetup.UserError notADate) {
            return NotionVersion.DATA_SOURCES;
        }
    }

    /**
     * The call would be retried, but the wait before the next try would pass the run's deadline
     * ({@code total}, from --timeout). A wait the server asked for becomes "Notion asked to wait N s; try again
     * after HH:MM" ({@link FailureKind#ASKED_TO_WAIT}); our own backoff, the last failure with a word on why
     * there was no further try. {@code now} is in the zone the time of day is given in.
     */
    ApiFailure outOfTime(Attempt attempt, int retries, RetryPolicy.Retry retry, Duration total, ZonedDateTime now) {
        ApiFailure last = from(attempt, retries);
        if (!retry.askedByServer()) {
            return new ApiFailure(last.kind(), last.status(), last.code(), last.message(), last.requestId(),
                    last.detail() + " The next try would pass the " + seconds(total) + " limit (--timeout).");
        }
        Duration wait = retry.delay();
        // HH:MM has no seconds: round up, so that the time given is never a moment too early.
        ZonedDateTime at = now.plus(wait).plusSeconds(59).truncatedTo(ChronoUnit.MINUTES);
        String when = at.toLocalDate().equals(now.toLocalDate())
                ? at.format(DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT))
                : at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
        // No message of Notion's ("Slow down."): --json then carries this line, with the time, as its message.
        return new ApiFailure(FailureKind.ASKED_TO_WAIT, last.status(), last.code(), null, last.requestId(),
                "Notion asked to wait " + wait.toSeconds() + " s; try again after " + when + ".");
    }

    /** Earlier calls of the run used up its deadline: this one is not even sent. */
    ApiFailure noTimeLeft(Duration total) {
        return ApiFailure.ours(FailureKind.UNREACHABLE, "The run's " + seconds(total) + " limit (--timeout) was"
                + " used up waiting for " + host + " before this request; it was not sent.", null);
    }

    /** A 2xx whose body is not what the call returns ({@code expected} names it: "a bot user"). */
    ApiFailure unexpected(Attempt.Answered answer, String expected) {
        String what = switch (answer.body()) {
            case JSON -> "was JSON but not " + expected + describeObject(answer);
            default -> describeBody(answer.body());
        };
        return ApiFailure.notNotions(answer.status(), answer.requestId(),
                "The answer from " + host + " (HTTP " + answer.status() + ") " + what + ".", null);
    }

    /**
     * A 2xx that named an object by something that is not a Notion id ({@code what}: "a data source id that
     * is not a Notion id …"). The value is not shown: it was going to be a path, a command or a line of the
     * env file, and is nothing a person needs to read.
     */
    ApiFailure notAnId(Attempt.Answered answer, String what) {
        return ApiFailure.notNotions(answer.status(), answer.requestId(),
                "The answer from " + host + " (HTTP " + answer.status() + ") gave " + what + "; it was not used.",
                null);
    }

    private ApiFailure fromNoAnswer(Attempt.NoAnswer noAnswer, int retries) {
        String detail = switch (noAnswer.trouble()) {
            case DNS -> "Could not reach " + host + ": the host name could not be resolved (DNS); check the network "
                    + "connection and proxy settings";
            case CONNECT -> "Could not connect to " + host + " (" + noAnswer.description() + ")";
            case TIMEOUT -> "No answer from " + host + " within " + seconds(timeout) + " (timeout)";
            case TLS -> "The secure connection to " + host + " failed (" + noAnswer.description()
                    + "); a proxy that intercepts TLS may be in the way";
            case PROXY -> "The proxy would not connect us to " + host + " (" + noAnswer.description() + ")";
            case BROKEN -> "The connection to " + host + " broke before the answer was complete ("
                    + noAnswer.description() + ")";
            case INTERRUPTED -> "The call to " + host + " was interrupted";
            case OTHER -> "The call to " + host + " failed: " + noAnswer.description();
        };
        return ApiFailure.ours(FailureKind.UNREACHABLE, detail + afterRetries(retries) + ".", null);
    }

    private ApiFailure fromAnswer(Attempt.Answered answer, int retries) {
        int status = answer.status();
        Optional<NotionObjects.NotionError> error = NotionObjects.error(answer.json());
        String code = error.map(NotionObjects.NotionError::code).orElse(null);
        String message = error.map(NotionObjects.NotionError::message).orElse(null);
        String requestId = answer.requestId();
        if (answer.isRedirect()) {
            String target = answer.redirectHost().isEmpty() ? "an unnamed place" : answer.redirectHost();
            return ApiFailure.notNotions(status, requestId, host + " answered with a redirect (HTTP " + status
                    + ") to " + target + "; we did not follow it, so the token was not sent there.", null);
        }
        if (status == 407) {
            // The proxy's own 407 ends at the CONNECT (ProxyBasicAuth); this one came through the tunnel.
            return ApiFailure.notNotions(status, requestId, host + " answered 407 (proxy authentication required)"
                    + " from inside the proxy's tunnel; that is not Notion's API, and the proxy's credentials go to"
                    + " the proxy only.", "Check --api-url; if it is Notion's, a gateway past your proxy answers in"
                    + " Notion's place: ask whoever runs your network.");
        }
        String rayId = error.isEmpty() ? edgeRayId(answer) : null;
        if (rayId != null && status == 403) {
            return ApiFailure.notNotions(status, null, "The network edge in front of " + host + " (Cloudflare)"
                    + " blocked the request before it reached Notion's API (HTTP 403, Ray ID " + rayId + ").",
                    "Give Notion's support (https://www.notion.so/help) that Ray ID; a VPN or a shared IP address"
                            + " with a poor reputation is a common cause, so try without the VPN or from another"
                            + " network.");
        }
        String statusAndCode = "(" + status + (code != null ? " " + code : "") + ")";
        String said = message != null && !message.isEmpty() ? ": " + message : "";
        if (status == 429) {
            return new ApiFailure(FailureKind.RATE_LIMITED, status, code, message, requestId,
                    end("Notion is still rate limiting requests " + statusAndCode + afterRetries(retries) + said)
                            + " Wait a minute and try again.");
        }
        if (status == 409 && error.isPresent()) {
            // A collision between concurrent writes inside Notion: nothing wrong with the token or the request.
            return new ApiFailure(FailureKind.UNAVAILABLE, status, code, message, requestId,
                    end("Notion reported a conflict " + statusAndCode + afterRetries(retries) + said),
                    "Try again in a moment.");
        }
        if (status >= 500) {
            String notJson = error.isEmpty() ? "; the answer " + describeNotNotions(answer, rayId) : "";
            return new ApiFailure(FailureKind.UNAVAILABLE, status, code, message, requestId,
                    end("Notion is unavailable " + statusAndCode + afterRetries(retries) + notJson + said));
        }
        if (error.isEmpty() || status < 400) {
            String what = rayId != null ? describeNotNotions(answer, rayId)
                    : answer.body() == Attempt.Body.JSON ? "was JSON but not Notion's" + describeObject(answer)
                    : describeBody(answer.body());
            return ApiFailure.notNotions(status, requestId,
                    "The answer from " + host + " (HTTP " + status + ") " + what + ".", null);
        }
        if (status == 401 || status == 403) {
            return new ApiFailure(FailureKind.REJECTED, status, code, message, requestId,
                    end("Notion rejected the token " + statusAndCode + said));
        }
        if (status == 404) {
            return new ApiFailure(FailureKind.NOT_FOUND, status, code, message, requestId,
                    end("Notion did not find it " + statusAndCode + said));
        }
        return new ApiFailure(FailureKind.BAD_REQUEST, status, code, message, requestId,
                end("Notion did not accept the request " + statusAndCode + said));
    }

    /**
     * The Ray ID of an answer that Cloudflare, the network edge in front of Notion's API, gave by itself: a
     * cf-ray header but no Notion request id, which every answer of the API carries. Notion's own SDK tells
     * them apart the same way. Null for any other answer.
     */
    private static String edgeRayId(Attempt.Answered answer) {
        boolean edge = answer.rayId() != null && !answer.rayId().isBlank() && answer.requestId() == null;
        return edge ? answer.rayId() : null;
    }

    private static String describeNotNotions(Attempt.Answered answer, String rayId) {
        return rayId == null ? describeBody(answer.body())
                : "came from the network edge in front of it (Cloudflare Ray ID " + rayId + "), not Notion's API";
    }

    private static String describeBody(Attempt.Body body) {
        return switch (body) {
            case HTML -> "was an HTML page, not Notion's JSON (perhaps from a proxy or captive portal)";
            case NOT_JSON -> "was not JSON";
            case EMPTY -> "was empty";
            case TOO_LARGE -> "was larger than " + (Transport.MAX_BODY_BYTES / (1024 * 1024)) + " MiB and was not read";
            case NOT_READ, JSON -> "was not what Notion sends";
        };
    }

    private static String describeObject(Attempt.Answered answer) {
        String object = NotionObjects.text(answer.json(), "object");
        String type = NotionObjects.text(answer.json(), "type");
        if (object == null) {
            return "";
        }
        return " (object \"" + TerminalText.sanitize(object, 40) + "\""
                + (type != null ? ", type \"" + TerminalText.sanitize(type, 40) + "\"" : "") + ")";
    }

    private static String afterRetries(int retries) {
        return retries == 0 ? "" : retries == 1 ? " after 1 retry" : " after " + retries + " retries";
    }

    static String seconds(Duration d) {
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + " ms";
        }
        return d.toSeconds() + " s";
    }

    private static String end(String sentence) {
        return sentence.endsWith(".") || sentence.endsWith("!") || sentence.endsWith("?") ? sentence : sentence + ".";
    }
}
