package dev.notionsetup.notion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * When to try a call again, and after how long. Mirrors Notion's own SDK: 429 and 529 are always retried
 * (Notion did not act on the request), 500/502/503/504 and connection failures only for read-only calls
 * (all of ours are: verify, the search and the database lookup change nothing). Backoff starts at 1 s and
 * doubles, plus up to 25 % jitter so that several clients do not retry in lockstep, capped at 60 s;
 * {@code Retry-After} (delta seconds or an HTTP date) replaces the backoff when present and is taken as asked,
 * however long (Notion asks for more than 60 s when a workspace-level limit is hit). Whether the run has
 * that much time left is the caller's question: see {@link TimeBudget}.
 *
 * <p>Timeouts, TLS and proxy failures are not retried: a timeout already cost the user the whole --timeout,
 * and the other two do not heal within seconds.
 */
final class RetryPolicy {
    static final Duration INITIAL_WAIT = Duration.ofSeconds(1);
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    private static final double JITTER_SHARE = 0.25;
    /** About 31,700 years: a bound that keeps date arithmetic on a wait safe, however many digits it had. */
    private static final long LONGEST_ASKED = 999_999_999_999L;
    private static final Set<Integer> RETRIED_WHEN_READ_ONLY = Set.of(500, 502, 503, 504);

    /**
     * A wait before the next try; {@code reason} is human text for {@link ClientEvents#retrying};
     * {@code askedByServer} when the wait is the server's own {@code Retry-After}, not our backoff.
     */
    record Retry(Duration delay, String reason, boolean askedByServer) {
        Retry(Duration delay, String reason) {
            this(delay, reason, false);
        }
    }

    private final int maxRetries;
    private final Clock clock;
    private final DoubleSupplier jitter;

    /** {@code jitter} returns values in [0, 1); tests pass a constant. */
    RetryPolicy(int maxRetries, Clock clock, DoubleSupplier jitter) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
        this.maxRetries = maxRetries;
        this.clock = clock;
        this.jitter = jitter;
    }

    int maxRetries() {
        return maxRetries;
    }

    /** The retry to make after {@code attempt}, given {@code retriesSoFar} already made; empty to stop. */
    Optional<Retry> after(Attempt attempt, int retriesSoFar, boolean readOnly) {
        if (retriesSoFar >= maxRetries) {
            return Optional.empty();
        }
        if (attempt instanceof Attempt.NoAnswer noAnswer) {
            return readOnly && isTransient(noAnswer.trouble())
                    ? Optional.of(new Retry(backoff(retriesSoFar), "could not connect"))
                    : Optional.empty();
        }
        Attempt.Answered answer = (Attempt.Answered) attempt;
        int status = answer.status();
        String reason;
        if (status == 429) {
            reason = "Notion is rate limiting requests";
        } else if (status == 529) {
            reason = "Notion is overloaded (529)";
        } else if (readOnly && RETRIED_WHEN_READ_ONLY.contains(status)) {
            reason = "Notion is unavailable (" + status + ")";
        } else {
            return Optional.empty();
        }
        Optional<Duration> asked = retryAfter(answer.retryAfter());
        if (asked.isPresent()) {
            return Optional.of(new Retry(asked.get(), "Notion asked us to wait", true));
        }
        return Optional.of(new Retry(backoff(retriesSoFar), reason));
    }

    /** 1 s, 2 s, 4 s, … for retry 0, 1, 2, …, each stretched by up to 25 % jitter, capped. */
    Duration backoff(int retriesSoFar) {
        long base = INITIAL_WAIT.toMillis() << Math.min(retriesSoFar, 16);
        double j = Math.max(0, Math.min(jitter.getAsDouble(), 1));
        return cap(Duration.ofMillis(Math.round(base * (1 + JITTER_SHARE * j))));
    }

    /** {@code Retry-After} as delta seconds or an HTTP date; a date in the past means "now". */
    Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.matches("\\d+")) {
            // More digits than a long holds is still "a very long time", not an unreadable header.
            return Optional.of(Duration.ofSeconds(value.length() > 12 ? LONGEST_ASKED : Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration until = Duration.between(clock.instant(), at);
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty(); // an unreadable header: fall back to our own backoff
        }
    }

    private static boolean isTransient(Attempt.Trouble trouble) {
        return trouble == Attempt.Trouble.CONNECT || trouble == Attempt.Trouble.DNS
                || trouble == Attempt.Trouble.BROKEN;
    }

    private static Duration cap(Duration d) {
        return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
    }
}
