package dev.notionsetup.notion;

import dev.notionsetup.ExitCode;

/**
 * Why a call to Notion did not succeed, with what it means for the run: its name in --json, the exit code
 * it ends an unattended run with, and one line of what to do about it. What happened in the case at hand is
 * {@link ApiFailure#detail}.
 */
public enum FailureKind {
    /** 401/403: the token is wrong, revoked, or lacks access. */
    REJECTED("rejected", ExitCode.REJECTED, "Copy the Internal Integration Secret again from"
            + " https://www.notion.so/profile/integrations/internal (Configuration tab, Show); if the integration"
            + " was deleted, create a new one."),
    /**
     * 403 restricted_resource on a call other than /v1/users/me: the token works (users/me said so) but may
     * not read content, i.e. the connection lacks the "Read content" capability. Not the token's fault, so
     * not exit 1: like "nothing shared", the token cannot see content yet.
     */
    MISSING_CAPABILITY("missing_capability", ExitCode.NOTHING_SHARED, "Turn on the connection's 'Read content'"
            + " capability at https://www.notion.so/profile/integrations/internal (your connection \u2192"
            + " Capabilities), save, and run this again."),
    /** 400: Notion did not accept the request (e.g. an unknown Notion-Version). */
    BAD_REQUEST("bad_request", ExitCode.USAGE, "Check --notion-version / NOTION_VERSION: use a dated version"
            + " Notion lists, such as 2022-06-28."),
    /**
     * 404 on an object lookup: it does not exist or is not shared with the integration; also a linked database,
     * a view of a database that is not shared with it.
     */
    NOT_FOUND("not_found", ExitCode.USAGE, "Open it in Notion, click '...' in the top right, select"
            + " 'Connections', and add your integration."),
    /** 429 still returned after the allowed retries. */
    RATE_LIMITED("rate_limited", ExitCode.UNAVAILABLE, "Wait a minute and try again; other scripts may be using"
            + " the same integration."),
    /** Notion asked us to wait (Retry-After) longer than the run's deadline (--timeout) leaves. */
    ASKED_TO_WAIT("asked_to_wait", ExitCode.UNAVAILABLE, "Run it again after that time; for shorter waits, a"
            + " longer --timeout (up to 600 s) lets notion-setup wait by itself."),
    /** 5xx (500, 502, 503, 504, 529) still returned after the allowed retries. */
    UNAVAILABLE("unavailable", ExitCode.UNAVAILABLE, "Try again in a few minutes; Notion's status page is"
            + " https://www.notion-status.com."),
    /** DNS failure, connection refused, TLS failure, timeout, disconnect. */
    UNREACHABLE("unreachable", ExitCode.UNAVAILABLE, "Check your internet connection, firewall and proxy"
            + " (HTTPS_PROXY), then try again."),
    /** An answer that is not Notion's: HTML from a proxy, not JSON, wrong shape, too large, a redirect. */
    UNEXPECTED_RESPONSE("unexpected_response", ExitCode.UNAVAILABLE, "A proxy, captive portal or wrong --api-url"
            + " may be in the way; check HTTPS_PROXY and --api-url.");

    private final String jsonName;
    private final ExitCode exitCode;
    private final String fix;

    FailureKind(String jsonName, ExitCode exitCode, String fix) {
        this.jsonName = jsonName;
        this.exitCode = exitCode;
        this.fix = fix;
    }

    public String jsonName() {
        return jsonName;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    /** What the user can do about it, as one line. */
    public String fix() {
        return fix;
    }
}
