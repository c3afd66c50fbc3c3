package dev.notionsetup.report;

import dev.notionsetup.notion.ApiFailure;
import dev.notionsetup.notion.FailureKind;

/**
 * The words for a failed call, shared by the wizard's step 10, non-interactive setup and `validate`, so
 * they always agree. {@link #reason} says what happened, {@link #fix} what to do.
 */
public final class FailureText {
    static final String INTEGRATIONS_PAGE = "https://www.notion.so/profile/integrations/internal";

    private FailureText() {
    }

    public static String reason(ApiFailure failure) {
        if (failure.detail() != null && !failure.detail().isBlank()) {
            return failure.detail();
        }
        String status = failure.status() == null ? "" : " (" + failure.status()
                + (failure.code() == null ? "" : " " + failure.code()) + ")";
        String message = failure.message() == null ? "" : ": " + failure.message();
        return switch (failure.kind()) {
            case REJECTED -> "Notion rejected the token" + status + message;
            case MISSING_CAPABILITY -> "The token works, but may not read content" + status + message;
            case BAD_REQUEST -> "Notion did not accept the request" + status + message;
            case NOT_FOUND -> "Notion could not find it" + status + message;
            case RATE_LIMITED -> "Notion is rate limiting requests" + status + ", even after retrying";
            case ASKED_TO_WAIT -> "Notion asked to wait longer than --timeout allows" + status;
            case UNAVAILABLE -> "Notion is unavailable right now" + status + message;
            case UNREACHABLE -> "Cannot reach Notion" + message;
            case UNEXPECTED_RESPONSE -> "The answer did not come from Notion's API" + status + message;
        };
    }

    /** The failure's own advice when the answer said more than its kind (see ApiFailure#fix), else the kind's. */
    public static String fix(ApiFailure failure) {
        return failure.fix() != null && !failure.fix().isBlank() ? failure.fix() : fix(failure.kind());
    }

    public static String fix(FailureKind kind) {
        return switch (kind) {
            case REJECTED -> "Copy the Internal Integration Secret again from " + INTEGRATIONS_PAGE
                    + " (Configuration tab, Show); if the integration was deleted, create a new one.";
            case MISSING_CAPABILITY -> "Turn on the connection's 'Read content' capability at " + INTEGRATIONS_PAGE
                    + " (your connection \u2192 Capabilities), save, and run this again.";
            case BAD_REQUEST -> "Check --notion-version / NOTION_VERSION: use a dated version Notion lists,"
                    + " such as 2022-06-28.";
            case NOT_FOUND -> "Open it in Notion, click '...' in the top right, select 'Connections', and add"
                    + " your integration.";
            case RATE_LIMITED -> "Wait a minute and try again; other scripts may be using the same integration.";
            case ASKED_TO_WAIT -> "Run it again after that time; for shorter waits, a longer --timeout (up to 600 s)"
                    + " lets notion-setup wait by itself.";
            case UNAVAILABLE -> "Try again in a few minutes; Notion's status page is https://www.notion-status.com.";
            case UNREACHABLE -> "Check your internet connection, firewall and proxy (HTTPS_PROXY), then try again.";
            case UNEXPECTED_RESPONSE -> "A proxy, captive portal or wrong --api-url may be in the way; check"
                    + " HTTPS_PROXY and --api-url.";
        };
    }
}
