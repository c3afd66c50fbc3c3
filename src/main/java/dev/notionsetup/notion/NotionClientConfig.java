package dev.notionsetup.notion;

import java.net.ProxySelector;
import java.time.Duration;

/**
 * Everything the client needs to know, resolved from options and environment by the command line.
 * {@code baseUrl} is already checked by {@link ApiBaseUrl#parse}; {@code proxy} may be null (direct).
 * {@code timeout} bounds each request; {@code totalTimeout} bounds everything the client waits for in its
 * life, retries and {@code Retry-After} waits included ({@link TimeBudget}). The command line gives both the
 * value of --timeout: one deadline for the run, or for each check in the wizard
 * ({@link NotionClient#startCheck}).
 */
public record NotionClientConfig(ApiBaseUrl baseUrl, NotionVersion version, Duration timeout, String userAgent,
                                 int maxRetries, ProxySelector proxy, Duration totalTimeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_RETRIES = 2;

    /** A total of {@link #DEFAULT_TIMEOUT}, or {@code timeout} when that is longer. */
    public NotionClientConfig(ApiBaseUrl baseUrl, NotionVersion version, Duration timeout, String userAgent,
                              int maxRetries, ProxySelector proxy) {
        this(baseUrl, version, timeout, userAgent, maxRetries, proxy, null);
    }
}
