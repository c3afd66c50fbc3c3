package dev.notionsetup.notion;

import java.net.ProxySelector;
import java.time.Duration;

/**
 * Everything the client needs to know, resolved from options and environment by the command line.
 * {@code baseUrl} is already checked by {@link ApiBaseUrl#parse}; {@code proxy} may be null (direct).
 */
public record NotionClientConfig(ApiBaseUrl baseUrl, NotionVersion version, Duration timeout, String userAgent,
                                 int maxRetries, ProxySelector proxy) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_RETRIES = 2;
}
