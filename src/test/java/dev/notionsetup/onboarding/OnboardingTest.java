package dev.notionsetup.onboarding;

import dev.notionsetup.token.Secret;
import dev.notionsetup.notion.ApiBaseUrl;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.ClientEvents;
import dev.notionsetup.notion.FailureKind;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.notion.NotionClientConfig;
import dev.notionsetup.notion.NotionVersion;
import dev.notionsetup.notion.Sleeper;
import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.Fixtures;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OnboardingTest {
    private static final String TOKEN = Fixtures.TOKEN;
    private static final String DATABASE = "be907abe510e4116a3d17ea71018c06f";
    /** Generous: only a run whose requests go one after another waits this long, and then fails. */
    private static final long HOLD_SECONDS = 30;

    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN).sharePage("Notes").shareDatabase(DATABASE, "Tasks");

    private NotionClient client() {
        return new NotionClient(new NotionClientConfig(ApiBaseUrl.parse(fake.url()), NotionVersion.DEFAULT,
                Duration.ofSeconds(HOLD_SECONDS * 2), "notion-setup-test", 0, null), Sleeper.SYSTEM, ClientEvents.NONE);
    }

    /**
     * users/me is answered only once a search and the database's first query have reached the server: were
     * the requests sent one after another, users/me would wait for requests that are never sent.
     */
    @Test
    void theSearchesTheDatabaseAndItsFirstQueryGoOutWithoutWaitingForUsersMe() {
        CountDownLatch othersArrived = new CountDownLatch(2);
        List<String> heldTooLong = new CopyOnWriteArrayList<>();
        fake.answerWith(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                String path = String.valueOf(request.getPath());
                if (path.equals("/v1/users/me")) {
                    if (!othersArrived.await(HOLD_SECONDS, TimeUnit.SECONDS)) {
                        heldTooLong.add(path);
                    }
                } else if (path.equals("/v1/search") && request.getBody().snapshot().utf8().contains("\"page\"")
                        || path.endsWith("/query")) {
                    othersArrived.countDown();
                }
                return fake.dispatch(request);
            }
        });

        try (NotionClient client = client()) {
            Answers answers = new Onboarding(client).start(Secret.of(TOKEN),
                    new Onboarding.Checks(true, Optional.of(DATABASE), Optional.empty()));

            assertTrue(answers.identity().isOk());
            assertTrue(heldTooLong.isEmpty(), "users/me was answered before the search and the first query arrived:"
                    + " the requests went out one after another");
            assertTrue(answers.access().isOk(), () -> String.valueOf(answers.access()));
            assertTrue(answers.database().isOk());
            assertTrue(answers.query().orElseThrow().isOk());
        }
    }

    @Test
    void aRejectedTokenIsReportedAloneAndTheOtherAnswersAreDropped() {
        try (NotionClient client = client()) {
            Answers answers = new Onboarding(client).start(Secret.of(Fixtures.OTHER_TOKEN),
                    new Onboarding.Checks(true, Optional.of(DATABASE), Optional.empty()));

            ApiResult<?> identity = answers.identity();

            assertEquals(FailureKind.REJECTED, identity.fold(ok -> null, failure -> failure.kind()));
        }
    }

    /**
     * A background call's wait holds every call of the client, so its notice is said when the wait begins: here
     * users/me is answered only after the search has waited and come back, and the notice is already out when
     * the identity is read (it was once held until the search's own answer was read, after the pause).
     */
    @Test
    void aRetryNoticeFromACallRunningBesideOthersIsSaidWhenItsWaitBegins() {
        CountDownLatch searchCameBack = new CountDownLatch(1);
        List<String> said = new CopyOnWriteArrayList<>();
        AtomicBoolean limited = new AtomicBoolean();
        fake.answerWith(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                String path = String.valueOf(request.getPath());
                if (path.equals("/v1/search")) {
                    if (limited.compareAndSet(false, true)) {
                        return new MockResponse().setResponseCode(429).setHeader("Retry-After", "1")
                                .setBody("{\"object\":\"error\",\"status\":429,\"code\":\"rate_limited\","
                                        + "\"message\":\"Slow down.\"}");
                    }
                    searchCameBack.countDown();
                } else if (path.equals("/v1/users/me")) {
                    searchCameBack.await(HOLD_SECONDS, TimeUnit.SECONDS);
                }
                return fake.dispatch(request);
            }
        });
        ClientEvents events = new ClientEvents() {
            @Override
            public void retrying(Duration wait, String reason, int attempt, int maxRetries) {
                said.add("retrying in " + wait.toSeconds() + " s");
            }

            @Override
            public void exchanged(String method, String url, int status, Duration took, String requestId) {
            }
        };
        NotionClientConfig config = new NotionClientConfig(ApiBaseUrl.parse(fake.url()), NotionVersion.DEFAULT,
                Duration.ofSeconds(HOLD_SECONDS * 2), "notion-setup-test", NotionClientConfig.DEFAULT_MAX_RETRIES,
                null);
        try (NotionClient client = new NotionClient(config, wait -> { }, events)) {
            Answers answers = new Onboarding(client).start(Secret.of(TOKEN),
                    new Onboarding.Checks(true, Optional.empty(), Optional.empty()));

            assertTrue(answers.identity().isOk());
            assertEquals(List.of("retrying in 1 s"), said, "the notice is out before the identity is shown");
            assertTrue(answers.access().isOk(), () -> String.valueOf(answers.access()));
            assertEquals(List.of("retrying in 1 s"), said, "and said once");
        }
    }
}
