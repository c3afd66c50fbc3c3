package dev.notionsetup.notion;

import dev.notionsetup.token.Secret;
import dev.notionsetup.testing.FakeClock;
import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.Fixtures;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConcurrentCallsTest {
    /** Generous: only a wrong implementation waits this long. */
    private static final long HOLD_SECONDS = 30;

    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(Fixtures.TOKEN).sharePage("Notes");

    private final FakeClock clock = new FakeClock(Instant.parse("2025-06-01T12:00:00Z"));
    private final CountDownLatch bothRateLimitsRead = new CountDownLatch(2);
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final List<Duration> announced = new CopyOnWriteArrayList<>();

    /** Waits only once both answers asking to wait have been read, so both calls meet the one wait. */
    private final Sleeper sleeper = d -> {
        waits.add(d);
        assertTrue(bothRateLimitsRead.await(HOLD_SECONDS, TimeUnit.SECONDS), "the second call never read its 429");
        clock.advance(d);
    };

    private final ClientEvents events = new ClientEvents() {
        @Override
        public void retrying(Duration wait, String reason, int attempt, int maxRetries) {
            announced.add(wait);
        }

        @Override
        public void exchanged(String method, String url, int status, Duration took, String requestId) {
            if (status == 429) {
                bothRateLimitsRead.countDown();
            }
        }
    };

    @Test
    void twoCallsAskedToWaitTogetherWaitOnceAndEachThenGetsItsAnswer() throws Exception {
        CountDownLatch bothArrived = new CountDownLatch(2);
        Set<String> limited = ConcurrentHashMap.newKeySet();
        fake.answerWith(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                String path = String.valueOf(request.getPath());
                if (limited.add(path)) {
                    // The first users/me and the first search are both answered 429, once both have arrived.
                    bothArrived.countDown();
                    bothArrived.await(HOLD_SECONDS, TimeUnit.SECONDS);
                    return new MockResponse().setResponseCode(429).setHeader("Retry-After", "2")
                            .setHeader("Content-Type", "application/json").setBody("{\"object\":\"error\","
                                    + "\"status\":429,\"code\":\"rate_limited\",\"message\":\"Slow down.\"}");
                }
                return fake.dispatch(request);
            }
        });
        try (NotionClient client = new NotionClient(new NotionClientConfig(ApiBaseUrl.parse(fake.url()),
                NotionVersion.DEFAULT, Duration.ofSeconds(HOLD_SECONDS * 2), "notion-setup-test", 2, null),
                sleeper, events, clock, () -> 0)) {
            CompletableFuture<ApiResult<BotIdentity>> me = client.inBackground(() -> client.verify(Secret.of(Fixtures.TOKEN)));
            CompletableFuture<ApiResult<AccessSummary>> access = client.inBackground(
                    () -> client.checkAccess(Secret.of(Fixtures.TOKEN)));

            assertTrue(me.get(HOLD_SECONDS * 2, TimeUnit.SECONDS).isOk());
            assertTrue(access.get(HOLD_SECONDS * 2, TimeUnit.SECONDS).isOk());
        }
        assertEquals(List.of(Duration.ofSeconds(2)), waits, "one wait for both calls");
        assertEquals(List.of(Duration.ofSeconds(2)), announced, "and announced once");
    }
}
