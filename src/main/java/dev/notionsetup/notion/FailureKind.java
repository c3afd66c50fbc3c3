package dev.notionsetup.notion;

import dev.notionsetup.ExitCode;

/** Why a call to Notion did not succeed; the JSON name is part of the --json contract. */
public enum FailureKind {
    /** 401/403: the token is wrong, revoked, or lacks access. */
    REJECTED("rejected", ExitCode.REJECTED),
    /**
     * 403 restricted_resource on a call other than /v1/users/me: the token works (users/me said so) but may
     * not read content, i.e. the connection lacks the "Read content" capability. Not the token's fault, so
     * not exit 1: like "nothing shared", the token cannot see content yet.
     */
    MISSING_CAPABILITY("missing_capability", ExitCode.NOTHING_SHARED),
    /** 400: Notion did not accept the request (e.g. an unknown Notion-Version). */
    BAD_REQUEST("bad_request", ExitCode.USAGE),
    /** 404 on an object lookup: it does not exist or is not shared with the integration. */
    NOT_FOUND("not_found", ExitCode.USAGE),
    /** 429 still returned after the allowed retries. */
    RATE_LIMITED("rate_limited", ExitCode.UNAVAILABLE),
    /** Notion asked us to wait (Retry-After) longer than the run's deadline (--timeout) leaves. */
    ASKED_TO_WAIT("asked_to_wait", ExitCode.UNAVAILABLE),
    /** 5xx (500, 502, 503, 504, 529) still returned after the allowed retries. */
    UNAVAILABLE("unavailable", ExitCode.UNAVAILABLE),
    /** DNS failure, connection refused, TLS failure, timeout, disconnect. */
    UNREACHABLE("unreachable", ExitCode.UNAVAILABLE),
    /** An answer that is not Notion's: HTML from a proxy, not JSON, wrong shape, too large, a redirect. */
    UNEXPECTED_RESPONSE("unexpected_response", ExitCode.UNAVAILABLE);

    private final String jsonName;
    private final int exitCode;

    FailureKind(String jsonName, int exitCode) {
        this.jsonName = jsonName;
        this.exitCode = exitCode;
    }

    public String jsonName() {
        return jsonName;
    }

    public int exitCode() {
        return exitCode;
    }
}
