package dev.notionsetup.notion;

import java.time.Duration;
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

    Failures(String host, Duration timeout) {
        this.host = host;
        this.timeout = timeout;
    }

    ApiFailure from(Attempt attempt, int retries) {
        if (attempt instanceof Attempt.NoAnswer noAnswer) {
            return fromNoAnswer(noAnswer, retries);
        }
        return fromAnswer((Attempt.Answered) attempt, retries);
    }

    /** A 2xx whose body is not what the call returns ({@code expected} names it: "a bot user"). */
    ApiFailure unexpected(Attempt.Answered answer, String expected) {
        String what = switch (answer.body()) {
            case JSON -> "was JSON but not " + expected + describeObject(answer);
            default -> describeBody(answer.body());
        };
        return new ApiFailure(FailureKind.UNEXPECTED_RESPONSE, answer.status(), null, null, answer.requestId(),
                "The answer from " + host + " (HTTP " + answer.status() + ") " + what + ".");
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
        return new ApiFailure(FailureKind.UNREACHABLE, null, null, null, null, detail + afterRetries(retries) + ".");
    }

    private ApiFailure fromAnswer(Attempt.Answered answer, int retries) {
        int status = answer.status();
        Optional<NotionObjects.NotionError> error = NotionObjects.error(answer.json());
        String code = error.map(NotionObjects.NotionError::code).orElse(null);
        String message = error.map(NotionObjects.NotionError::message).orElse(null);
        String requestId = answer.requestId();
        if (answer.isRedirect()) {
            String target = answer.redirectHost().isEmpty() ? "an unnamed place" : answer.redirectHost();
            return new ApiFailure(FailureKind.UNEXPECTED_RESPONSE, status, null, null, requestId,
                    host + " answered with a redirect (HTTP " + status + ") to " + target
                            + "; we did not follow it, so the token was not sent there.");
        }
        String statusAndCode = "(" + status + (code != null ? " " + code : "") + ")";
        String said = message != null && !message.isEmpty() ? ": " + message : "";
        if (status == 429) {
            return new ApiFailure(FailureKind.RATE_LIMITED, status, code, message, requestId,
                    end("Notion is still rate limiting requests " + statusAndCode + afterRetries(retries) + said)
                            + " Wait a minute and try again.");
        }
        if (status >= 500) {
            String notJson = error.isEmpty() ? "; the answer " + describeBody(answer.body()) : "";
            return new ApiFailure(FailureKind.UNAVAILABLE, status, code, message, requestId,
                    end("Notion is unavailable " + statusAndCode + afterRetries(retries) + notJson + said));
        }
        if (error.isEmpty() || status < 400) {
            String what = answer.body() == Attempt.Body.JSON ? "was JSON but not Notion's" + describeObject(answer)
                    : describeBody(answer.body());
            return new ApiFailure(FailureKind.UNEXPECTED_RESPONSE, status, null, null, requestId,
                    "The answer from " + host + " (HTTP " + status + ") " + what + ".");
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
