package dev.notionsetup.notion;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one HTTP exchange produced, before any interpretation: an answer (status, the few headers we use and
 * the body, already read within its size bound and parsed when it is JSON) or no answer at all. The retry
 * policy and the failure descriptions work from this value only, never from OkHttp objects.
 */
sealed interface Attempt permits Attempt.Answered, Attempt.NoAnswer {

    /** What the body turned out to be; {@code json} is non-null exactly when the shape is JSON. */
    enum Body { JSON, EMPTY, HTML, NOT_JSON, TOO_LARGE, NOT_READ }

    /**
     * @param redirectHost for a 3xx, the host the server wanted us to go to (sanitized; "" when it named none)
     * @param requestId    Notion's request id from the {@code x-notion-request-id} header or the body, sanitized
     * @param rayId        the {@code cf-ray} header of Cloudflare, the network edge in front of Notion's API,
     *                     sanitized; null when there was none
     */
    record Answered(int status, String contentType, Body body, JsonNode json, String retryAfter,
                    String redirectHost, String requestId, String rayId) implements Attempt {

        /** An answer without a cf-ray header. */
        Answered(int status, String contentType, Body body, JsonNode json, String retryAfter, String redirectHost,
                 String requestId) {
            this(status, contentType, body, json, retryAfter, redirectHost, requestId, null);
        }

        boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        boolean isRedirect() {
            return status >= 300 && status < 400;
        }
    }

    /** Why no complete answer arrived. */
    enum Trouble {
        /** The host name did not resolve. */
        DNS,
        /** Connection refused or otherwise not established. */
        CONNECT,
        /** Connect, read or whole-call timeout. */
        TIMEOUT,
        /** TLS handshake or certificate failure. */
        TLS,
        /** The proxy would not open a tunnel (for example 407 after our credentials). */
        PROXY,
        /** The connection broke mid-way: reset, closed early, body shorter than announced. */
        BROKEN,
        /** The calling thread was interrupted. */
        INTERRUPTED,
        /** Anything else the HTTP stack reported. */
        OTHER
    }

    /** {@code description} is a short sanitized phrase such as "connection refused", never containing the token. */
    record NoAnswer(Trouble trouble, String description) implements Attempt {
    }
}
