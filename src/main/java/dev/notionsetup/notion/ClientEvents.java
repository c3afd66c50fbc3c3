package dev.notionsetup.notion;

import java.time.Duration;

/**
 * What the client tells the outside world while it works: waits before retries (always announced to the
 * user) and, for --verbose, one line per HTTP exchange. Nothing here ever carries the token.
 */
public interface ClientEvents {

    /** Called before sleeping {@code wait}; {@code reason} is human text such as "Notion asked us to wait". */
    void retrying(Duration wait, String reason, int attempt, int maxRetries);

    /** One finished exchange: status is -1 when no HTTP answer arrived. */
    void exchanged(String method, String url, int status, Duration took, String requestId);

    ClientEvents NONE = new ClientEvents() {
        @Override
        public void retrying(Duration wait, String reason, int attempt, int maxRetries) {
        }

        @Override
        public void exchanged(String method, String url, int status, Duration took, String requestId) {
        }
    };
}
