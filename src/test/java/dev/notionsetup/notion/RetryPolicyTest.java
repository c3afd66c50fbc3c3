package dev.notionsetup.notion;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryPolicyTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    final RetryPolicy policy = new RetryPolicy(2, CLOCK, () -> 0.0);

    static Attempt.Answered answer(int status, String retryAfter) {
        return new Attempt.Answered(status, "application/json", Attempt.Body.EMPTY, null, retryAfter, null, null);
    }

    @Test
    void backoffDoublesFromOneSecondAndIsCapped() {
        RetryPolicy many = new RetryPolicy(20, CLOCK, () -> 0.0);
        long[] expected = {1, 2, 4, 8, 16, 32, 60, 60};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Duration.ofSeconds(expected[i]), many.backoff(i), "retry " + i);
        }
        assertEquals(Duration.ofSeconds(60), many.backoff(40), "no overflow for large counts");
    }

    @Test
    void jitterStretchesByAtMostAQuarter() {
        assertEquals(Duration.ofMillis(1125), new RetryPolicy(2, CLOCK, () -> 0.5).backoff(0));
        assertEquals(Duration.ofMillis(2500), new RetryPolicy(2, CLOCK, () -> 1.0).backoff(1));
        assertEquals(Duration.ofSeconds(1), new RetryPolicy(2, CLOCK, () -> -3.0).backoff(0), "bad jitter is clamped");
        assertEquals(Duration.ofSeconds(60), new RetryPolicy(9, CLOCK, () -> 0.99).backoff(6), "capped after jitter");
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDate() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), policy.retryAfter("7"));
        assertEquals(Optional.of(Duration.ofSeconds(7)), policy.retryAfter(" 7 "));
        assertEquals(Optional.of(Duration.ofSeconds(90)), policy.retryAfter("Sun, 01 Jun 2025 12:01:30 GMT"));
        assertEquals(Optional.of(Duration.ZERO), policy.retryAfter("Sun, 01 Jun 2025 11:00:00 GMT"), "a past date means now");
        assertEquals(Optional.empty(), policy.retryAfter("soon"));
        assertEquals(Optional.empty(), policy.retryAfter("-5"));
        assertEquals(Optional.empty(), policy.retryAfter(""));
        assertEquals(Optional.empty(), policy.retryAfter(null));
    }

    @Test
    void retryAfterReplacesTheBackoffAndIsTakenAsAsked() {
        assertEquals(new RetryPolicy.Retry(Duration.ofSeconds(3), "Notion asked us to wait", true),
                policy.after(answer(429, "3"), 1, true).orElseThrow());
        // Whether the run has an hour left is the time budget's question, not the policy's (issue 12).
        assertEquals(Duration.ofSeconds(3600), policy.after(answer(429, "3600"), 0, true).orElseThrow().delay());
        assertEquals(Duration.ofSeconds(999_999_999_999L),
                policy.after(answer(429, "9".repeat(40)), 0, true).orElseThrow().delay(), "too many digits is long");
        assertEquals(Duration.ofSeconds(5), policy.after(answer(503, "5"), 0, true).orElseThrow().delay());
    }

    @Test
    void rateLimitAndOverloadAreAlwaysRetried() {
        assertEquals(new RetryPolicy.Retry(Duration.ofSeconds(1), "Notion is rate limiting requests"),
                policy.after(answer(429, null), 0, false).orElseThrow());
        assertEquals(new RetryPolicy.Retry(Duration.ofSeconds(2), "Notion is overloaded (529)"),
                policy.after(answer(529, null), 1, false).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void serverErrorsAreRetriedForReadsOnly(int status) {
        assertEquals(new RetryPolicy.Retry(Duration.ofSeconds(1), "Notion is unavailable (" + status + ")"),
                policy.after(answer(status, null), 0, true).orElseThrow());
        assertEquals(Optional.empty(), policy.after(answer(status, null), 0, false));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 301, 400, 401, 403, 404, 409, 501})
    void otherStatusesAreNeverRetried(int status) {
        assertEquals(Optional.empty(), policy.after(answer(status, "1"), 0, true));
    }

    @ParameterizedTest
    @EnumSource(value = Attempt.Trouble.class, names = {"CONNECT", "DNS", "BROKEN"})
    void connectionFailuresAreRetriedForReads(Attempt.Trouble trouble) {
        Attempt attempt = new Attempt.NoAnswer(trouble, "x");
        assertEquals(new RetryPolicy.Retry(Duration.ofSeconds(1), "could not connect"),
                policy.after(attempt, 0, true).orElseThrow());
        assertEquals(Optional.empty(), policy.after(attempt, 0, false));
    }

    @ParameterizedTest
    @EnumSource(value = Attempt.Trouble.class, names = {"TIMEOUT", "TLS", "PROXY", "INTERRUPTED", "OTHER"})
    void failuresThatDoNotHealAreNotRetried(Attempt.Trouble trouble) {
        assertEquals(Optional.empty(), policy.after(new Attempt.NoAnswer(trouble, "x"), 0, true));
    }

    @Test
    void stopsAfterMaxRetries() {
        assertTrue(policy.after(answer(429, null), 1, true).isPresent());
        assertEquals(Optional.empty(), policy.after(answer(429, null), 2, true));
        assertEquals(Optional.empty(), new RetryPolicy(0, CLOCK, () -> 0.0).after(answer(429, null), 0, true));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(-1, CLOCK, () -> 0.0));
    }
}
